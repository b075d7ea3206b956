"""The NOC graph's state: one thread per engineer and conversation; turns accumulate.

Typed, and checkpointed as such; a conversation checkpointed before the state was typed holds
plain dicts under the same names and is read through the same models when it goes on.
"""

from __future__ import annotations

import operator
from typing import Annotated, Any, TypedDict

from pydantic import BaseModel


class Turn(BaseModel):
    question: str
    answer: str
    citations: list[str]


class ToolCall(BaseModel):
    """A tool call still to make."""

    tool: str
    args: dict[str, object]


class NocState(BaseModel):
    engineer: str
    roles: list[str] = []  # what the engineer may do (a proposal needs operator or approver)
    question: str
    kind: str = ""  # the router's question kind (offline) or "llm"
    pending: list[ToolCall] = []
    evidence: list[dict[str, Any]] = []  # the tools' evidence records (agents.noc.tools.call)
    rounds: int = 0
    answer: str = ""
    citations: list[str] = []
    history: Annotated[list[Turn], operator.add] = []  # every turn of the conversation, appended


class Update(TypedDict, total=False):
    """What a node changes: the fields it returns replace the state's (``history`` is appended to)."""

    kind: str
    pending: list[ToolCall]
    evidence: list[dict[str, Any]]
    rounds: int
    answer: str
    citations: list[str]
    history: list[Turn]
