"""One intent, three shapes: the graph's state, the view callers get, the event on Kafka.

``view_of`` projects the state into the view; ``event_of`` and ``view_of_event`` carry the view (and
its latest report) to the event and back, losing nothing: a restarted service rebuilds its views
from the compacted intent-state topic. The TMF921 public shape is the API's projection of the view.
"""

from __future__ import annotations

from agents.intent.models import IntentReport, IntentView
from agents.intent.state import IntentState
from nerve.contracts import IntentEvent, now

# The view's fields the event carries as its own; the others travel in its ``detail``.
EVENT_FIELDS = set(IntentView.model_fields) & set(IntentEvent.model_fields)
DETAIL_FIELDS = set(IntentView.model_fields) - EVENT_FIELDS - {"updated_at"}


def view_of(state: IntentState, previous: IntentView | None) -> IntentView:
    outcome, intent = state.outcome, state.intent
    sent = [s.command_id for s in [*state.steps, *state.undo] if s.status != "pending"]
    return IntentView(
        intent_id=state.intent_id,
        subscriber=state.subscriber,
        text=state.text,
        action=(outcome.action if outcome else None) or (intent.action if intent else None),
        offer=outcome.offer if outcome else intent.offer if intent else None,
        decision=outcome.decision if outcome else None,
        reasons=outcome.reasons if outcome else [],
        lifecycle_status=state.lifecycle,
        order_state=state.order_state,
        price=outcome.price if outcome else None,
        message=outcome.message if outcome else "",
        commands=sent,
        jeopardy=state.jeopardy,
        answer=outcome.answer if outcome else None,
        created_at=previous.created_at if previous else state.created_at,
        updated_at=now(),
    )


def event_of(view: IntentView, report: IntentReport | None) -> IntentEvent:
    detail = {**view.model_dump(include=DETAIL_FIELDS), "report": report.model_dump(mode="json") if report else None}
    return IntentEvent(**view.model_dump(include=EVENT_FIELDS), detail=detail, at=view.updated_at)


def view_of_event(event: IntentEvent) -> IntentView:
    carried = {k: v for k, v in event.detail.items() if k in DETAIL_FIELDS and v is not None}
    carried.setdefault("created_at", event.at)
    return IntentView(**event.model_dump(include=EVENT_FIELDS), **carried, updated_at=event.at)


def report_of_event(event: IntentEvent) -> IntentReport | None:
    report = event.detail.get("report")
    return IntentReport.model_validate(report) if report else None
