"""The subscriber-intent graph's state: typed models, checkpointed as such.

A thread checkpointed before the state was typed holds plain dicts under the same names (and a bare
bool as a confirmation's answer): LangGraph builds ``IntentState`` from a checkpoint's values at
every step, so such a thread is migrated by validation when it resumes; ``from_checkpoint`` refuses
values that no longer fit with a ``StateRefused``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, TypedDict

from pydantic import BaseModel, ValidationError

from agents.intent.decide import Outcome
from agents.intent.models import Intent, IntentReport, StepState
from nerve.contracts import Actor, Lifecycle, OrderState
from nerve.errors import NerveError
from tools.base import Caller


class CallerState(BaseModel):
    """Who asked (or confirmed), as the checkpoint keeps it."""

    kind: Literal["agent", "policy", "person", "system"]
    id: str
    roles: list[str]
    subscriber: str | None

    @classmethod
    def of(cls, caller: Caller) -> CallerState:
        return cls(kind=caller.actor.kind, id=caller.actor.id, roles=sorted(caller.roles), subscriber=caller.subscriber)

    def caller(self) -> Caller:
        return Caller(Actor(kind=self.kind, id=self.id), frozenset(self.roles), self.subscriber)


class Confirmation(BaseModel):
    """The value a confirmation interrupt is resumed with."""

    accept: bool
    by: CallerState | None = None  # None in a thread checkpointed before answers named who gave them
    expired: bool = False  # nobody answered in time (the service's sweep)

    @classmethod
    def of(cls, answer: object) -> Confirmation:
        # A bare bool from a thread checkpointed before answers were typed.
        return cls(accept=answer) if isinstance(answer, bool) else cls.model_validate(answer)


class IntentState(BaseModel):
    intent_id: str
    subscriber: str
    caller: CallerState  # who asked
    confirmed_by: CallerState | None = None  # who confirmed: the order's commands are theirs
    text: str | None = None
    structured: Intent | None = None
    created_at: float = 0.0
    intent: Intent | None = None
    outcome: Outcome | None = None
    plan_before: str = ""  # the plan when the order was confirmed (to undo a plan change)
    steps: list[StepState] = []  # the forward saga
    cursor: int = 0  # index of the step being executed
    undo: list[StepState] = []  # compensations executed, in order
    lifecycle: Lifecycle = "acknowledged"
    order_state: OrderState | None = None
    jeopardy: bool = False
    report: IntentReport | None = None

    @property
    def acting(self) -> CallerState:
        """Whoever confirmed the order (the asker until then): the commands are theirs."""
        return self.confirmed_by or self.caller


class Update(TypedDict, total=False):
    """What a node changes: the fields it returns replace the state's."""

    confirmed_by: CallerState
    intent: Intent
    outcome: Outcome
    plan_before: str
    steps: list[StepState]
    cursor: int
    undo: list[StepState]
    lifecycle: Lifecycle
    order_state: OrderState
    jeopardy: bool
    report: IntentReport


class StateRefused(NerveError):
    """A checkpointed intent whose values no longer fit the state: it is not resumed."""


def from_checkpoint(values: Mapping[str, object]) -> IntentState:
    try:
        return IntentState.model_validate(dict(values))
    except ValidationError as exc:
        raise StateRefused(f"checkpointed intent state does not fit: {exc}") from exc
