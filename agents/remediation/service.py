"""Approvals for the API, UI and CLI, working across processes through the audit topic.

service = ApprovalService(settings)
await service.start()
await service.pending_approvals()                    # [PendingApproval, ...]
await service.approve("apr/inc-7/0", "alice")        # the loop resumes and acts
await service.deny("apr/inc-7/0", "alice", "not during the match")
await service.stop()
"""

from __future__ import annotations

from agents.remediation.approvals import ApprovalBook, PendingApproval, decide
from nerve.bus import Bus
from nerve.contracts import Actor, AuditRecord
from nerve.kafka_auth import Principal
from nerve.settings import Settings


class ApprovalService:
    def __init__(self, settings: Settings) -> None:
        self.bus = Bus(settings, client_id="approvals", principal=Principal.APPROVER)
        self.book = ApprovalBook(self.bus)

    async def start(self) -> None:
        await self.bus.start()
        await self.book.start()

    async def stop(self) -> None:
        await self.book.stop()
        await self.bus.stop()

    async def pending_approvals(self) -> list[PendingApproval]:
        return self.book.pending()

    async def approve(self, approval_id: str, person: str, note: str = "") -> AuditRecord:
        """Grant a pending approval; raises ToolError if it is unknown or already decided."""
        return await decide(
            self.bus, self.book, approval_id, Actor(kind="person", id=person), approved=True, reason=note
        )

    async def deny(self, approval_id: str, person: str, reason: str) -> AuditRecord:
        """Refuse a pending approval; the loop stops that incident's remediation and audits it."""
        return await decide(
            self.bus, self.book, approval_id, Actor(kind="person", id=person), approved=False, reason=reason
        )

    async def wait_for_pending(self, timeout_s: float) -> list[PendingApproval]:
        """The pending approvals once there is at least one (or [] on timeout)."""
        return await self.book.tail.wait_for(self.book.pending, timeout_s) or []
