"""TMF678-shaped customer bills (each with the adjustments made to it since), and how far billing
and each mediation point are behind, for the NOC; read from the live usage view (tools/usage.py)."""

from __future__ import annotations

from decimal import Decimal

from fastapi import APIRouter, Query

from api.deps import PrincipalDep, StateDep, UsageDep, ViewerDep, accounts_for
from api.problems import Problem, problem_responses
from api.routers.usage import iso, lines_public, period_public
from api.schemas import (
    BILL_BASE,
    BillAdjustmentPublic,
    BillingLagPublic,
    CustomerBillPublic,
    Money,
    SiteLagPublic,
)
from nerve.contracts import Bill
from tools.usage import UsageView

router = APIRouter(tags=["customer bills (TMF678)"])
ERRORS = problem_responses(401, 403, 404, 422, 429, 503)


def bill_public(view: UsageView, bill: Bill) -> CustomerBillPublic:
    adjustments = view.adjustments(bill.subscriber, bill.period)
    now = bill.total + sum((sum(a.lines.values(), Decimal(0)) for a in adjustments), Decimal(0))
    return CustomerBillPublic(
        id=bill.bill_id,
        href=f"{BILL_BASE}/customerBill/{bill.bill_id}",
        subscriber=bill.subscriber,
        period=bill.period,
        billingPeriod=period_public(view, bill.period),
        billDate=iso(bill.issued_at),
        version=bill.version,
        state="adjusted" if adjustments else "issued",
        lines=lines_public(bill.lines, bill.currency),
        amountDue=Money(unit=bill.currency, value=str(bill.total)),
        amountWithAdjustments=Money(unit=bill.currency, value=str(now)),
        records=bill.records,
        adjustments=[
            BillAdjustmentPublic(
                id=a.adjustment_id,
                issuedAt=iso(a.issued_at),
                lines=lines_public(a.lines, a.currency),
                usageIds=a.usage_ids,
            )
            for a in adjustments
        ],
    )


@router.get(f"{BILL_BASE}/customerBill", response_model=list[CustomerBillPublic], responses=ERRORS)
async def list_bills(
    principal: PrincipalDep,
    state: StateDep,
    view: UsageDep,
    subscriber: str | None = Query(None, max_length=40, description="the account; an operator may name none"),
) -> list[CustomerBillPublic]:
    """The bills issued so far, oldest period first: the caller's own, or (an operator) anyone's."""
    accounts = accounts_for(principal, subscriber, state)
    if accounts is None:
        return [bill_public(view, b) for b in view.bills()]
    return [bill_public(view, b) for account in accounts for b in view.bills(account)]


@router.get(f"{BILL_BASE}/customerBill/{{bill_id}}", response_model=CustomerBillPublic, responses=ERRORS)
async def get_bill(bill_id: str, principal: PrincipalDep, view: UsageDep) -> CustomerBillPublic:
    """One bill and its adjustments."""
    bill = view.bill(bill_id)
    if bill is None or (principal.subscribers is not None and bill.subscriber not in principal.subscribers):
        raise Problem("not-found", f"no bill {bill_id!r} for this caller; list yours at {BILL_BASE}/customerBill")
    return bill_public(view, bill)


@router.get("/api/billing/lag", response_model=BillingLagPublic, responses=problem_responses(401, 403, 429, 503))
async def billing_lag(_: ViewerDep, view: UsageDep) -> BillingLagPublic:
    """How far billing is behind the usage delivered, and each mediation point, furthest behind first."""
    billing, mediation = view.billing(), view.mediation()
    return BillingLagPublic(
        newest_usage_at=billing.newest_usage_at,
        watermark=billing.watermark,
        behind_s=billing.behind_s,
        unbilled_periods=billing.unbilled_periods,
        late_after_s=mediation.late_after_s,
        sites=[SiteLagPublic(**p.model_dump()) for p in mediation.points],
    )
