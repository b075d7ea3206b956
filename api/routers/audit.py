"""The audit trail: every decision and command with its actor, filterable."""

from __future__ import annotations

from fastapi import APIRouter, Query

from api.deps import StateDep, ViewerDep
from api.problems import problem_responses
from api.schemas import AuditPublic
from nerve.contracts import AuditRecord

router = APIRouter(prefix="/api", tags=["NOC: audit"])


def audit_public(record: AuditRecord) -> AuditPublic:
    data = record.dump()
    data["actor"] = f"{record.actor.kind}:{record.actor.id}"
    data.pop("schema_version", None)
    return AuditPublic.model_validate(data)


@router.get("/audit", response_model=list[AuditPublic], responses=problem_responses(401, 403, 422, 429))
async def list_audit(
    _: ViewerDep,
    state: StateDep,
    q: str | None = Query(None, max_length=200, description="text anywhere in the record"),
    actor: str | None = Query(None, max_length=80, description="e.g. policy, person:approver, agent"),
    action: str | None = Query(None, max_length=80, description="prefix, e.g. guard. or command.published"),
    subject: str | None = Query(None, max_length=80),
    correlation_id: str | None = Query(None, max_length=120),
    limit: int = Query(200, ge=1, le=2000),
) -> list[AuditPublic]:
    """Audit records, newest first, matching every filter given."""
    out: list[AuditPublic] = []
    needle = q.lower() if q else None
    for record in reversed(state.feed.audit):
        who = f"{record.actor.kind}:{record.actor.id}"
        if actor and actor not in who:
            continue
        if action and not record.action.startswith(action):
            continue
        if subject and record.subject != subject:
            continue
        if correlation_id and record.correlation_id != correlation_id:
            continue
        if needle and needle not in record.model_dump_json().lower():
            continue
        out.append(audit_public(record))
        if len(out) >= limit:
            break
    return out
