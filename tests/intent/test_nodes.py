"""Each node of the intent graph on its own: typed state in, typed update out, no broker.

A node takes its dependencies from the run's ``IntentDeps`` (LangGraph's runtime context): here the
real result watcher and subscriber views, fed by hand instead of from Kafka, an audit trail and an
emitter that keep what they are given. Offers and subscribers come from each operator's estate.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from langchain_core.runnables import RunnableConfig
from langgraph.runtime import Runtime
from langgraph.types import Command as Resume

from agents.intent.decide import Outcome, decide
from agents.intent.graph import (
    IntentDeps,
    after_confirm,
    after_decide,
    after_send,
    after_wait,
    build_graph,
    compensate_node,
    decide_node,
    report_node,
    send_node,
    understand_node,
    wait_node,
)
from agents.intent.models import Intent, StepState
from agents.intent.state import CallerState, IntentState, StateRefused, from_checkpoint
from memory.checkpoint import open_checkpointer
from nerve.bus import Bus
from nerve.contracts import CommandResult, CommandType, now
from nerve.estate import Estate
from nerve.results import ResultWatcher
from nerve.settings import Settings
from tests.support.operators import every_estate
from tests.support.trail import ListTrail
from tools.ops_view import OpsView
from tools.subscriber import SubscriberStateView, merge_state

ESTATES = {name: e for name, e in every_estate().items() if name in ("reference", "lumen", "fjord", "sakura")}


class Emitted(list[IntentState]):
    async def __call__(self, state: IntentState) -> None:
        self.append(state)


def runtime(estate: Estate, tmp_path: Path, trail: ListTrail, emitted: Emitted) -> Runtime[IntentDeps]:
    # Nothing here starts the bus: a node that tried to reach Kafka would fail the test.
    settings = Settings(bootstrap_servers="127.0.0.1:1", home=tmp_path)
    bus = Bus(settings)
    deps = IntentDeps(settings, bus, estate, ResultWatcher(bus), SubscriberStateView(bus), OpsView(bus), emitted, trail)
    return Runtime(context=deps)


def accepted(estate: Estate) -> tuple[str, str]:
    """A subscriber and an add-on the catalog lets them add."""
    for subscriber in estate.subscriber:
        profile = merge_state(estate.subscriber[subscriber], {}, estate.catalog)
        for offer in estate.catalog.offers:
            intent = Intent(action="add_offer", offer=offer.id)
            if offer.kind != "plan" and decide(intent, profile, estate.catalog).decision == "accepted":
                return subscriber, offer.id
    raise AssertionError("no offer any subscriber may add")


def asked(estate: Estate, given: Intent, **update: object) -> IntentState:
    subscriber = accepted(estate)[0]
    caller = CallerState(kind="person", id=subscriber, roles=["subscriber"], subscriber=subscriber)
    state = IntentState(intent_id="int-1", subscriber=subscriber, caller=caller, structured=given, created_at=1.0)
    return state.model_copy(update=update)


def result(command_id: str, status: str, type_: CommandType = "activation.activate") -> CommandResult:
    return CommandResult.model_validate(
        {
            "command_id": command_id,
            "type": type_,
            "status": status,
            "correlation_id": "int-1",
            "target": "s",
            "system": "activation",
            "completed_at": now(),
        }
    )


def step(n: int, type_: CommandType, offer: str, status: str) -> StepState:
    return StepState.model_validate(
        {"step": str(n), "type": type_, "offer": offer, "command_id": f"int-1/{n}", "status": status}
    )


@pytest.mark.parametrize("name", ESTATES)
async def test_understand_takes_a_structured_intent_as_given(name: str, tmp_path: Path) -> None:
    estate = ESTATES[name]
    offer = accepted(estate)[1]
    state = asked(estate, Intent(action="add_offer", offer=offer))
    update = await understand_node(state, runtime(estate, tmp_path, ListTrail(), Emitted()))
    assert update == {"intent": Intent(action="add_offer", offer=offer), "lifecycle": "acknowledged"}


@pytest.mark.parametrize("name", ESTATES)
async def test_decide_rejects_with_its_report_or_waits_for_confirmation(name: str, tmp_path: Path) -> None:
    estate, trail, emitted = ESTATES[name], ListTrail(), Emitted()
    rt = runtime(estate, tmp_path, trail, emitted)
    offer = accepted(estate)[1]
    cheat = Intent(action="add_offer", offer=offer, manipulation=True)
    update = await decide_node(asked(estate, cheat, intent=cheat), rt)
    assert update["lifecycle"] == "rejected" and update["outcome"].reasons == ["not_permitted"]
    assert update["report"].decision == "rejected" and update["report"].compliant
    assert trail.records[-1].action == "intent.decided" and trail.records[-1].outcome == "rejected"
    assert emitted[-1].report == update["report"], "the decision is published with its report"
    fair = Intent(action="add_offer", offer=offer)
    update = await decide_node(asked(estate, fair, intent=fair), rt)
    assert update["lifecycle"] == "awaiting_confirmation" and "report" not in update
    assert update["outcome"].price is not None and after_decide(asked(estate, fair, **update)) == "confirm"
    with pytest.raises(StateRefused):
        await decide_node(asked(estate, fair), rt)


@pytest.mark.parametrize("name", ESTATES)
async def test_a_step_whose_predecessor_did_not_succeed_is_rejected_unsent(name: str, tmp_path: Path) -> None:
    estate, emitted = ESTATES[name], Emitted()
    offer = accepted(estate)[1]
    outcome = Outcome(action="add_offer", offer=offer, decision="accepted", message="")
    steps = [step(1, "compliance.check", offer, "sent"), step(2, "activation.activate", offer, "pending")]
    state = asked(estate, Intent(action="add_offer", offer=offer), outcome=outcome, steps=steps, cursor=1)
    update = await send_node(state, runtime(estate, tmp_path, ListTrail(), emitted))
    assert [s.status for s in update["steps"]] == ["sent", "rejected"]
    assert state.steps[1].status == "pending", "the state read is not changed in place"
    assert after_send(state.model_copy(update=update)) == "compensate" and emitted[-1].order_state == "inProgress"


@pytest.mark.parametrize("name", ESTATES)
async def test_wait_moves_on_when_a_step_succeeds_and_completes_the_order(name: str, tmp_path: Path) -> None:
    estate, emitted = ESTATES[name], Emitted()
    rt = runtime(estate, tmp_path, ListTrail(), emitted)
    offer = accepted(estate)[1]
    steps = [step(1, "compliance.check", offer, "sent"), step(2, "billing.start", offer, "sent")]
    state = asked(estate, Intent(action="add_offer", offer=offer), steps=steps, order_state="inProgress")
    rt.context.watcher._store(result("int-1/1", "succeeded"), False)
    update = await wait_node(state, rt)
    assert update["cursor"] == 1 and update["steps"][0].status == "succeeded" and "order_state" not in update
    rt.context.watcher._store(result("int-1/2", "failed"), False)
    moved = state.model_copy(update=update)
    failed = await wait_node(moved, rt)
    assert failed["steps"][1].status == "failed" and after_wait(moved.model_copy(update=failed)) == "compensate"
    rt.context.watcher._store(result("int-1/2", "succeeded"), False)
    done = await wait_node(moved, rt)
    assert done["order_state"] == "completed" and after_wait(moved.model_copy(update=done)) == "report"


@pytest.mark.parametrize("name", ESTATES)
async def test_compensation_does_not_resend_an_undo_already_answered(name: str, tmp_path: Path) -> None:
    estate = ESTATES[name]
    rt = runtime(estate, tmp_path, ListTrail(), Emitted())
    offer = accepted(estate)[1]
    outcome = Outcome(action="add_offer", offer=offer, decision="accepted", message="")
    steps = [step(1, "activation.activate", offer, "succeeded"), step(2, "billing.start", offer, "failed")]
    state = asked(estate, Intent(action="add_offer", offer=offer), outcome=outcome, steps=steps, cursor=1)
    rt.context.watcher._store(result("int-1/undo-1", "succeeded"), False)  # answered before a restart
    update = await compensate_node(state, rt)
    assert [(u.command_id, u.type, u.status) for u in update["undo"]] == [
        ("int-1/undo-1", "activation.deactivate", "succeeded")
    ]
    assert update["order_state"] == "failed", "every undo succeeded: failed cleanly, not partial"


@pytest.mark.parametrize("name", ESTATES)
async def test_the_report_settles_the_order(name: str, tmp_path: Path) -> None:
    estate, trail, emitted = ESTATES[name], ListTrail(), Emitted()
    offer = accepted(estate)[1]
    outcome = Outcome(action="add_offer", offer=offer, decision="accepted", message="done")
    steps = [step(1, "activation.activate", offer, "succeeded")]
    state = asked(estate, Intent(action="add_offer", offer=offer), outcome=outcome, steps=steps, cursor=1)
    update = await report_node(
        state.model_copy(update={"order_state": "completed", "lifecycle": "inProgress"}),
        runtime(estate, tmp_path, trail, emitted),
    )
    assert update["lifecycle"] == "completed"
    report = update["report"]
    assert (report.lifecycle_status, report.order_state, report.compliant, report.steps) == (
        "completed",
        "completed",
        True,
        steps,
    )
    assert trail.records[-1].action == "intent.reported" and trail.records[-1].detail["order_state"] == "completed"
    assert emitted[-1].lifecycle == "completed" and emitted[-1].report == report


@pytest.mark.parametrize("answer", [{"accept": False}, False, {"accept": False, "expired": True}])
async def test_a_declined_confirmation_ends_in_its_report(answer: object, tmp_path: Path) -> None:
    # A bare bool is how threads checkpointed before answers were typed are resumed.
    estate, trail, emitted = ESTATES["reference"], ListTrail(), Emitted()
    rt = runtime(estate, tmp_path, trail, emitted)
    offer = accepted(estate)[1]
    config: RunnableConfig = {"configurable": {"thread_id": "int-1"}}
    async with open_checkpointer(rt.context.settings) as saver:
        graph = build_graph().compile(checkpointer=saver)
        await graph.ainvoke(asked(estate, Intent(action="add_offer", offer=offer)), config, context=rt.context)
        snapshot = await graph.aget_state(config)
        assert snapshot.next == ("confirm",) and emitted[-1].lifecycle == "awaiting_confirmation"
        await graph.ainvoke(Resume(resume=answer), config, context=rt.context)
        final = from_checkpoint((await graph.aget_state(config)).values)
    expired = isinstance(answer, dict) and answer.get("expired")
    assert final.order_state == final.lifecycle == ("expired" if expired else "cancelled")
    assert final.report is not None and final.report.compliant and after_confirm(final) == "report"
    assert trail.actions() == ["intent.decided", "intent.reported"]


OLD = {
    "intent_id": "int-9",
    "subscriber": "s-1",
    "caller": {"kind": "person", "id": "s-1", "roles": ["subscriber"], "subscriber": "s-1"},
    "text": "add it",
    "structured": None,
    "created_at": 5.0,
    "intent": {"action": "add_offer", "offer": "o-1", "candidates": []},
    "outcome": {"action": "add_offer", "offer": "o-1", "decision": "accepted", "reasons": [], "message": "ok"},
    "plan_before": "p-1",
    "steps": [
        {"step": "compliance", "type": "compliance.check", "offer": "o-1", "command_id": "int-9/c"}
        | {"status": "succeeded", "reason": None}
    ],
    "cursor": 1,
    "undo": [],
    "lifecycle": "inProgress",
    "order_state": "inProgress",
    "jeopardy": False,
}


def test_old_dict_shaped_values_are_read_as_the_typed_state() -> None:
    state = from_checkpoint(OLD)
    assert state.caller.caller().actor.id == "s-1" and state.intent == Intent(action="add_offer", offer="o-1")
    assert state.outcome is not None and state.outcome.decision == "accepted"
    assert state.steps[0].status == "succeeded" and state.acting == state.caller
    with pytest.raises(StateRefused, match="lifecycle"):
        from_checkpoint({**OLD, "lifecycle": "done-ish"})
