"""Issue 13's case on the whole stack: an approved restart of a healthy UPF.

A stream worker process, the twin, the remediation loop and the approvals service on the real
broker. An engineer proposes ``restart_nf`` on a UPF that has nothing wrong with it; the approval
shows what the restart will disturb and that the target is healthy, and refuses to be granted
without a reason. Once approved, the region's sessions drop for as long as the estate says: that is
one incident naming the action, nothing else is done, and the audit says honestly what happened.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest

from agents.remediation.service import ApprovalService
from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import Actor, AuditRecord, Command, Incident
from nerve.effects import ACTION_EFFECT, duration_s
from nerve.errors import ReasonRequired
from nerve.estate import Estate
from nerve.settings import Settings
from simulators.twin import Twin
from streams.worker import prepare_topics
from tests.remediation.support import loop
from tests.streams.harness import WorkerProcess
from tests.support.operators import operator_param
from tools.base import Caller, ToolContext
from tools.ops_view import OpsView
from tools.remediation import RemediationRequest, propose_remediation

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("folder", [operator_param("reference"), operator_param("lumen"), operator_param("fjord")])
async def test_an_approved_restart_of_a_healthy_upf_is_one_incident_and_no_follow_on(
    settings: Settings, folder: Path
) -> None:
    settings = settings.model_copy(update={"estate_dir": folder})
    estate = Estate.load(folder)
    topo = estate.topology
    upf = topo.upf_of_region(topo.regions[-1].id)
    await prepare_topics(settings)
    worker = WorkerProcess(settings).start()
    twin = Twin(settings, estate, seed=7, rate_hz=1.0)
    running = asyncio.create_task(twin.run())
    bus = Bus(settings)
    await bus.start()
    view = OpsView(bus)
    approvals = ApprovalService(settings, estate)
    try:
        await view.start()
        await approvals.start()
        await twin.ready.wait()
        every = len(topo.reporting_entities())
        assert await view.wait_for(lambda: len(view.entities()) == every, 60), "every entity reports"
        assert await view.wait_for(lambda: (c := view.entity(upf)) is not None and c.health == "ok", 30)
        async with loop(settings, estate):
            engineer = Caller(Actor(kind="person", id="eve"), frozenset({"operator"}))
            proposed = await propose_remediation(
                ToolContext(settings, bus, estate, engineer), RemediationRequest(action="restart_nf", target=upf)
            )
            assert proposed.data is not None
            (pending,) = await approvals.wait_for_pending(30)
            assert (pending.action, pending.target) == ("restart_nf", upf)
            assert pending.blast_radius is not None and pending.target_health is not None
            assert set(pending.blast_radius.entities) == set(topo.affected_by(upf))
            assert pending.blast_radius.duration_s == duration_s(estate, "restart_nf")
            assert pending.target_health.healthy, pending.target_health
            with pytest.raises(ReasonRequired):
                await approvals.approve(pending.approval_id, "alice")
            await approvals.approve(pending.approval_id, "alice", "failover drill agreed with the core team")

            def closed_incident() -> Incident | None:
                return next((i for i in view.incidents() if i.caused_by is not None and i.state == "closed"), None)

            incident: Incident | None = await view.wait_for(closed_incident, 60)
            assert incident is not None, [(i.root_cause, i.probable_cause, i.state) for i in view.incidents()]
            assert incident.caused_by is not None and incident.caused_by.action == "restart_nf"
            assert (incident.root_cause, incident.probable_cause) == (upf, ACTION_EFFECT)
            assert "by itself" in incident.summary

            async def outcomes() -> dict[str, AuditRecord] | None:
                closed = {a.correlation_id or "": a for a in await _audit(bus, "remediation.closed")}
                return closed if len(closed) >= 2 else None

            closed = await _wait(outcomes, 40)
            assert closed is not None, "the proposal's thread and the incident's both closed"
            assert closed[incident.incident_id].outcome == "expected_effect"
            assert "cleared by itself" in closed[incident.incident_id].reason
            (proposal,) = [a for key, a in closed.items() if key != incident.incident_id]
            assert proposal.outcome == "expected_effect", proposal.reason
            await asyncio.sleep(3)  # nothing follows
        assert [i.incident_id for i in view.incidents()] == [incident.incident_id]
        commands = [r.value for r in await bus.snapshot(t.OPS_COMMANDS) if isinstance(r.value, Command)]
        assert [(c.payload.action, c.target) for c in commands] == [("restart_nf", upf)]  # type: ignore[union-attr]
    finally:
        twin.stop()
        with contextlib.suppress(Exception):
            await running
        await approvals.stop()
        await view.stop()
        await bus.stop()
        worker.stop()


async def _audit(bus: Bus, action: str) -> list[AuditRecord]:
    return [
        r.value for r in await bus.snapshot(t.AUDIT) if isinstance(r.value, AuditRecord) and r.value.action == action
    ]


async def _wait(
    check: Callable[[], Awaitable[dict[str, AuditRecord] | None]], timeout_s: float
) -> dict[str, AuditRecord] | None:
    deadline = asyncio.get_running_loop().time() + timeout_s
    while asyncio.get_running_loop().time() < deadline:
        if found := await check():
            return found
        await asyncio.sleep(0.5)
    return None
