"""Fraud cases as a tool: what the fraud worker found on the usage stream and what was done about it.

Cases are read from ``fraud.cases`` (compacted: each case as it stands) and the responses from the
audit trail (the responder's ``fraud.response`` and ``fraud.lift`` records), so an answer can say why
a line was barred, what contains a case, which response waits for a person and what was lifted
when a person marked the case a false positive.
"""

from __future__ import annotations

import re
from decimal import Decimal

from pydantic import BaseModel, Field

from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import AuditRecord, FraudCase, now
from nerve.contracts.fraud import LIFT_AUDIT, RESPONSE_AUDIT
from nerve.estate import Estate
from tools.base import ToolContext, ToolResult

NOTIFY = "notify_subscriber"  # tells the owner; contains nothing


class FraudQuery(BaseModel):
    """Fraud cases open now or updated in the last ``since_s`` seconds, optionally one line's."""

    open_only: bool = False
    line: str | None = Field(None, description="a subscriber id or phone number (MSISDN, any spacing)")
    since_s: float = Field(86400.0, gt=0, le=30 * 86400, description="how far back, in seconds (at most 30 days)")


class ResponseStep(BaseModel):
    action: str
    outcome: str  # succeeded, failed, awaiting_approval, timed_out
    at: float
    approver: str | None = None  # who approved it: the guard's policy or a person


class FraudCaseReport(BaseModel):
    case: FraudCase
    msisdn: str
    responses: list[ResponseStep]
    contained_by: str | None = None  # the first response that ends the kind and succeeded
    contained_at: float | None = None
    awaiting_approval: list[str] = []
    # What the case was running up per hour when it was contained: what containing it saves.
    saved_per_hour: Decimal | None = None
    lifted: list[str] = []  # the responses lifted once a person marked the case a false positive


def line_of(estate: Estate, line: str) -> str | None:
    """The subscriber id a subscriber id or phone number (spaces, dashes, dots ignored) names."""
    wanted = re.sub(r"[\s\-.()]", "", line).lower()
    for s in estate.subscribers:
        if wanted in (s.id.lower(), s.msisdn.lower()):
            return s.id
    return None


def report(case: FraudCase, msisdn: str, records: list[AuditRecord]) -> FraudCaseReport:
    steps = [
        ResponseStep(action=str(r.detail.get("kind")), outcome=r.outcome, at=r.at, approver=r.detail.get("approver"))
        for r in sorted(records, key=lambda r: r.at)
        if r.action == RESPONSE_AUDIT
    ]
    lifted = [str(r.detail.get("kind")) for r in records if r.action == LIFT_AUDIT and r.outcome == "succeeded"]
    done = {s.action for s in steps if s.outcome != "awaiting_approval"}
    contained = next((s for s in steps if s.action != NOTIFY and s.outcome == "succeeded"), None)
    return FraudCaseReport(
        case=case,
        msisdn=msisdn,
        responses=steps,
        contained_by=contained.action if contained else None,
        contained_at=contained.at if contained else None,
        awaiting_approval=[s.action for s in steps if s.outcome == "awaiting_approval" and s.action not in done],
        saved_per_hour=case.spend_per_hour if contained else None,
        lifted=lifted,
    )


async def case_reports(
    bus: Bus, estate: Estate, *, open_only: bool = False, subscriber: str | None = None, since_s: float = 86400.0
) -> list[FraudCaseReport]:
    """The cases open now or updated in the last ``since_s`` seconds (one line's, or every line's),
    oldest first, each with its responses from the audit trail."""
    since = now() - since_s
    cases = [c for c in (await bus.latest(t.FRAUD_CASES)).values() if isinstance(c, FraudCase)]
    cases = [
        c for c in cases
        if (c.state == "open" or (not open_only and c.updated_at >= since))
        and (subscriber is None or c.subscriber == subscriber)
    ]  # fmt: skip
    if not cases:
        return []
    trail = [r.value for r in await bus.snapshot(t.AUDIT, since=min(c.opened_at for c in cases) - 60)]
    by_case: dict[str, list[AuditRecord]] = {}
    for r in trail:
        if isinstance(r, AuditRecord) and r.action in (RESPONSE_AUDIT, LIFT_AUDIT) and r.correlation_id:
            by_case.setdefault(r.correlation_id, []).append(r)
    msisdn = {s.id: s.msisdn for s in estate.subscribers}
    found = [report(c, msisdn.get(c.subscriber, ""), by_case.get(c.case_id, [])) for c in cases]
    return sorted(found, key=lambda f: f.case.opened_at)


async def fraud_cases(ctx: ToolContext, params: FraudQuery) -> ToolResult[list[FraudCaseReport]]:
    """Fraud cases (IRSF, wangiri, SIM-swap takeover, SIM box, SMS spam, impossible travel), oldest
    first, each with its evidence and baseline, the responses taken (barring, blocking, verification,
    suspension), which contained it, which wait for a person's approval, and what containing it saved."""
    sub = None
    if params.line is not None and (sub := line_of(ctx.estate, params.line)) is None:
        return ToolResult.not_found(f"no line of this operator has the id or number {params.line!r}")
    found = await case_reports(ctx.bus, ctx.estate, open_only=params.open_only, subscriber=sub, since_s=params.since_s)
    return ToolResult.ok(found) if found else ToolResult.not_found("no fraud cases match")
