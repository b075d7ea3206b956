"""The NOC graph's state: one thread per engineer and conversation; turns accumulate."""

from __future__ import annotations

import operator
from typing import Annotated, Any, TypedDict


class Turn(TypedDict):
    question: str
    answer: str
    citations: list[str]


class NocState(TypedDict, total=False):
    engineer: str
    roles: list[str]  # what the engineer may do (a proposal needs operator or approver)
    question: str
    kind: str  # the router's question kind (offline) or "llm"
    pending: list[dict[str, Any]]  # tool calls still to make: {"tool", "args"}
    evidence: list[dict[str, Any]]
    rounds: int
    answer: str
    citations: list[str]
    history: Annotated[list[Turn], operator.add]
