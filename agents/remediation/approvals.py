"""Approvals across processes, on Kafka (every step is a decision worth auditing).

- the loop writes ``approval.requested`` to the audit topic (detail: approval_id, thread_id, action,
  target, risk, evidence);
- a person (NOC UI, CLI) decides through the API's approver path, which writes ``approval.granted``
  or ``approval.denied`` to the ``ops.approvals`` topic, and the same record to the audit trail;
- the loop resumes the waiting graph thread with the decision, or writes ``approval.cancelled``
  to the audit topic when the incident closed before anyone decided.

Only the approver principal may write ``ops.approvals`` (Kafka ACLs), so a decision counts only when
read from there. One written straight to the audit topic by any other process is forged: the book
keeps it aside (``unconfirmed``) and the loop audits it as ``approval.forged``.

Engineers' proposals from the NOC agent arrive the same way (``action.proposed``).

Before a person decides, a pending approval shows the action's blast radius (what it will disturb,
for how long, in the estate's words) and the target's health now. Approving an action on a healthy
target needs an explicit reason: an action with nothing to fix is only its side effects.

Four eyes: a request names who proposed the action (an engineer, or the loop itself), and nobody
approves their own proposal. ``may_decide`` is the one rule; ``decide`` refuses such a decision
and the book ignores one read from the topic (a process that writes to Kafka directly is not
stopped by the API).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from pydantic import BaseModel

from agents.remediation.state import Answer
from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import Actor, AuditRecord, Health, Message, new_id, now
from nerve.effects import effect_of
from nerve.errors import NotPermitted, ReasonRequired, ToolError
from nerve.estate import Estate
from nerve.tail import TopicTail
from tools.ops_view import OpsView

REQUESTED = "approval.requested"
PEOPLES_DECISIONS = frozenset({"approval.granted", "approval.denied"})
DECISIONS = PEOPLES_DECISIONS | {"approval.cancelled"}
PROPOSED = "action.proposed"

log = logging.getLogger(__name__)


class BlastRadius(BaseModel):
    """What an action will disturb: the entities, for how long, and what it does (the estate's words)."""

    entities: list[str]
    duration_s: float
    effects: list[str]


class TargetHealth(BaseModel):
    """The target as the stream layer sees it now."""

    state: Health
    kpis: dict[str, float] = {}
    open_anomalies: list[str] = []  # "kpi=value (severity)"
    incidents: list[str] = []

    @property
    def healthy(self) -> bool:
        return self.state == "ok" and not self.open_anomalies


def blast_radius(estate: Estate, action: str, target: str) -> BlastRadius:
    effect = effect_of(estate, action, target)
    return BlastRadius(entities=list(effect.entities), duration_s=effect.duration_s, effects=list(effect.effects))


def target_health(view: OpsView, target: str) -> TargetHealth:
    ctx = view.entity(target)
    if ctx is None:
        return TargetHealth(state="unknown")
    return TargetHealth(
        state=ctx.health,
        kpis=ctx.kpis,
        open_anomalies=[f"{a.kpi}={a.value:g} ({a.severity})" for a in ctx.open_anomalies],
        incidents=ctx.incidents,
    )


class PendingApproval(BaseModel):
    approval_id: str
    thread_id: str
    incident_id: str | None
    action: str
    target: str
    risk: str
    reason: str
    evidence: list[str] = []
    requested_at: float
    proposed_by: str  # the engineer who proposed it, or the loop's own id
    blast_radius: BlastRadius | None = None  # filled in for whoever is about to decide
    target_health: TargetHealth | None = None


@dataclass
class Decision:
    approval_id: str
    approved: bool
    person: str
    reason: str
    at: float
    cancelled: bool = False

    def answer(self) -> Answer:
        """The value the graph's approval interrupt is resumed with."""
        return Answer(approved=self.approved, person=self.person, reason=self.reason, at=self.at)


def may_decide(request: PendingApproval, person: Actor, *, approved: bool) -> str | None:
    """Why ``person`` may not make this decision (None when they may).

    Only a person decides, and never on their own proposal: approving it would let one person
    act alone. Denying it is allowed: withdrawing one's own proposal is always safe."""
    if person.kind != "person":
        return "only a person can approve or deny a remediation action"
    if approved and person.id == request.proposed_by:
        return (
            f"{person.id} proposed {request.action} on {request.target} and may not approve it too; "
            "another approver must decide"
        )
    return None


class ApprovalBook:
    """Requests and proposals read from the audit topic; decisions from the approvals topic."""

    def __init__(self, bus: Bus) -> None:
        self.requests: dict[str, PendingApproval] = {}
        self.decisions: dict[str, Decision] = {}
        self.proposals: dict[str, AuditRecord] = {}
        self.decided: set[str] = set()  # audit ids of decisions read from the approvals topic
        self.unconfirmed: dict[str, AuditRecord] = {}  # decisions seen on the audit topic only
        self._listeners: list[Callable[[AuditRecord], None]] = []
        self._suspect_listeners: list[Callable[[AuditRecord], None]] = []
        self.tail = TopicTail(bus, (t.AUDIT,), self._apply)
        self.decision_tail = TopicTail(bus, (t.APPROVALS,), self._apply_decision)

    async def start(self) -> None:
        await self.decision_tail.start()
        await self.tail.start()

    async def stop(self) -> None:
        await self.tail.stop()
        await self.decision_tail.stop()

    def on_record(self, listener: Callable[[AuditRecord], None]) -> None:
        """``listener(record)`` for every request, decision or proposal read after the backlog."""
        self._listeners.append(listener)

    def on_unconfirmed(self, listener: Callable[[AuditRecord], None]) -> None:
        """``listener(record)`` for a decision read on the audit topic but not (yet) on the approvals topic."""
        self._suspect_listeners.append(listener)

    async def forged(self, record: AuditRecord, grace_s: float = 5.0) -> bool:
        """True when a decision seen on the audit topic never reaches the approvals topic: the
        approver path writes there first, so its own copy is confirmed within moments."""
        confirmed = await self.decision_tail.wait_for(lambda: record.audit_id in self.decided, grace_s)
        return not confirmed

    def pending(self) -> list[PendingApproval]:
        return sorted((r for a, r in self.requests.items() if a not in self.decisions), key=lambda r: r.requested_at)

    def _apply_decision(self, msg: Message, live: bool) -> None:
        if isinstance(msg, AuditRecord) and msg.action in DECISIONS and "approval_id" in msg.detail:
            self.decided.add(msg.audit_id)
            self.unconfirmed.pop(msg.audit_id, None)
            self._decide(msg, live)

    def _apply(self, msg: Message, live: bool) -> None:
        if not isinstance(msg, AuditRecord):
            return
        d = msg.detail
        if msg.action in PEOPLES_DECISIONS:
            # The approver path's copy for the trail, or a forgery: it decides nothing here.
            if msg.audit_id not in self.decided:
                self.unconfirmed[msg.audit_id] = msg
                if live:
                    for suspect in self._suspect_listeners:
                        suspect(msg)
        elif msg.action == "approval.cancelled" and "approval_id" in d:
            self._decide(msg, live)
        elif msg.action == REQUESTED and "approval_id" in d:
            self.requests[d["approval_id"]] = PendingApproval(
                approval_id=d["approval_id"],
                thread_id=d.get("thread_id", msg.correlation_id or ""),
                incident_id=msg.correlation_id,
                action=d.get("action", ""),
                target=d.get("target", msg.subject),
                risk=d.get("risk") or "unknown",
                reason=msg.reason,
                evidence=d.get("evidence", []),
                requested_at=msg.at,
                proposed_by=d.get("proposed_by") or msg.actor.id,
            )
        elif msg.action == PROPOSED and "proposal_id" in d:
            self.proposals[d["proposal_id"]] = msg
        else:
            return
        self._notify(msg, live)

    def _decide(self, msg: AuditRecord, live: bool) -> None:
        """The first decision on an approval stands; one a person may not make is ignored."""
        approval_id = msg.detail["approval_id"]
        request = self.requests.get(approval_id)
        if (
            msg.action != "approval.cancelled"
            and request is not None
            and (why_not := may_decide(request, msg.actor, approved=msg.action == "approval.granted"))
        ):
            log.warning("ignored %s on %s: %s", msg.action, approval_id, why_not)
            return
        self.decisions.setdefault(
            approval_id,
            Decision(
                approval_id,
                msg.action == "approval.granted",
                msg.actor.id,
                msg.reason,
                msg.at,
                cancelled=msg.action == "approval.cancelled",
            ),
        )
        self._notify(msg, live)

    def _notify(self, msg: AuditRecord, live: bool) -> None:
        if live:
            for listener in self._listeners:
                listener(msg)


async def decide(
    bus: Bus,
    book: ApprovalBook,
    approval_id: str,
    person: Actor,
    *,
    approved: bool,
    reason: str = "",
    health: TargetHealth | None = None,
) -> AuditRecord:
    """Record a person's decision on a pending approval (the loop acts on it), with who proposed
    the action, who decided, why, and the target's ``health`` as they saw it. NotPermitted if
    ``may_decide`` refuses it; ReasonRequired when approving an action on a healthy target without a reason."""
    request = book.requests.get(approval_id)
    if request is None:
        raise ToolError(f"no approval {approval_id!r} was requested")
    if (why_not := may_decide(request, person, approved=approved)) is not None:
        raise NotPermitted(why_not)
    if approved and health is not None and health.healthy and not reason.strip():
        raise ReasonRequired(
            f"{request.target} is healthy: {request.action} would fix nothing and only disturb what it serves; "
            "say why you approve it (reason)"
        )
    if (done := book.decisions.get(approval_id)) is not None:
        verb = "cancelled" if done.cancelled else "approved" if done.approved else "denied"
        raise ToolError(f"approval {approval_id} was already {verb} by {done.person}")
    record = AuditRecord(
        audit_id=new_id("au"),
        at=now(),
        actor=person,
        action="approval.granted" if approved else "approval.denied",
        subject=request.target,
        correlation_id=request.incident_id,
        outcome="approved" if approved else "denied",
        reason=reason or ("approved" if approved else "denied"),
        detail={
            "approval_id": approval_id,
            "thread_id": request.thread_id,
            "action": request.action,
            "risk": request.risk,
            "proposed_by": request.proposed_by,
            "target_health": health.model_dump() if health is not None else None,
        },
    )
    await bus.publish(t.APPROVALS, record, key=approval_id)  # the decision itself
    await bus.publish(t.AUDIT, record, key=request.target)  # and its place in the trail
    return record
