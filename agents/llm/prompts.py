"""Prompts as versioned files in ``prompts/``: ``load_prompt(name)`` reads ``prompts/<name>.md``.

File format (the first line is the version; sections start with a ``=== system ===`` or
``=== user ===`` line; placeholders are ``{{ name }}``)::

    version: 3
    === system ===
    You parse subscriber requests ... Catalog: {{ catalog }}
    === user ===
    {{ text }}

Rendering replaces every placeholder; a string is inserted as is, anything else (a pydantic
model, a dict, a list) as JSON. A missing variable is a ConfigError (a bug, not model output).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel

from nerve.errors import ConfigError
from nerve.settings import REPO_ROOT

PROMPTS_DIR = REPO_ROOT / "prompts"

_VERSION = re.compile(r"\Aversion:\s*(\d+)\s*\n")
_SECTION = re.compile(r"^=== *(system|user) *===\s*$", re.MULTILINE)
_PLACEHOLDER = re.compile(r"\{\{\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\}\}")


@dataclass(frozen=True)
class Rendered:
    """A prompt with its variables filled in, ready to send."""

    name: str
    version: int
    system: str
    user: str


@dataclass(frozen=True)
class Prompt:
    name: str
    version: int
    system: str
    user_template: str

    @property
    def variables(self) -> set[str]:
        """The placeholders the prompt expects."""
        return set(_PLACEHOLDER.findall(self.system)) | set(_PLACEHOLDER.findall(self.user_template))

    def render(self, **variables: object) -> Rendered:
        """Fill in every placeholder; ConfigError names the missing ones."""
        missing = self.variables - variables.keys()
        if missing:
            raise ConfigError(f"prompt {self.name} v{self.version} needs {', '.join(sorted(missing))}")

        def fill(template: str) -> str:
            return _PLACEHOLDER.sub(lambda m: _as_text(variables[m.group(1)]), template)

        return Rendered(self.name, self.version, fill(self.system).strip(), fill(self.user_template).strip())


def _as_text(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, BaseModel):
        return value.model_dump_json(indent=1)
    return json.dumps(value, indent=1, default=str, ensure_ascii=False)


def parse_prompt(name: str, text: str) -> Prompt:
    version = _VERSION.match(text)
    if not version:
        raise ConfigError(f"prompt {name}: the first line must be 'version: N'")
    parts = _SECTION.split(text[version.end() :])
    # split gives [preamble, "system", text, "user", text]
    sections = dict(zip(parts[1::2], parts[2::2], strict=True))
    if "user" not in sections:
        raise ConfigError(f"prompt {name}: no '=== user ===' section")
    return Prompt(name, int(version.group(1)), sections.get("system", ""), sections["user"])


@lru_cache(maxsize=64)
def load_prompt(name: str, directory: Path = PROMPTS_DIR) -> Prompt:
    """The prompt ``<directory>/<name>.md`` (cached: prompt files do not change while running)."""
    path = directory / f"{name}.md"
    try:
        return parse_prompt(name, path.read_text())
    except FileNotFoundError as exc:
        raise ConfigError(f"no prompt file {path}") from exc
