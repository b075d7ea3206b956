"""Responding to fraud cases: the least harmful response that ends the kind, through the guard.

For each open case on ``fraud.cases`` the responder takes its kind's runbook from memory (written
from fraud.yaml: ``memory/fraud_runbooks.py``), notifies the line's owner and issues the first of
the runbook's responses. The runbook proposes, the code decides: only responses that fraud.yaml
says end the kind are kept, least harmful first (``plan``). While the case stays
open ``escalate_after_s`` after a response succeeded, the next one is tried. Approval is the
remediation guard's policy (``GuardPolicy.approver``): low risk by policy, medium by policy or a
person by setting, high always a person, asked for on the audit topic as an ``approval.requested``
and issued once a person grants it (``ApprovalBook``). Every response is an idempotent
``fraud.respond`` command (id: case and action) to the BSS line controls, and every step is audited.

A case the fraud worker closes as a false positive (a person marked it) has what it put on the line
lifted: its approvals still waiting are cancelled, and each control it asked for is lifted by an
idempotent command (id: case, action, ``lift``) approved by the person who marked it, audited as
``fraud.lift``. The line controls keep a control while another case still holds it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from dataclasses import dataclass, field
from typing import Any

from agents.remediation.approvals import REQUESTED, ApprovalBook
from agents.remediation.policy import GuardPolicy
from memory.fraud_runbooks import least_harmful_first
from memory.runbooks import Runbook
from memory.store import Memory
from nerve import topics as t
from nerve.audit import audit
from nerve.bus import Bus
from nerve.contracts import (
    Actor,
    Approval,
    AuditRecord,
    Command,
    CommandResult,
    FraudCase,
    FraudPayload,
    FraudResponse,
    Message,
    Risk,
    now,
)
from nerve.contracts.fraud import LIFT_AUDIT, RESPONSE_AUDIT
from nerve.errors import BusError, ConfigError, ToolError
from nerve.estate import Estate
from nerve.kafka_acl import FRAUD_RESPONDER_GROUP
from nerve.kafka_auth import Principal
from nerve.settings import Settings
from nerve.tail import TopicTail

log = logging.getLogger(__name__)

ME = Actor(kind="agent", id="fraud-responder")


@dataclass
class Handling:
    case: FraudCase
    plan: list[FraudResponse]
    tried: list[FraudResponse] = field(default_factory=list)
    last_at: float = 0.0
    waiting: dict[str, FraudResponse] = field(default_factory=dict)  # approval id → action
    lifted: bool = False
    runbook: str | None = None  # the runbook in memory the plan came from


def plan(estate: Estate, kind: str, proposed: Runbook | None) -> list[FraudResponse]:
    """The responses to a case of ``kind``: the runbook's, kept only where fraud.yaml says they end
    the kind, least harmful first; all of fraud.yaml's when there is no runbook or none of its
    responses ends the kind (a stale or hand-edited runbook cannot make the responder do anything else)."""
    assert estate.fraud is not None
    ends = least_harmful_first(estate.fraud, kind)
    chosen = [a for a in ends if proposed is not None and a in proposed.actions]
    return chosen or ends


class FraudResponder:
    def __init__(self, settings: Settings, estate: Estate, *, escalate_after_s: float = 10.0) -> None:
        if estate.fraud is None:
            raise ConfigError(f"the estate at {estate.root} has no fraud.yaml")
        self.settings = settings
        self.estate = estate
        self.escalate_after_s = escalate_after_s
        self.handling: dict[str, Handling] = {}
        self.results: dict[str, CommandResult] = {}
        # Runbooks are looked up by kind, from the files and fraud.yaml: no Chroma index is needed.
        self.memory = Memory(settings, role="fraud", estate=estate)
        self._bus: Bus | None = None
        self._queue: asyncio.Queue[FraudCase] = asyncio.Queue()
        self._tasks: list[asyncio.Task[Any]] = []

    async def start(self) -> None:
        # The responder acts as the remediation loop does: the principal that issues fixes and audits them.
        self._bus = bus = Bus(self.settings, client_id="nerve-fraud-responder", principal=Principal.LOOP)
        await bus.start()
        self.book = ApprovalBook(bus)
        self.book.on_record(self._on_audit)
        self._results = TopicTail(bus, (t.COMMAND_RESULTS,), self._on_result)
        await self._results.start()
        await self.book.start()
        # Cases are read in a consumer group of the responder's own (from the first offset, never
        # committed, so a restart reads them all again) so that /readyz can see that it runs.
        self._cases = bus.consumer(t.FRAUD_CASES, group_id=FRAUD_RESPONDER_GROUP)
        await self._cases.start()
        self._tasks = [asyncio.create_task(self._read_cases(), name="fraud-cases"),
                       asyncio.create_task(self._work(), name="fraud-responder"),
                       asyncio.create_task(self._escalate(), name="fraud-escalate")]  # fmt: skip
        await self._assigned()

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await self._cases.stop()
        await self._results.stop()
        await self.book.stop()
        if self._bus is not None:
            await self._bus.stop()

    async def _read_cases(self) -> None:
        assert self._bus is not None
        async for raw in self._cases:
            record = await self._bus.decode(raw)
            if record is not None and isinstance(record.value, FraudCase):
                self._queue.put_nowait(record.value)

    async def _assigned(self, timeout_s: float = 60.0) -> None:
        """Wait until the group gave the cases' partitions to this responder (or its reader failed)."""
        deadline = time.monotonic() + timeout_s
        while not self._cases.assignment():
            reader = self._tasks[0]
            if reader.done():
                reader.result()  # raises what stopped it
            if time.monotonic() > deadline:
                raise BusError(f"the fraud responder got no partitions of {t.FRAUD_CASES.name} in {timeout_s:.0f} s")
            await asyncio.sleep(0.1)

    def _on_result(self, msg: Message, live: bool) -> None:
        if isinstance(msg, CommandResult) and msg.type == "fraud.respond":
            self.results[msg.command_id] = msg

    def _on_audit(self, record: AuditRecord) -> None:
        approval = record.detail.get("approval_id")
        decision = self.book.decisions.get(approval) if isinstance(approval, str) else None
        if decision is not None and decision.approved and not decision.cancelled:
            for h in self.handling.values():
                if approval in h.waiting:
                    action = h.waiting.pop(approval)
                    person = Approval(approved_by=record.actor, at=record.at, risk="high", note=record.reason)
                    self._tasks.append(asyncio.create_task(self._issue(h, action, person)))

    async def _work(self) -> None:
        while True:
            case = await self._queue.get()
            h = self.handling.get(case.case_id)
            if h is None:
                book = self._runbook(case)
                h = Handling(case, plan(self.estate, case.kind, book), runbook=book.id if book else None)
                self.handling[case.case_id] = h
                if case.state == "open":
                    await self._respond(h, first=True)
                elif case.state == "false_positive":
                    h.tried = list(h.plan)  # read after a restart: whatever it asked for is lifted
            h.case = case
            if case.state == "false_positive" and not h.lifted:
                h.lifted = True
                self._tasks.append(asyncio.create_task(self._lift(h)))

    def _runbook(self, case: FraudCase) -> Runbook | None:
        try:
            return self.memory.runbook_for_fraud(case.kind)
        except ToolError:
            log.warning("no runbook in memory for %s: fraud.yaml's responses for %s", case.kind, case.case_id)
            return None

    async def _escalate(self) -> None:
        """A case still open and still seeing fraud after a response succeeded gets the next one."""
        while True:
            await asyncio.sleep(1.0)
            for h in list(self.handling.values()):
                busy = h.waiting or len(h.tried) >= len(h.plan)
                fresh = h.case.last_seen_at > h.last_at  # event time of fraud after the last response
                if h.case.state == "open" and not busy and fresh and time.time() - h.last_at > self.escalate_after_s:
                    await self._respond(h, first=False)

    async def _respond(self, h: Handling, *, first: bool) -> None:
        # The step is taken before the first await, so the escalation timer never picks it too.
        action = next((a for a in h.plan if a not in h.tried), None)
        if action is None:
            return
        h.tried.append(action)
        h.last_at = time.time()
        if first:
            await self._issue(h, "notify_subscriber", self._policy_approval("notify_subscriber"))
        if GuardPolicy.approver(self._risk(action), self.settings.auto_approve_medium) == "person":
            await self._ask(h, action)
            return
        await self._issue(h, action, self._policy_approval(action))

    def _risk(self, action: FraudResponse) -> Risk:
        assert self.estate.fraud is not None
        return self.estate.fraud.responses[action].risk

    def _policy_approval(self, action: FraudResponse) -> Approval:
        return Approval(approved_by=Actor(kind="policy", id="guard"), at=now(), risk=self._risk(action))

    async def _ask(self, h: Handling, action: FraudResponse) -> None:
        assert self._bus is not None
        approval_id = f"ap-{h.case.case_id}-{action}"
        h.waiting[approval_id] = action
        await audit(
            self._bus, ME, REQUESTED, h.case.subscriber, correlation_id=h.case.case_id, outcome="awaiting_approval",
            reason=f"{self._risk(action)}-risk {action} on {h.case.subscriber} needs a person's approval",
            detail={"approval_id": approval_id, "thread_id": h.case.case_id, "action": action,
                    "target": h.case.subscriber, "risk": self._risk(action), "evidence": h.case.evidence[:6],
                    "proposed_by": ME.id, "case": h.case.case_id, "kind": h.case.kind},
        )  # fmt: skip
        await self._audit_response(h, action, "awaiting_approval", None)

    async def _lift(self, h: Handling) -> None:
        """Undo what a case marked a false positive put on its line, on the word of who marked it."""
        assert self._bus is not None
        case = h.case
        never_applied = set(h.waiting.values())
        for approval_id, action in list(h.waiting.items()):
            del h.waiting[approval_id]
            await audit(self._bus, ME, "approval.cancelled", case.subscriber, correlation_id=case.case_id,
                        outcome="cancelled", reason=f"{case.case_id} was marked a false positive",
                        detail={"approval_id": approval_id, "action": action})  # fmt: skip
        person = case.marked_by or Actor(kind="policy", id="guard")
        approval = Approval(approved_by=person, at=now(), risk="low", note=f"{case.case_id} is a false positive")
        for action in [a for a in h.tried if a != "notify_subscriber" and a not in never_applied]:
            await self._issue(h, action, approval, lift=True)

    async def _issue(self, h: Handling, action: FraudResponse, approval: Approval, *, lift: bool = False) -> None:
        assert self._bus is not None
        case = h.case
        command = Command(
            command_id=f"fraud/{case.case_id}/{action}" + ("/lift" if lift else ""),
            type="fraud.respond",
            target=case.subscriber,
            payload=FraudPayload(
                action=action,
                subscriber=case.subscriber,
                case_id=case.case_id,
                number=case.number if action == "block_number" else None,
                lift=lift,
            ),
            issued_by=ME,
            correlation_id=case.case_id,
            approval=approval,
            issued_at=now(),
        )
        verb = "lift " if lift else ""
        await audit(self._bus, ME, "fraud.command.issued", case.subscriber, correlation_id=case.case_id,
                    outcome="issued", reason=f"{verb}{action} for {case.kind} case {case.case_id}",
                    detail={"command_id": command.command_id, "action": action, "lift": lift})  # fmt: skip
        await self._bus.publish(t.FRAUD_COMMANDS, command, key=case.subscriber)
        result = await self._results.wait_for(lambda: self.results.get(command.command_id), 30.0)
        outcome = result.status if isinstance(result, CommandResult) else "timed_out"
        await self._audit_response(h, action, outcome, approval.approved_by, lift=lift)

    async def _audit_response(
        self, h: Handling, action: FraudResponse, outcome: str, by: Actor | None, *, lift: bool = False
    ) -> None:
        assert self._bus is not None
        verb = "lifting " if lift else ""
        await audit(
            self._bus, ME, LIFT_AUDIT if lift else RESPONSE_AUDIT, h.case.subscriber, correlation_id=h.case.case_id,
            outcome=outcome,
            reason=f"{verb}{action} on {h.case.subscriber} for {h.case.kind} case {h.case.case_id}: {outcome}",
            detail={"case": h.case.case_id, "kind": action, "fraud_kind": h.case.kind, "runbook": h.runbook,
                    "approved_by": by.kind if by else None, "approver": by.id if by else None},
        )  # fmt: skip
