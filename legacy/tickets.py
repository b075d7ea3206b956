"""Trouble tickets both ways, for the regions whose ticketing the migration table leaves with the
legacy OSS (where field teams still work).

- **Out.** When the remediation loop hands an incident to people (its ``remediation.acted`` audit
  record for an ``escalate`` or ``dispatch_field_team`` action), a ticket row is opened in the
  legacy ``trouble_tickets`` table, once per incident (the incident id is its external reference).
- **Back.** Debezium's changes of a ticket made by the field (``updated_by`` is not Nerve) become
  audit records of the incident (``legacy.ticket.updated`` / ``legacy.ticket.closed``). Nerve's own
  writes are marked ``updated_by = 'nerve'`` and never come back: no echo loop.
"""

from __future__ import annotations

import psycopg

from legacy import store
from nerve.contracts import AuditRecord, RowChange
from nerve.estate import Estate
from nerve.migration import migration_now

NERVE = "nerve"  # updated_by of the rows Nerve writes
NEEDS_PEOPLE = frozenset({"escalate", "dispatch_field_team"})


def ticket_for(record: AuditRecord, estate: Estate) -> tuple[str, str, str] | None:
    """(incident id, entity, summary) of the ticket this audit record asks for, or None."""
    if record.action != "remediation.acted" or record.detail.get("action") not in NEEDS_PEOPLE:
        return None
    incident, entity = record.correlation_id, str(record.detail.get("target") or record.subject)
    if not incident:
        return None
    if migration_now(estate).ticketing.side(estate.topology.region_of(entity)) != "legacy":
        return None
    return incident, entity, record.reason or f"{record.detail.get('action')} on {entity}"


async def open_ticket(conn: psycopg.AsyncConnection[store.Row], incident: str, entity: str, summary: str) -> bool:
    """Open the incident's ticket once; True if this call opened it."""
    cursor = await conn.execute(
        "INSERT INTO trouble_tickets (external_ref, entity, summary, severity, updated_by) "
        "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (external_ref) DO NOTHING",
        (incident, entity, summary, "major", NERVE),
    )
    return cursor.rowcount == 1


def field_update(change: RowChange) -> tuple[str, str, dict[str, str]] | None:
    """(incident id, audit action, detail) for a ticket change the field made, or None for Nerve's
    own writes, snapshots and tickets opened by hand (no incident)."""
    row = change.after
    if change.op != "u" or row is None or row.get("updated_by") == NERVE or not row.get("external_ref"):
        return None
    action = "legacy.ticket.closed" if row.get("status") == "closed" else "legacy.ticket.updated"
    detail = {k: str(row.get(k) or "") for k in ("id", "status", "notes", "updated_by", "entity")}
    return str(row["external_ref"]), action, detail
