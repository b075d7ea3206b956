"""Each node of the NOC graph on its own, and a conversation's turns kept across questions, without a
broker: the real assurance view (empty, never started) behind the engineer's tools, offline."""

from __future__ import annotations

from pathlib import Path

import pytest
from langchain_core.runnables import RunnableConfig
from langgraph.runtime import Runtime

from agents.noc.graph import (
    MAX_ROUNDS,
    NocDeps,
    after_gather,
    after_plan,
    build_graph,
    gather_node,
    plan_node,
)
from agents.noc.state import NocState, ToolCall, Turn
from memory.checkpoint import open_checkpointer
from nerve.bus import Bus
from nerve.contracts import Actor
from nerve.estate import Estate
from nerve.settings import Settings
from tests.support.operators import every_estate
from tools.base import Caller, ToolContext
from tools.ops_view import OpsView

ESTATES = {name: e for name, e in every_estate().items() if name in ("reference", "lumen", "fjord", "sakura")}
WHAT_IS_WRONG = "What is wrong right now?"


def deps(estate: Estate, tmp_path: Path) -> NocDeps:
    # Nothing here starts the bus: a tool that tried to reach Kafka would fail the test.
    settings = Settings(bootstrap_servers="127.0.0.1:1", home=tmp_path)
    bus = Bus(settings)
    view = OpsView(bus)

    def ctx_for(engineer: str, roles: frozenset[str]) -> ToolContext:
        return ToolContext(settings, bus, estate, Caller(Actor(kind="person", id=engineer), roles), ops=view)

    return NocDeps(ctx_for, None)


@pytest.mark.parametrize("name", ESTATES)
async def test_plan_routes_a_question_to_its_tools_offline(name: str, tmp_path: Path) -> None:
    rt = Runtime(context=deps(ESTATES[name], tmp_path))
    update = await plan_node(NocState(engineer="ann", question=WHAT_IS_WRONG), rt)
    assert update["rounds"] == 1 and update["kind"]
    assert [c.tool for c in update["pending"]] == ["list_incidents", "list_anomalies"]
    assert after_plan(NocState(engineer="ann", question="?", pending=update["pending"])) == "gather"
    assert after_plan(NocState(engineer="ann", question="?")) == "answer"


@pytest.mark.parametrize("name", ESTATES)
async def test_gather_appends_every_tools_evidence_a_failing_one_included(name: str, tmp_path: Path) -> None:
    rt = Runtime(context=deps(ESTATES[name], tmp_path))
    earlier = {"tool": "get_topology", "args": {}, "status": "ok", "message": "", "data": None}
    calls = [ToolCall(tool="list_incidents", args={}), ToolCall(tool="get_entity", args={"no_such_field": 1})]
    state = NocState(engineer="ann", question=WHAT_IS_WRONG, pending=calls, evidence=[earlier])
    update = await gather_node(state, rt)
    assert update["pending"] == []
    assert [(e["tool"], e["status"]) for e in update["evidence"]] == [
        ("get_topology", "ok"),
        ("list_incidents", "not_found"),
        ("get_entity", "unavailable"),
    ]
    assert after_gather(state.model_copy(update={"rounds": MAX_ROUNDS})) == "answer"
    assert after_gather(state.model_copy(update={"rounds": 1})) == "plan"


@pytest.mark.parametrize("name", ESTATES)
async def test_a_conversation_keeps_its_turns_even_those_checkpointed_as_dicts(name: str, tmp_path: Path) -> None:
    context = deps(ESTATES[name], tmp_path)
    config: RunnableConfig = {"configurable": {"thread_id": "ann/1"}}
    old_turn = {"question": "earlier?", "answer": "then.", "citations": []}  # before the state was typed
    async with open_checkpointer(Settings(home=tmp_path)) as saver:
        graph = build_graph().compile(checkpointer=saver)
        await graph.aupdate_state(config, {"engineer": "ann", "question": "earlier?", "history": [old_turn]})
        for question in (WHAT_IS_WRONG, "And now?"):
            await graph.ainvoke(NocState(engineer="ann", question=question), config, context=context)
        final = NocState.model_validate((await graph.aget_state(config)).values)
    assert [t.question for t in final.history] == ["earlier?", WHAT_IS_WRONG, "And now?"]
    assert isinstance(final.history[0], Turn) and final.answer == final.history[-1].answer
    assert [e["tool"] for e in final.evidence].count("list_incidents") >= 1
    assert final.question == "And now?" and final.rounds >= 1
