"""The audit trail: every decision and command with its actor, filterable, paged, exportable."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from api.deps import StateDep, ViewerDep
from api.feed import audit_public
from api.problems import problem_responses
from api.schemas import AuditPublic
from nerve.contracts import AuditRecord

router = APIRouter(prefix="/api", tags=["NOC: audit"])
ERRORS = problem_responses(401, 403, 422, 429)
EXPORT_LIMIT = 5000  # as many as the feed keeps
CSV_COLUMNS = ("at", "actor", "action", "outcome", "outcome_text", "subject", "correlation_id", "reason", "audit_id")


@dataclass(frozen=True)
class AuditFilter:
    q: str | None = Query(None, max_length=200, description="text anywhere in the record")
    actor: str | None = Query(None, max_length=80, description="e.g. policy, person:approver, agent")
    action: str | None = Query(None, max_length=80, description="prefix, e.g. guard. or command.published")
    subject: str | None = Query(None, max_length=80)
    correlation_id: str | None = Query(None, max_length=120)

    def select(self, records: Iterator[AuditRecord]) -> Iterator[AuditRecord]:
        needle = self.q.lower() if self.q else None
        for record in records:
            who = f"{record.actor.kind}:{record.actor.id}"
            if self.actor and self.actor not in who:
                continue
            if self.action and not record.action.startswith(self.action):
                continue
            if self.subject and record.subject != self.subject:
                continue
            if self.correlation_id and record.correlation_id != self.correlation_id:
                continue
            if needle and needle not in record.model_dump_json().lower():
                continue
            yield record


FilterDep = Annotated[AuditFilter, Depends()]


def cell(value: object) -> object:
    """A CSV cell a spreadsheet shows as text: a leading = + - @ would make a formula of it."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@"):
        return "'" + value
    return "" if value is None else value


@router.get("/audit", response_model=list[AuditPublic], responses=ERRORS)
async def list_audit(
    _: ViewerDep,
    state: StateDep,
    where: FilterDep,
    limit: int = Query(200, ge=1, le=2000),
    offset: int = Query(0, ge=0, description="skip this many matching records (paging, newest first)"),
) -> list[AuditPublic]:
    """Audit records, newest first, matching every filter given."""
    out: list[AuditPublic] = []
    for n, record in enumerate(where.select(reversed(state.feed.audit))):
        if n < offset:
            continue
        out.append(audit_public(record))
        if len(out) >= limit:
            break
    return out


@router.get(
    "/audit/export",
    responses={
        **ERRORS,
        200: {"content": {"text/csv": {}, "application/json": {}}, "description": "the matching records"},
    },
)
async def export_audit(
    _: ViewerDep, state: StateDep, where: FilterDep, format: Literal["csv", "json"] = Query("csv")
) -> Response:
    """Every matching record the console holds (up to 5,000, newest first) as a CSV or JSON file."""
    rows = [audit_public(r) for r in where.select(reversed(state.feed.audit))][:EXPORT_LIMIT]
    name = f'attachment; filename="nerve-audit.{format}"'
    if format == "json":
        body = json.dumps([r.model_dump() for r in rows], indent=1)
        return Response(body, media_type="application/json", headers={"Content-Disposition": name})
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        data = row.model_dump()
        writer.writerow([cell(data[c]) for c in CSV_COLUMNS])
    return Response(buffer.getvalue(), media_type="text/csv", headers={"Content-Disposition": name})
