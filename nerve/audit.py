"""One way to write the audit trail: every decision and command, with its actor and reason."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Protocol

from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import Actor, AuditRecord, new_id, now

log = logging.getLogger(__name__)


async def audit(
    bus: Bus,
    actor: Actor,
    action: str,
    subject: str,
    *,
    correlation_id: str | None = None,
    outcome: str = "",
    reason: str = "",
    detail: dict[str, Any] | None = None,
) -> AuditRecord:
    """Publish an audit record. ``action`` is dotted (``intent.decided``, ``guard.blocked``, ...)."""
    record = AuditRecord(
        audit_id=new_id("au"),
        at=now(),
        actor=actor,
        action=action,
        subject=subject,
        correlation_id=correlation_id,
        outcome=outcome,
        reason=reason,
        detail=detail or {},
    )
    await bus.publish(t.AUDIT, record, key=subject)
    log.info("audit %s %s %s by %s:%s %s", action, subject, outcome, actor.kind, actor.id, reason)
    return record


class Trail(Protocol):
    """Where an agent's audit records go: the audit topic (``BusTrail``); a list in a unit test."""

    async def __call__(
        self,
        actor: Actor,
        action: str,
        subject: str,
        *,
        correlation_id: str,
        outcome: str,
        reason: str,
        detail: dict[str, object],
    ) -> None: ...


@dataclass(frozen=True)
class BusTrail:
    """The audit topic, through ``audit``."""

    bus: Bus

    async def __call__(
        self,
        actor: Actor,
        action: str,
        subject: str,
        *,
        correlation_id: str,
        outcome: str,
        reason: str,
        detail: dict[str, object],
    ) -> None:
        await audit(
            self.bus,
            actor,
            action,
            subject,
            correlation_id=correlation_id,
            outcome=outcome,
            reason=reason,
            detail=detail,
        )
