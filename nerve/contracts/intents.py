"""Intent lifecycle (TMF921-like intents, TMF622-like order states)."""

from __future__ import annotations

from typing import Any, Literal

from nerve.contracts.base import Message

IntentAction = Literal["add_offer", "remove_offer", "change_plan", "query", "report_issue", "out_of_scope"]
Decision = Literal["accepted", "rejected", "clarify", "answered", "diagnosed"]
# TMF921's intent lifecycle, as Nerve uses it.
Lifecycle = Literal[
    "acknowledged",
    "awaiting_confirmation",
    "inProgress",
    "completed",
    "failed",
    "partial",
    "cancelled",
    "expired",  # nobody confirmed it in time (Settings.intent_confirm_within_s)
    "rejected",
    "answered",
]
OrderState = Literal["acknowledged", "inProgress", "completed", "failed", "partial", "cancelled", "expired", "pending"]


class IntentEvent(Message):
    """A change in an intent's life, published on every transition (and compacted by intent id)."""

    intent_id: str
    subscriber: str
    text: str | None = None
    action: IntentAction | None = None
    offer: str | list[str] | None = None
    decision: Decision | None = None
    reasons: list[str] = []
    lifecycle_status: Lifecycle
    order_state: OrderState | None = None
    jeopardy: bool = False
    message: str = ""  # what the subscriber is told
    detail: dict[str, Any] = {}
    at: float
