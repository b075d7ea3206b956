"""Runbooks: markdown files in ``memory/runbooks/``, one per fault kind and one per action (and one
per fraud kind, written from the operator's fraud.yaml: ``memory/fraud_runbooks.py``).

Each file starts with a YAML front matter block between ``---`` lines::

    id: fault-cell_outage          # fault-<kind> or action-<action>
    kind: fault                    # fault | action
    fault: cell_outage             # (fault runbooks) the fault kind of estate/faults.yaml
    action: restart_cell           # (action runbooks) the action of estate/faults.yaml
    target: cell
    title: ...
    actions: [restart_cell]        # (fault runbooks) the fixing actions, in order of preference
    fallback: escalate             # (fault runbooks) what to do when none applies or works
    fixes: [cell_outage]           # (action runbooks) the faults this action ends
    risk: medium                   # the risk class of the (first) action
    verify_within_s: 30            # how long to wait for recovery before the next step
    phrases: [...]                 # plain words people use for it (each embedded for retrieval)

followed by sections ``## Symptoms`` (or ``## When to use``), ``## Checks``, ``## Actions`` (or
``## Procedure``), ``## Risks`` and ``## Verify recovery``.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from nerve.errors import EstateError
from nerve.estate import load_yaml

RUNBOOKS_DIR = Path(__file__).resolve().parent / "runbooks"

_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n(.*)\Z", re.DOTALL)
_SECTION = re.compile(r"^## +(.+?)\s*$", re.MULTILINE)


class Runbook(BaseModel):
    """One runbook: its front matter as fields, its markdown body, and where it came from."""

    model_config = ConfigDict(frozen=True)

    id: str
    kind: Literal["fault", "action", "fraud"]
    title: str
    target: str
    risk: Literal["low", "medium", "high"]
    verify_within_s: float
    fault: str | None = None
    action: str | None = None
    fraud: str | None = None  # (fraud runbooks) the fraud kind of fraud.yaml
    actions: list[str] = []
    fallback: str | None = None
    fixes: list[str] = []
    phrases: list[str] = []
    body: str
    path: str
    digest: str

    @property
    def subject(self) -> str:
        """The fault kind, action or fraud kind this runbook is about."""
        return {"fault": self.fault, "action": self.action, "fraud": self.fraud}[self.kind] or ""

    def section(self, name: str) -> str:
        """The text of one ``## name`` section (case-insensitive), or "" if there is none."""
        parts = _SECTION.split(self.body)
        # split gives [preamble, title1, text1, title2, text2, ...]
        for title, text in zip(parts[1::2], parts[2::2], strict=True):
            if title.strip().lower() == name.lower():
                return text.strip()
        return ""

    @property
    def symptoms(self) -> str:
        """What the fault looks like (fault runbooks) or when to use the action (action runbooks)."""
        return self.section("Symptoms") or self.section("When to use")

    def search_texts(self) -> list[str]:
        """The texts embedded for retrieval: its subject's name, the title with what the runbook is
        for, then each phrase.

        Not the whole body: checks and risks mention other faults (to tell them apart), and
        embedding them would pull every runbook towards every query. The phrases catch plain
        questions ("the site lost power") that the KPI-laden symptoms are far from.
        """
        # An action runbook's "When to use" describes faults; embedded, it would outrank the fault's
        # own runbook (the entry point, which names the action) for a description of the fault.
        purpose = f"{self.title}\n{self.symptoms}" if self.kind != "action" else self.title
        return [self.subject.replace("_", " "), purpose, *self.phrases]


def parse_runbook(path: Path) -> Runbook:
    """Read one runbook file; EstateError naming the file if it is malformed."""
    text = path.read_text()
    match = _FRONT_MATTER.match(text)
    if not match:
        raise EstateError(path.name, "", "a runbook starts with a --- front matter block")
    try:
        meta = load_yaml(match.group(1))
        return Runbook(
            **meta,
            body=match.group(2),
            path=str(path),
            digest=hashlib.sha256(text.encode()).hexdigest()[:16],
        )
    except (yaml.YAMLError, TypeError, ValidationError) as exc:
        raise EstateError(path.name, "front matter", str(exc)) from exc


def load_runbooks(directory: Path = RUNBOOKS_DIR) -> list[Runbook]:
    """Every runbook of a folder, sorted by id."""
    runbooks = [parse_runbook(p) for p in sorted(directory.glob("*.md"))]
    ids = [r.id for r in runbooks]
    if len(set(ids)) != len(ids):
        raise EstateError(directory.name, "", "two runbooks share an id")
    return runbooks
