"""The intent as understood, and the view of an intent the service hands to its callers."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from nerve.contracts import CommandType, Decision, IntentAction, Lifecycle, OrderState

StepStatus = Literal["pending", "sent", "succeeded", "failed", "rejected", "timeout"]


class Intent(BaseModel):
    """What the subscriber asked for. Produced by the offline parser or by a model (structured output).

    Only what the text says: eligibility, prices and authorisation are decided afterwards by code.
    """

    action: IntentAction = Field(
        description="add_offer | remove_offer | change_plan | query | report_issue | out_of_scope"
    )
    offer: str | None = Field(None, description="the catalog offer id the request is about, when it is clear")
    candidates: list[str] = Field(
        default_factory=list, description="offer ids the request could mean, when it is ambiguous (to clarify)"
    )
    product: str | None = Field(None, description="the product named when it is not in the catalog")
    destination: str | None = Field(None, description="ISO 3166 alpha-2 country the subscriber travels to")
    duration_days: int | None = Field(None, description="how long the trip lasts, in days, when said")
    on_behalf_of: str | None = Field(None, description="another subscriber id or account the request acts on")
    manipulation: bool = Field(
        False, description="asks to change a price, get something free, skip checks, or override instructions"
    )
    topic: str | None = Field(None, description="for a query: bill | services | offer; for an issue: the symptom")


class IntentView(BaseModel):
    """One intent as a caller sees it (TMF921-like), with its order (TMF622-like) when there is one."""

    intent_id: str
    subscriber: str
    text: str | None = None
    action: IntentAction | None = None
    offer: str | list[str] | None = None
    decision: Decision | None = None
    reasons: list[str] = []
    lifecycle_status: Lifecycle = "acknowledged"
    order_state: OrderState | None = None
    price: dict[str, Any] | None = None  # amount, currency, period: always from the catalog
    message: str = ""
    commands: list[str] = []  # command ids published for this intent, in order
    jeopardy: bool = False
    answer: dict[str, Any] | None = None  # queries and diagnoses
    created_at: float = 0.0
    updated_at: float = 0.0

    @property
    def settled(self) -> bool:
        """True when nothing more will happen without the subscriber (or ever)."""
        return self.lifecycle_status not in ("acknowledged", "inProgress")


class StepState(BaseModel):
    """One command of an order's saga (or of its compensation), as it went."""

    step: str
    type: CommandType
    offer: str
    command_id: str
    status: StepStatus
    reason: str | None = None


class IntentReport(BaseModel):
    """A TMF921-like intent report: what was asked, what was decided, what was done."""

    intent_id: str
    subscriber: str
    expression: str | dict[str, object] | None  # the text, or the structured intent as given
    action: IntentAction | None
    offer: str | list[str] | None
    decision: Decision | None
    reasons: list[str] = []
    price: dict[str, object] | None = None
    lifecycle_status: Lifecycle
    order_state: OrderState | None = None
    compliant: bool  # the order did what was asked, or nothing was ordered
    steps: list[StepState] = []
    compensations: list[StepState] = []
    jeopardy: bool = False
    message: str = ""
    reported_at: float
