"""One way to write the audit trail: every decision and command, with its actor and reason."""

from __future__ import annotations

import logging
from typing import Any

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
