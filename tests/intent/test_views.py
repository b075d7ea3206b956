"""One intent, its shapes: the graph's state projects into the view, and the view (with its report)
survives the trip through its Kafka event, so a restarted service rebuilds it whole."""

from __future__ import annotations

import pytest

from agents.intent.decide import Outcome, price_of
from agents.intent.graph import report_of
from agents.intent.models import Intent, IntentView, StepState
from agents.intent.shapes import event_of, report_of_event, view_of, view_of_event
from agents.intent.state import CallerState, IntentState
from nerve.contracts import IntentEvent
from nerve.estate import Estate
from tests.support.operators import every_estate

ESTATES = every_estate()


def ordered(estate: Estate) -> IntentState:
    """An order for the first add-on of the estate's catalog, its first step sent."""
    offer = next(o for o in estate.catalog.offers if o.kind != "plan")
    subscriber = next(iter(estate.subscriber))
    outcome = Outcome(
        action="add_offer", offer=offer.id, decision="accepted", message="ok", price=price_of(estate.catalog, offer.id)
    )
    steps = [
        StepState(step="1", type="compliance.check", offer=offer.id, command_id="int-1/1", status="succeeded"),
        StepState(step="2", type="activation.activate", offer=offer.id, command_id="int-1/2", status="sent"),
        StepState(step="3", type="billing.start", offer=offer.id, command_id="int-1/3", status="pending"),
    ]
    return IntentState(
        intent_id="int-1",
        subscriber=subscriber,
        caller=CallerState(kind="person", id=subscriber, roles=["subscriber"], subscriber=subscriber),
        text=f"add {offer.name}",
        created_at=100.0,
        intent=Intent(action="add_offer", offer=offer.id),
        outcome=outcome,
        steps=steps,
        cursor=1,
        lifecycle="inProgress",
        order_state="inProgress",
        jeopardy=True,
    )


@pytest.mark.parametrize("name", ESTATES)
def test_the_state_projects_into_the_view_and_the_view_round_trips_through_its_event(name: str) -> None:
    state = ordered(ESTATES[name])
    view = view_of(state, None)
    assert (view.intent_id, view.subscriber, view.text) == (state.intent_id, state.subscriber, state.text)
    assert state.outcome is not None
    assert (view.offer, view.price, view.decision) == (state.outcome.offer, state.outcome.price, "accepted")
    assert (view.lifecycle_status, view.order_state, view.jeopardy) == ("inProgress", "inProgress", True)
    assert view.commands == ["int-1/1", "int-1/2"], "the commands sent, not the one still pending"
    assert view.created_at == 100.0 and not view.settled
    report = report_of(state)
    event = IntentEvent.from_bytes(event_of(view, report).to_bytes())
    assert view_of_event(event) == view
    assert report_of_event(event) == report
    assert report.steps == state.steps and report.lifecycle_status == "inProgress" and report.compliant is False


@pytest.mark.parametrize("name", ESTATES)
def test_a_later_view_keeps_when_the_intent_was_made(name: str) -> None:
    state = ordered(ESTATES[name])
    first = view_of(state, None)
    later = view_of(state.model_copy(update={"created_at": 999.0, "lifecycle": "completed"}), first)
    assert later.created_at == 100.0 and later.lifecycle_status == "completed" and later.settled


def test_a_view_before_the_decision_takes_what_was_understood() -> None:
    caller = CallerState(kind="person", id="s", roles=[], subscriber="s")
    state = IntentState(
        intent_id="int-3", subscriber="s", caller=caller, intent=Intent(action="remove_offer", offer="o-1")
    )
    view = view_of(state, None)
    assert (view.action, view.offer, view.decision, view.lifecycle_status) == (
        "remove_offer",
        "o-1",
        None,
        "acknowledged",
    )


def test_an_event_without_detail_still_makes_a_view() -> None:
    event = IntentEvent(intent_id="int-2", subscriber="sub-1002", lifecycle_status="rejected", at=7.0)
    view = view_of_event(event)
    assert (view.created_at, view.updated_at, view.commands, view.price) == (7.0, 7.0, [], None)
    assert report_of_event(event) is None
    assert view == IntentView(
        intent_id="int-2", subscriber="sub-1002", lifecycle_status="rejected", created_at=7.0, updated_at=7.0
    )
