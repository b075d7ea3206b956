"""Approvals for the API, UI and CLI, working across processes through the audit topic.

service = ApprovalService(settings)
await service.start()
await service.pending_approvals()                    # [PendingApproval, ...] with blast radius and target health
await service.approve("apr/inc-7/0", "alice")        # the loop resumes and acts
await service.approve("apr/prop-1/0", "alice", "drill agreed with the core team")  # a healthy target needs a reason
await service.deny("apr/inc-7/0", "alice", "not during the match")
await service.stop()
"""

from __future__ import annotations

from agents.remediation.approvals import ApprovalBook, PendingApproval, blast_radius, decide, target_health
from nerve.bus import Bus
from nerve.contracts import Actor, AuditRecord
from nerve.estate import Estate, load_estate
from nerve.kafka_auth import Principal
from nerve.settings import Settings
from tools.ops_view import OpsView
from tools.views import SharedViews


class ApprovalService:
    def __init__(self, settings: Settings, estate: Estate | None = None, *, shared: SharedViews | None = None) -> None:
        self.bus = Bus(settings, client_id="approvals", principal=Principal.APPROVER)
        self.book = ApprovalBook(self.bus)
        self._owns_view = shared is None  # None: the service reads the ops topics itself
        self.view = OpsView(self.bus) if shared is None else shared.ops
        self.estate = estate or load_estate(settings.estate_dir)

    async def start(self) -> None:
        await self.bus.start()
        await self.book.start()
        if self._owns_view:
            await self.view.start()

    async def stop(self) -> None:
        if self._owns_view:
            await self.view.stop()
        await self.book.stop()
        await self.bus.stop()

    def _shown(self, pending: PendingApproval) -> PendingApproval:
        return pending.model_copy(
            update={
                "blast_radius": blast_radius(self.estate, pending.action, pending.target),
                "target_health": target_health(self.view, pending.target),
            }
        )

    async def pending_approvals(self) -> list[PendingApproval]:
        """What waits for a person, each with what it will disturb and the target's health now."""
        return [self._shown(p) for p in self.book.pending()]

    async def approve(self, approval_id: str, person: str, note: str = "") -> AuditRecord:
        """Grant a pending approval; raises ToolError if it is unknown or already decided, ReasonRequired
        if the target is healthy and ``note`` gives no reason."""
        request = self.book.requests.get(approval_id)
        health = target_health(self.view, request.target) if request is not None else None
        return await decide(
            self.bus,
            self.book,
            approval_id,
            Actor(kind="person", id=person),
            approved=True,
            reason=note,
            health=health,
        )

    async def deny(self, approval_id: str, person: str, reason: str) -> AuditRecord:
        """Refuse a pending approval; the loop stops that incident's remediation and audits it."""
        return await decide(
            self.bus, self.book, approval_id, Actor(kind="person", id=person), approved=False, reason=reason
        )

    async def wait_for_pending(self, timeout_s: float) -> list[PendingApproval]:
        """The pending approvals once there is at least one (or [] on timeout)."""
        found = await self.book.tail.wait_for(self.book.pending, timeout_s) or []
        return [self._shown(p) for p in found]
