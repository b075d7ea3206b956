"""The audit trail as a tool: every decision and command, filtered by time, actor, action, subject."""

from __future__ import annotations

from pydantic import BaseModel, Field

from nerve import topics as t
from nerve.contracts import AuditRecord, now
from tools.base import ToolContext, ToolResult


class AuditQuery(BaseModel):
    """Audit records of the last ``since_s`` seconds, newest last, filtered by any of the fields."""

    since_s: float = Field(3600.0, gt=0, le=7 * 86400, description="how far back, in seconds (at most a week)")
    actor: str | None = Field(None, description="actor id, e.g. remediation-loop, alice")
    action_prefix: str | None = Field(None, description="e.g. remediation., guard., approval., command.")
    subject: str | None = Field(None, description="entity, subscriber or order id")
    correlation_id: str | None = Field(None, description="incident or intent id")
    limit: int = Field(200, ge=1, le=2000)


def matches(record: AuditRecord, q: AuditQuery, since: float) -> bool:
    return (
        record.at >= since
        and (q.actor is None or record.actor.id == q.actor)
        and (q.action_prefix is None or record.action.startswith(q.action_prefix))
        and (q.subject is None or record.subject == q.subject)
        and (q.correlation_id is None or record.correlation_id == q.correlation_id)
    )


async def read_audit(ctx: ToolContext, params: AuditQuery) -> ToolResult[list[AuditRecord]]:
    """What the remediation loop, the guard, the agents and people decided and did, with reasons."""
    since = now() - params.since_s
    # Only the window asked for is read: the trail keeps a month, a chat question needs an hour.
    records = [r.value for r in await ctx.bus.snapshot(t.AUDIT, since=since) if isinstance(r.value, AuditRecord)]
    found = sorted((r for r in records if matches(r, params, since)), key=lambda r: r.at)[-params.limit :]
    return ToolResult.ok(found) if found else ToolResult.not_found("no audit records match")
