"""Driving the remediation loop in tests: incidents published by hand, the real network twin
answering (and executing) the commands, and a stand-in for the stream layer that closes an
incident once the network reports its fault cleared."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from typing import Any

from agents.remediation.loop import RemediationLoop
from agents.remediation.policy import GuardPolicy
from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import AuditRecord, Command, CommandResult, Incident, now
from nerve.estate import Estate
from nerve.settings import Settings
from simulators.twin import Twin


def incident(
    incident_id: str,
    root: str,
    kind: str,
    fault: str,
    *,
    state: str = "open",
    predicted: bool = False,
    impact_at: float | None = None,
    entities: list[str] | None = None,
) -> Incident:
    at = now()
    return Incident(
        incident_id=incident_id,
        state=state,  # type: ignore[arg-type]
        root_cause=root,
        root_cause_kind=kind,
        probable_cause=fault,
        perceived_severity="major" if predicted else "critical",
        entities=entities or [root],
        anomalies=[],
        predicted=predicted,
        expected_impact_at=impact_at,
        opened_at=at,
        updated_at=at,
        closed_at=at if state == "closed" else None,
    )


async def close_when_fixed(bus: Bus, book: dict[str, Incident]) -> None:
    """Close an incident when a remediation command for it succeeds and was not an escalation."""
    consumer = bus.consumer(t.COMMAND_RESULTS, t.OPS_COMMANDS, group_id=None)
    await consumer.start()
    actions: dict[str, str] = {}
    try:
        async for raw in consumer:
            record = await bus.decode(raw)
            if record is None:
                continue
            msg = record.value
            if isinstance(msg, Command) and msg.payload.kind == "remediation":
                actions[msg.command_id] = msg.payload.action
            elif isinstance(msg, CommandResult) and msg.status == "succeeded":
                inc = book.get(msg.correlation_id)
                if inc is not None and actions.get(msg.command_id) != "escalate":
                    closed = inc.model_copy(update={"state": "closed", "closed_at": now(), "updated_at": now()})
                    await bus.publish(t.INCIDENTS, closed, key=inc.incident_id)
    finally:
        await consumer.stop()


class Stack:
    def __init__(self, settings: Settings, bus: Bus, estate: Estate, twin: Twin) -> None:
        self.settings, self.bus, self.estate, self.twin = settings, bus, estate, twin
        self.book: dict[str, Incident] = {}

    async def open(self, inc: Incident) -> Incident:
        self.book[inc.incident_id] = inc
        await self.bus.publish(t.INCIDENTS, inc, key=inc.incident_id)
        return inc

    async def commands(self) -> list[Command]:
        return [r.value for r in await self.bus.snapshot(t.OPS_COMMANDS) if isinstance(r.value, Command)]

    async def audit(self, action: str | None = None) -> list[AuditRecord]:
        found = [r.value for r in await self.bus.snapshot(t.AUDIT) if isinstance(r.value, AuditRecord)]
        return [a for a in found if action is None or a.action == action]

    async def wait(self, check: Callable[[], Any], timeout_s: float = 20.0) -> Any:
        deadline = asyncio.get_running_loop().time() + timeout_s
        while asyncio.get_running_loop().time() < deadline:
            if found := await check():
                return found
            await asyncio.sleep(0.3)
        return None


@contextlib.asynccontextmanager
async def stack(settings: Settings, bus: Bus, estate: Estate, *, auto_close: bool = True) -> AsyncIterator[Stack]:
    twin = Twin(settings, estate, seed=1, rate_hz=1.0)
    running = asyncio.create_task(twin.run())
    await asyncio.wait({asyncio.create_task(twin.ready.wait()), running}, return_when=asyncio.FIRST_COMPLETED)
    s = Stack(settings, bus, estate, twin)
    closer = asyncio.create_task(close_when_fixed(bus, s.book)) if auto_close else None
    try:
        yield s
    finally:
        twin.stop()
        for task in (running, closer):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task


@contextlib.asynccontextmanager
async def loop(settings: Settings, estate: Estate, policy: GuardPolicy | None = None) -> AsyncIterator[RemediationLoop]:
    running = RemediationLoop(settings, estate=estate, policy=policy, use_memory=False)
    await running.start()
    try:
        yield running
    finally:
        await running.stop()
