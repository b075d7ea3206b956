"""The NOC agent's model path (a scripted OpenAI-compatible server) and its proposal path."""

from __future__ import annotations

import asyncio

import pytest

from agents.noc.service import Answer, NocService
from agents.remediation.service import ApprovalService
from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import EntityContext, now
from nerve.estate import Estate
from nerve.settings import Settings
from tests.remediation.support import incident, loop, stack
from tests.support.openai_server import FakeOpenAI, Reply


async def test_model_plans_tools_and_its_invented_ids_are_flagged(settings: Settings, bus: Bus, estate: Estate) -> None:
    cell = estate.topology.cells[7].id
    await bus.publish(t.INCIDENTS, incident("inc-9", cell, "cell", "cell_outage"), key="inc-9")
    ctx = EntityContext(entity=cell, kind="cell", ts=now(), kpis={"availability_pct": 0.0}, health="failing")
    await bus.publish(t.CONTEXT, ctx, key=cell)
    async with FakeOpenAI() as server:
        server.enqueue(
            Reply.tool_calls(("get_entity", {"entity": cell})),
            Reply.text("enough evidence"),
            Reply.text(f"{cell} is down (availability_pct 0), incident inc-9; see also cell-z99-q."),
        )
        llm = settings.model_copy(update={"llm_base_url": server.base_url, "llm_max_retries": 0})
        noc = NocService(llm, estate=estate)
        await noc.start()
        try:
            parts = [p async for p in noc.ask("alice", "t1", f"why is {cell} down?")]
        finally:
            await noc.stop()
    answer = parts[-1]
    assert isinstance(answer, Answer)
    assert "".join(p for p in parts if isinstance(p, str)) == answer.text
    assert cell in answer.citations and "inc-9" in answer.citations
    assert "cell-z99-q" not in answer.citations and "Not backed" in answer.text
    plan = next(r for r in server.requests if "tools" in r)  # the plan request offered the read tools
    assert all(region.id in str(plan["messages"]) for region in estate.topology.regions)  # and named the regions


@pytest.mark.slow
async def test_an_engineers_proposal_runs_only_after_approval(settings: Settings, bus: Bus, estate: Estate) -> None:
    cell = estate.topology.cells[10].id
    approvals = ApprovalService(settings)
    await approvals.start()
    noc = NocService(settings, estate=estate, use_provider=False)
    try:
        async with stack(settings, bus, estate) as s, loop(settings, estate):
            await noc.start()
            answer = await noc.answer("alice", "t1", f"please restart {cell}", roles=frozenset({"viewer", "operator"}))
            assert "approval" in answer.text and cell in answer.text
            pending = await approvals.wait_for_pending(20)
            assert pending and pending[0].action == "restart_cell" and pending[0].target == cell
            await asyncio.sleep(1)
            assert await s.commands() == []
            await approvals.approve(pending[0].approval_id, "bob")
            cmds = await s.wait(s.commands)
            assert cmds and cmds[0].target == cell
            assert cmds[0].approval is not None and cmds[0].approval.approved_by.id == "bob"
    finally:
        await noc.stop()
        await approvals.stop()
