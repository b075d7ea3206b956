"""Remediation commands, as the simulated network carries them out.

``execute`` is the network's side (pure, driven with explicit times in tests); ``Remediator``
is the Kafka side: it reads ``ops.commands``, applies each ``command_id`` at most once through
``Deduplicator``, and answers every command, even a malformed one with a readable id, on
``command.results``.

Outcomes: ``rejected`` when the command cannot apply to its target (unknown entity, an action
for another kind of entity, a command type the network does not handle); ``failed`` when it
applies but cannot be done here (reroute without a backup path, failover without a failover
endpoint, scale-out of a fixed NF, a malformed command); ``succeeded`` otherwise, whether or
not it fixed anything (a wrong action runs, and does its harm).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import Any, Literal

from nerve import topics as t
from nerve.bus import Bus, Deduplicator
from nerve.contracts import Command, CommandResult, NetworkEvent, RemediationPayload, new_id, now
from nerve.effects import duration_s
from nerve.errors import ContractError
from simulators.network.faults import DEFAULT_FIELD_FIX_S, FaultEngine, Harm

log = logging.getLogger(__name__)

SYSTEM = "network"
Status = Literal["succeeded", "failed", "rejected"]
EVENT_OF_ACTION: dict[str, Literal["restart", "reroute", "failover", "scale_out", "field_ticket"]] = {
    "restart_cell": "restart",
    "restart_nf": "restart",
    "reroute_transport": "reroute",
    "failover_partner": "failover",
    "scale_out_nf": "scale_out",
    "dispatch_field_team": "field_ticket",
}

HARM_OF_ACTION = {"restart_cell": "cell_restart", "restart_nf": "nf_restart", "reroute_transport": "reroute"}


@dataclass
class Outcome:
    status: Status
    reason: str | None = None
    detail: dict[str, Any] = field(default_factory=dict)


def execute(engine: FaultEngine, action: str, target: str, *, at: float) -> Outcome:
    """Carry out ``action`` on ``target`` at ``at``: fixes the faults it fixes, does its harm."""
    topo = engine.estate.topology
    kind = topo.kind_of.get(target)
    if kind is None:
        return Outcome("rejected", f"unknown target {target!r}")
    spec = engine.estate.faults.actions.get(action)
    if spec is None:
        return Outcome("rejected", f"unknown action {action!r}")
    if not spec.applies_to(kind):
        return Outcome("rejected", f"{action} acts on a {spec.target}, and {target} is a {kind}")
    if action == "reroute_transport" and not topo.has_backup(target):
        return Outcome("failed", f"{target} has no backup path to reroute onto")
    if action == "failover_partner" and not topo.has_failover(target):
        return Outcome("failed", f"{target} has no failover endpoint")
    if action == "scale_out_nf" and not topo.core[target].scalable:
        return Outcome("failed", f"{target} cannot be scaled out")

    # What the action disturbs, and for as long as the estate says (nerve.effects reads the same).
    harm = HARM_OF_ACTION.get(action)
    if harm is not None:
        engine.harms.append(Harm(harm, target, at, at + duration_s(engine.estate, action)))
    fixes: list[str] = []
    for fault in engine.active(at, target):
        if action not in engine.estate.faults.faults[fault.kind].fixed_by:
            continue
        engine.schedule_fix(fault, at=at + _delay(engine, action, fault.params), by=action)
        fixes.append(fault.fault_id)
    engine.settle(at)
    if action in EVENT_OF_ACTION:
        engine.events.append(
            NetworkEvent(event_id=new_id("nev"), kind=EVENT_OF_ACTION[action], entity=target, ts=at, detail=action)
        )
    log.info("%s on %s: fixes %s", action, target, fixes or "nothing")
    return Outcome("succeeded", detail={"action": action, "fixes": fixes})


def _delay(engine: FaultEngine, action: str, params: dict[str, Any]) -> float:
    """How long after the command the fault is gone."""
    if action == "restart_cell":
        return duration_s(engine.estate, action)
    if action == "dispatch_field_team":
        return float(params.get("field_fix_s", DEFAULT_FIELD_FIX_S))
    return 0.0


class Remediator:
    """Consumes ``ops.commands`` for the network; every command gets exactly one applied result."""

    def __init__(self, bus: Bus, engine: FaultEngine) -> None:
        self.bus = bus
        self.engine = engine
        self.dedupe = Deduplicator(bus, SYSTEM)
        self.applied = 0  # commands applied now (not answered from record), for tests and status

    async def load(self) -> None:
        await self.dedupe.load()

    async def handle_raw(self, raw: Any) -> CommandResult | None:
        """One record from ``ops.commands``: decode (the bus dead-letters bad ones), apply, answer."""
        record = await self.bus.decode(raw)
        if record is None:
            result = _malformed_result(raw.value)
            if result is not None:
                await self.bus.publish(t.COMMAND_RESULTS, result, key=result.command_id)
            return result
        command = record.value
        assert isinstance(command, Command)
        result, fresh = await self.dedupe.handle(command, self._apply)
        self.applied += fresh
        await self.bus.publish(t.COMMAND_RESULTS, result, key=result.command_id)
        return result

    async def _apply(self, command: Command) -> CommandResult:
        payload = command.payload
        if command.type != "remediation.execute" or not isinstance(payload, RemediationPayload):
            outcome = Outcome("rejected", f"the network does not handle {command.type} commands")
        elif payload.target != command.target:
            outcome = Outcome("failed", f"payload target {payload.target!r} differs from {command.target!r}")
        else:
            outcome = execute(self.engine, payload.action, payload.target, at=now())
        return CommandResult(
            command_id=command.command_id,
            type=command.type,
            status=outcome.status,
            reason=outcome.reason,
            correlation_id=command.correlation_id,
            target=command.target,
            system=SYSTEM,
            detail=outcome.detail,
            completed_at=now(),
        )


def _malformed_result(raw: bytes | None) -> CommandResult | None:
    """A failed result for a broken command whose id can still be read; None if it has none."""
    try:
        data = json.loads(raw or b"")
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("command_id"), str):
        return None
    try:
        Command.from_bytes(raw or b"")
        reason = "malformed command"
    except ContractError as exc:
        reason = f"malformed command: {exc}"

    def text(key: str) -> str:
        value = data.get(key)
        return value if isinstance(value, str) else ""

    return CommandResult(
        command_id=data["command_id"],
        type="remediation.execute",
        status="failed",
        reason=reason,
        correlation_id=text("correlation_id"),
        target=text("target"),
        system=SYSTEM,
        completed_at=now(),
    )
