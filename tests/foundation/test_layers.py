"""Imports only point down the layers, so each layer can be read, tested and changed with only
what is under it in mind (no broker: it reads the source).

    evals/                      may use anything: it measures the whole
    api/                        -> agents/, tools/, memory/, nerve/
    agents/                     -> tools/, memory/, nerve/
    tools/                      -> memory/, nerve/
    memory/                     -> nerve/
    simulators/                 -> legacy/, nerve/ (the twin plays the legacy OSS's engine on its tables)
    streams/, legacy/           -> nerve/
    nerve/                      -> nothing of ours above it

Inside agents/, an agent uses the LLM provider and its own modules, not another agent's.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from nerve.settings import REPO_ROOT

BELOW: dict[str, set[str]] = {
    "nerve": set(),
    "memory": {"nerve"},
    "tools": {"nerve", "memory"},
    "agents": {"nerve", "memory", "tools"},
    "streams": {"nerve"},
    "legacy": {"nerve"},
    "simulators": {"nerve", "legacy"},
    "api": {"nerve", "memory", "tools", "agents", "legacy"},
    "evals": {"nerve", "memory", "tools", "agents", "streams", "simulators", "legacy", "api"},
}

# The `nerve` command mounts every part's sub-commands: the entry point sits above every layer,
# so it alone may import them (and nothing imports it).
ENTRY_POINT = "nerve.cli"

# The fraud responder answers through the remediation loop's approval book and guard policy, by
# design: one policy and one approval trail for every action on the estate.
SHARED_BETWEEN_AGENTS = {
    ("agents.fraud", "agents.remediation.approvals"),
    ("agents.fraud", "agents.remediation.policy"),
}


def modules() -> Iterator[tuple[str, Path]]:
    for layer in BELOW:
        for path in sorted((REPO_ROOT / layer).rglob("*.py")):
            parts = path.relative_to(REPO_ROOT).with_suffix("").parts
            yield ".".join(parts[:-1] if parts[-1] == "__init__" else parts), path


def imports(path: Path) -> Iterator[tuple[int, str]]:
    """Every module of ours this file imports, at the top or inside a function."""
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        for name in names:
            if name.split(".")[0] in BELOW:
                yield node.lineno, name


def agent_of(module: str) -> str | None:
    parts = module.split(".")
    return ".".join(parts[:2]) if parts[0] == "agents" and len(parts) > 2 else None


def wrong_imports(files: Iterable[tuple[str, Path]]) -> list[str]:
    wrong = []
    for module, path in files:
        layer = module.split(".")[0]
        for line, name in imports(path):
            target = name.split(".")[0]
            where = f"{module} (line {line}) imports {name}"
            if name == ENTRY_POINT or name.startswith(ENTRY_POINT + "."):
                wrong.append(f"{where}: nothing imports the entry point")
            elif module == ENTRY_POINT or target == layer:
                agent, other = agent_of(module), agent_of(name)
                sideways = agent and other and other not in {agent, "agents.llm"}
                if sideways and not any(agent == a and name.startswith(s) for a, s in SHARED_BETWEEN_AGENTS):
                    wrong.append(f"{where}: one agent does not use another's modules")
            elif target not in BELOW[layer]:
                wrong.append(f"{where}: {layer}/ may import only {sorted(BELOW[layer]) or 'itself'}")
    return wrong


def test_imports_only_point_down() -> None:
    assert wrong_imports(modules()) == []


@pytest.mark.parametrize(
    ("module", "source", "complaint"),
    [
        ("nerve.stack", "from api.credentials import Credentials", "nerve/ may import only itself"),
        ("tools.catalog", "import agents.intent.lexicon", "tools/ may import only ['memory', 'nerve']"),
        ("streams.bench", "from simulators.network.generate import scale_estate", "streams/ may import only"),
        ("agents.noc.service", "from agents.remediation.loop import RemediationLoop", "another's modules"),
        ("api.backends", "from nerve.cli import app", "nothing imports the entry point"),
    ],
)
def test_a_wrong_import_is_named(tmp_path: Path, module: str, source: str, complaint: str) -> None:
    """The check itself can fail: each kind of wrong import is reported, once."""
    path = tmp_path / "probe.py"
    path.write_text(f"def later() -> None:\n    {source}\n")
    found = wrong_imports([(module, path)])
    assert len(found) == 1 and complaint in found[0], found
