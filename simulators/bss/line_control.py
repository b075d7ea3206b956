"""The BSS line controls: applies fraud responses to lines (``fraud.respond`` commands).

Each command is applied once (``Deduplicator``) and answered on ``command.results``; the controls in
force on a line are published as its ``line_control`` state on ``bss.subscriber.state`` (the twin
fails the calls they forbid; the intent path reads ``require_verification`` and ``suspend_line``
from there). ``block_number`` is network-wide: it is kept as ``block_number:<number>`` on the line
whose case asked for it. ``notify_subscriber`` changes nothing on the line: the message to the
line's owner is the result's detail. A control is held for the cases that asked for it
(``held_by``); lifting one (``lift``: a person marked its case a false positive) drops that case's
hold, and the control leaves the line once no case holds it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Literal

from nerve import topics as t
from nerve.bus import Bus, Deduplicator
from nerve.contracts import Command, CommandResult, FraudPayload, SubscriberState, now
from nerve.estate import Estate
from nerve.kafka_auth import Principal
from nerve.settings import Settings

log = logging.getLogger(__name__)

NAME = "line_control"


class LineControls:
    def __init__(self, settings: Settings, estate: Estate) -> None:
        self.settings = settings
        self.estate = estate
        self.controls: dict[str, list[str]] = {}
        self.held_by: dict[str, dict[str, list[str]]] = {}  # line → control → the cases it is in force for
        self.ready = asyncio.Event()
        self._stop = asyncio.Event()

    def stop(self) -> None:
        self._stop.set()

    async def run(self) -> None:
        async with Bus(self.settings, client_id="nerve-sim-line-control", principal=Principal.BSS) as bus:
            for state in (await bus.latest(t.SUBSCRIBER_STATE)).values():
                if isinstance(state, SubscriberState) and state.system == NAME:
                    self.controls[state.subscriber] = list(state.controls)
                    self.held_by[state.subscriber] = {c: list(cases) for c, cases in state.held_by.items()}
            dedupe = Deduplicator(bus, f"sim.bss.{NAME}")
            await dedupe.load()
            consumer = bus.consumer(t.FRAUD_COMMANDS, group_id=f"sim-bss-{NAME}")
            await consumer.start()
            self.ready.set()
            try:
                while not self._stop.is_set():
                    batch = await consumer.getmany(timeout_ms=200)
                    for raws in batch.values():
                        for raw in raws:
                            record = await bus.decode(raw)
                            if record is not None and isinstance(record.value, Command):
                                command = record.value
                                result, _ = await dedupe.handle(command, lambda c: self.apply(bus, c))
                                await bus.publish(t.COMMAND_RESULTS, result, key=result.command_id)
                    if batch:
                        await consumer.commit()
            finally:
                with contextlib.suppress(Exception):
                    await consumer.stop()

    async def apply(self, bus: Bus, command: Command) -> CommandResult:
        payload = command.payload
        status: Literal["succeeded", "rejected"] = "succeeded"
        reason: str | None = None
        detail: dict[str, str] = {}
        if not isinstance(payload, FraudPayload) or command.type != "fraud.respond":
            status, reason = "rejected", "malformed_command"
        elif payload.subscriber not in self.estate.subscriber or payload.subscriber != command.target:
            status, reason = "rejected", "unknown_subscriber"
        elif payload.action == "block_number" and not payload.number:
            status, reason = "rejected", "no_number"
        elif payload.action == "notify_subscriber":
            detail = {"message": f"We stopped suspicious use of your line (case {payload.case_id})."}
        else:
            control = f"block_number:{payload.number}" if payload.action == "block_number" else payload.action
            held = self.controls.setdefault(payload.subscriber, [])
            holders = self.held_by.setdefault(payload.subscriber, {})
            cases = holders.setdefault(control, [])
            if payload.lift:
                if payload.case_id in cases:
                    cases.remove(payload.case_id)
                if not cases and control in held:
                    held.remove(control)
            else:
                if payload.case_id not in cases:
                    cases.append(payload.case_id)
                if control not in held:
                    held.append(control)
            holders = {c: ids for c, ids in holders.items() if ids}
            self.held_by[payload.subscriber] = holders
            state = SubscriberState(
                system=NAME, subscriber=payload.subscriber, controls=held, held_by=holders, updated_at=now()
            )
            await bus.publish(t.SUBSCRIBER_STATE, state, key=f"{NAME}/{payload.subscriber}")
            detail = {"control": control, "in_force": str(control in held).lower()}
        log.info("%s: %s %s %s", NAME, command.command_id, status, reason or "")
        return CommandResult(
            command_id=command.command_id,
            type=command.type,
            status=status,
            reason=reason,
            correlation_id=command.correlation_id,
            target=command.target,
            system=NAME,
            detail=detail,
            completed_at=now(),
        )
