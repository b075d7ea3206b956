"""The audit trail: every decision and command, with who made it and why."""

from __future__ import annotations

from typing import Any

from nerve.contracts.base import Message
from nerve.contracts.commands import Actor


class AuditRecord(Message):
    audit_id: str
    at: float
    actor: Actor
    action: str  # e.g. intent.decided, command.published, guard.blocked, approval.granted
    subject: str  # the entity, subscriber or order concerned
    correlation_id: str | None = None
    outcome: str = ""  # e.g. accepted, rejected, blocked, approved
    reason: str = ""
    detail: dict[str, Any] = {}
