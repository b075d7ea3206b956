"""TMF635-shaped usage and the balance of a period: what the mediation delivered for a subscriber
and where rating has them now, read from the live usage view (tools/usage.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Literal

from fastapi import APIRouter, Query

from api.deps import PrincipalDep, StateDep, UsageDep, subscriber_for
from api.problems import Problem, problem_responses
from api.schemas import (
    USAGE_BASE,
    BillLinePublic,
    Characteristic,
    Money,
    TimePeriod,
    UsageBalancePublic,
    UsagePublic,
)
from nerve.contracts import Balance, UsageRecord
from nerve.contracts.usage import Lines
from tools.usage import UsageView

router = APIRouter(prefix=USAGE_BASE, tags=["usage (TMF635)"])
ERRORS = problem_responses(401, 403, 404, 422, 429, 503)
DETAIL = ("bytes", "app_category", "duration_s", "direction", "other_party", "cell", "roaming_country", "site")


def iso(at: float) -> str:
    return datetime.fromtimestamp(at, UTC).isoformat().replace("+00:00", "Z")


def period_public(view: UsageView, period: int) -> TimePeriod:
    start, end = view.period_bounds(period)
    return TimePeriod(startDateTime=iso(start), endDateTime=iso(end))


def lines_public(lines: Lines, currency: str) -> list[BillLinePublic]:
    return [BillLinePublic(name=name, amount=Money(unit=currency, value=str(v))) for name, v in lines.items()]


def usage_public(view: UsageView, record: UsageRecord) -> UsagePublic:
    period = view.period_of(record.at)
    balance = view.balance(record.subscriber, period)
    status: Literal["received", "rated", "billed"] = "received"
    if balance is not None:
        status = "billed" if balance.billed else "rated"
    found = record.model_dump(include=set(DETAIL), exclude_none=True)
    return UsagePublic(
        id=record.usage_id,
        href=f"{USAGE_BASE}/usage/{record.usage_id}",
        subscriber=record.subscriber,
        usageType=record.type,
        usageDate=iso(record.at),
        period=period,
        status=status,
        usageCharacteristic=[Characteristic(name=k, value=found[k]) for k in DETAIL if k in found],
    )


def balance_public(view: UsageView, balance: Balance) -> UsageBalancePublic:
    left = None
    if balance.allowance_gb is not None:
        left = max(0, int(balance.allowance_gb * Decimal(10**9)) - balance.counted_bytes)
    return UsageBalancePublic(
        subscriber=balance.subscriber,
        period=balance.period,
        billingPeriod=period_public(view, balance.period),
        billed=balance.billed,
        dataUsedBytes=balance.counted_bytes,
        allowanceGb=None if balance.allowance_gb is None else str(balance.allowance_gb),
        dataLeftBytes=left,
        lines=lines_public(balance.lines, balance.currency),
        total=Money(unit=balance.currency, value=str(sum(balance.lines.values(), Decimal(0)))),
        records=balance.records,
        asOf=iso(balance.updated_at),
    )


@router.get("/usage", response_model=list[UsagePublic], responses=ERRORS)
async def list_usage(
    principal: PrincipalDep,
    state: StateDep,
    view: UsageDep,
    subscriber: str | None = Query(None, max_length=40, description="the account; optional with its own key"),
    period: int | None = Query(None, ge=0, description="only this bill period's records"),
    usageType: Literal["data", "voice", "sms"] | None = Query(None, description="only records of this type"),
    limit: int = Query(200, ge=1, le=2000, description="the newest this many records"),
) -> list[UsagePublic]:
    """The subscriber's usage records (distinct, as delivered by the mediation), oldest first."""
    account = subscriber_for(principal, subscriber, state)
    found = [r for r in view.records(account, period) if usageType is None or r.type == usageType]
    return [usage_public(view, r) for r in found[-limit:]]


@router.get("/usageBalance", response_model=UsageBalancePublic, responses=ERRORS)
async def get_balance(
    principal: PrincipalDep,
    state: StateDep,
    view: UsageDep,
    subscriber: str | None = Query(None, max_length=40, description="the account; optional with its own key"),
    period: int | None = Query(None, ge=0, description="the bill period; the newest rated when absent"),
) -> UsageBalancePublic:
    """Where the subscriber stands in a period: data counted against the allowance, what is left,
    and the charges so far, line by line."""
    account = subscriber_for(principal, subscriber, state)
    balance = view.balance(account, period)
    if balance is None:
        which = "yet" if period is None else f"in period {period}"
        raise Problem("not-found", f"no usage of {account} has been rated {which}")
    return balance_public(view, balance)
