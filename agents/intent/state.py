"""The subscriber-intent graph's state: plain JSON values, so every checkpoint is portable."""

from __future__ import annotations

from typing import Any, TypedDict


class CallerState(TypedDict):
    kind: str
    id: str
    roles: list[str]
    subscriber: str | None


class StepState(TypedDict):
    step: str
    type: str
    offer: str
    command_id: str
    status: str  # pending | sent | succeeded | failed | rejected | timeout
    reason: str | None


class IntentState(TypedDict, total=False):
    intent_id: str
    subscriber: str
    caller: CallerState  # who asked
    confirmed_by: CallerState  # who confirmed: the order's commands are theirs
    text: str | None
    structured: dict[str, Any] | None
    created_at: float
    intent: dict[str, Any]  # Intent, dumped
    outcome: dict[str, Any]  # decide.Outcome, dumped
    plan_before: str  # the plan when the order was confirmed (to undo a plan change)
    steps: list[StepState]  # the forward saga
    cursor: int  # index of the step being executed
    undo: list[StepState]  # compensations executed, in order
    lifecycle: str
    order_state: str | None
    jeopardy: bool
    report: dict[str, Any]
