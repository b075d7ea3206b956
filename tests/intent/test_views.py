"""An intent's view survives the trip through its Kafka event: a restarted service rebuilds it whole."""

from __future__ import annotations

from agents.intent.models import IntentView
from agents.intent.service import _event_from_view, _view_from_event
from nerve.contracts import IntentEvent


def test_a_view_round_trips_through_its_event() -> None:
    view = IntentView(
        intent_id="int-1",
        subscriber="sub-1001",
        text="add the music thing",
        action="add_offer",
        offer="ott-tunewave",
        decision="accepted",
        lifecycle_status="inProgress",
        order_state="inProgress",
        price={"amount": 4.99, "currency": "EUR", "period": "month"},
        message="TuneWave for 4.99 EUR a month",
        commands=["int-1/1-compliance.check"],
        jeopardy=True,
        answer={"text": "none"},
        created_at=100.0,
        updated_at=105.0,
    )
    report = {"decision": "accepted"}
    event = IntentEvent.from_bytes(_event_from_view(view, report).to_bytes())
    assert event.detail["report"] == report
    assert _view_from_event(event) == view


def test_an_event_without_detail_still_makes_a_view() -> None:
    event = IntentEvent(intent_id="int-2", subscriber="sub-1002", lifecycle_status="rejected", at=7.0)
    view = _view_from_event(event)
    assert (view.created_at, view.updated_at, view.commands, view.price) == (7.0, 7.0, [], None)
