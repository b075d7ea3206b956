"""Approvals across processes, carried on the audit topic (every step is a decision worth auditing).

- the loop writes ``approval.requested`` (detail: approval_id, thread_id, action, target, risk, evidence);
- a person (NOC UI, CLI) writes ``approval.granted`` or ``approval.denied`` naming the approval_id;
- the loop, tailing the audit topic, resumes the waiting graph thread with the decision, or writes
  ``approval.cancelled`` when the incident closed before anyone decided.

Engineers' proposals from the NOC agent arrive the same way (``action.proposed``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from nerve import topics as t
from nerve.audit import audit
from nerve.bus import Bus
from nerve.contracts import Actor, AuditRecord, Message
from nerve.errors import NotPermitted, ToolError
from nerve.tail import TopicTail

REQUESTED = "approval.requested"
DECISIONS = frozenset({"approval.granted", "approval.denied", "approval.cancelled"})
PROPOSED = "action.proposed"


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


@dataclass
class Decision:
    approval_id: str
    approved: bool
    person: str
    reason: str
    at: float
    cancelled: bool = False

    def resume_value(self) -> dict[str, Any]:
        return {"approved": self.approved, "person": self.person, "reason": self.reason, "at": self.at}


class ApprovalBook:
    """Requests, decisions and proposals read from the audit topic."""

    def __init__(self, bus: Bus) -> None:
        self.requests: dict[str, PendingApproval] = {}
        self.decisions: dict[str, Decision] = {}
        self.proposals: dict[str, AuditRecord] = {}
        self._listeners: list[Any] = []
        self.tail = TopicTail(bus, (t.AUDIT,), self._apply)

    def on_record(self, listener: Any) -> None:
        """``listener(record)`` for every request, decision or proposal read after the backlog."""
        self._listeners.append(listener)

    def pending(self) -> list[PendingApproval]:
        return sorted((r for a, r in self.requests.items() if a not in self.decisions), key=lambda r: r.requested_at)

    def _apply(self, msg: Message, live: bool) -> None:
        if not isinstance(msg, AuditRecord):
            return
        d = msg.detail
        if msg.action == REQUESTED and "approval_id" in d:
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
            )
        elif msg.action in DECISIONS and "approval_id" in d:
            self.decisions.setdefault(
                d["approval_id"],
                Decision(
                    d["approval_id"],
                    msg.action == "approval.granted",
                    msg.actor.id,
                    msg.reason,
                    msg.at,
                    cancelled=msg.action == "approval.cancelled",
                ),
            )
        elif msg.action == PROPOSED and "proposal_id" in d:
            self.proposals[d["proposal_id"]] = msg
        else:
            return
        if live:
            for listener in self._listeners:
                listener(msg)


async def decide(
    bus: Bus, book: ApprovalBook, approval_id: str, person: Actor, *, approved: bool, reason: str = ""
) -> AuditRecord:
    """Record a person's decision on a pending approval (the loop acts on it)."""
    if person.kind != "person":
        raise NotPermitted("only a person can approve or deny a remediation action")
    request = book.requests.get(approval_id)
    if request is None:
        raise ToolError(f"no approval {approval_id!r} was requested")
    if (done := book.decisions.get(approval_id)) is not None:
        verb = "cancelled" if done.cancelled else "approved" if done.approved else "denied"
        raise ToolError(f"approval {approval_id} was already {verb} by {done.person}")
    return await audit(
        bus,
        person,
        "approval.granted" if approved else "approval.denied",
        request.target,
        correlation_id=request.incident_id,
        outcome="approved" if approved else "denied",
        reason=reason or ("approved" if approved else "denied"),
        detail={"approval_id": approval_id, "thread_id": request.thread_id, "action": request.action},
    )
