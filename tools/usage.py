"""A live, in-process view of usage and what rating made of it: each subscriber's recent records,
bills, adjustments and balances, and how far each mediation point and billing are
behind. The API's TMF635/TMF678 routes, the subscriber-intent agent's usage answers and the NOC
agent read it.

It follows its topics from the beginning (``nerve.tail.TopicTail``), like ``tools.ops_view``. The
view only reads what the billing worker published: it rates nothing itself, so what it says is
what the bills say. Records that break their contract are skipped here (the worker dead-letters
them); a subscriber's records are kept up to ``keep_records``, the latest to arrive. At the end, the
NOC agent's two tools over it (``mediation_lag``, ``billing_lag``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from pydantic import BaseModel

from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import Adjustment, Balance, Bill, Message, UsageBatch, UsageRecord
from nerve.errors import ContractError
from nerve.estate import Estate
from nerve.tail import TopicTail
from tools.base import ToolContext, ToolResult

TOPICS = (t.USAGE, t.BILLS, t.ADJUSTMENTS, t.BALANCES)


@dataclass
class _Site:
    """What the view has seen of one mediation point."""

    newest_at: float
    oldest_at: float
    records: int = 0
    late_records: int = 0
    worst_delay_s: float = 0.0


class MediationPoint(BaseModel):
    """One mediation point as the stream sees it: the newest event time it delivered, how far that
    is behind the newest of any site (``late`` beyond the view's ``late_after_s`` and three of the
    point's usual gaps between records), and the records it delivered late (older than the newest
    event time read by more than ``late_after_s``)."""

    site: str
    newest_at: float
    behind_s: float
    late: bool
    records: int
    late_records: int
    worst_delay_s: float


class MediationReport(BaseModel):
    late_after_s: float
    points: list[MediationPoint]  # furthest behind first


class BillingReport(BaseModel):
    """How far billing is behind the usage delivered: the watermark of the newest balance or bill
    against the newest event time read, and the periods past their end plus grace still unbilled."""

    newest_usage_at: float | None
    watermark: float | None
    behind_s: float | None
    unbilled_periods: list[int]
    period_length_s: float
    grace_s: float


class UsageView:
    def __init__(self, bus: Bus, estate: Estate, epoch: float, *, keep_records: int = 2000, late_after_s: float = 5.0):
        if estate.rating is None:
            raise ValueError(f"estate {estate.root} has no rating.yaml: there is no usage to view")
        self.estate = estate
        self.epoch = epoch
        self.length_s = estate.rating.period.length_s
        self.grace_s = estate.rating.grace_s
        self.keep_records = keep_records
        self.late_after_s = late_after_s
        self._records: dict[str, dict[str, UsageRecord]] = {}
        self._bills: dict[str, Bill] = {}  # by bill id: the newest version
        self._adjustments: dict[str, Adjustment] = {}
        self._balances: dict[tuple[str, int], Balance] = {}
        self._sites: dict[str, _Site] = {}
        self._newest_at: float | None = None
        self._tail = TopicTail(bus, TOPICS, self._apply)

    # -- lifecycle --------------------------------------------------------------------------
    async def start(self) -> None:
        await self._tail.start()

    async def stop(self) -> None:
        await self._tail.stop()

    # -- reads ------------------------------------------------------------------------------
    def period_of(self, at: float) -> int:
        return math.floor(round(at - self.epoch, 3) / self.length_s)

    def period_bounds(self, period: int) -> tuple[float, float]:
        return self.epoch + period * self.length_s, self.epoch + (period + 1) * self.length_s

    def records(self, subscriber: str, period: int | None = None) -> list[UsageRecord]:
        """The subscriber's distinct records kept (the latest ``keep_records`` to arrive), oldest first."""
        found = self._records.get(subscriber, {}).values()
        return sorted((r for r in found if period is None or self.period_of(r.at) == period), key=lambda r: r.at)

    def bills(self, subscriber: str | None = None) -> list[Bill]:
        found = (b for b in self._bills.values() if subscriber is None or b.subscriber == subscriber)
        return sorted(found, key=lambda b: (b.subscriber, b.period))

    def bill(self, bill_id: str) -> Bill | None:
        return self._bills.get(bill_id)

    def adjustments(self, subscriber: str, period: int | None = None) -> list[Adjustment]:
        found = (
            a
            for a in self._adjustments.values()
            if a.subscriber == subscriber and (period is None or a.period == period)
        )
        return sorted(found, key=lambda a: (a.period, a.issued_at))

    def balances(self, subscriber: str) -> list[Balance]:
        """The subscriber's balance in each period rated so far, oldest first."""
        return sorted((b for (s, _), b in self._balances.items() if s == subscriber), key=lambda b: b.period)

    def balance(self, subscriber: str, period: int | None = None) -> Balance | None:
        """The balance of ``period``, or of the newest period rated."""
        if period is not None:
            return self._balances.get((subscriber, period))
        found = self.balances(subscriber)
        return found[-1] if found else None

    def mediation(self, late_only: bool = False) -> MediationReport:
        """Every mediation point that delivered usage (or only those late), furthest behind first."""
        newest = self._newest_at or 0.0
        points = []
        for name, site in self._sites.items():
            behind = round(max(0.0, newest - site.newest_at), 3)
            # A quiet point is not a late one: behind by more than late_after_s and by more than
            # three of its usual gaps between records.
            usual_gap = (site.newest_at - site.oldest_at) / max(1, site.records - 1)
            late = behind > max(self.late_after_s, 3 * usual_gap)
            if late or not late_only:
                kept = {"records": site.records, "late_records": site.late_records, "worst_delay_s": site.worst_delay_s}
                points.append(MediationPoint(site=name, newest_at=site.newest_at, behind_s=behind, late=late, **kept))
        points.sort(key=lambda p: (-p.behind_s, p.site))
        return MediationReport(late_after_s=self.late_after_s, points=points)

    def billing(self) -> BillingReport:
        marks = [b.watermark for b in self._balances.values()] + [b.watermark for b in self._bills.values()]
        watermark = max(marks) if marks else None
        behind = None
        if watermark is not None and self._newest_at is not None:
            behind = round(max(0.0, self._newest_at - watermark), 3)
        billed = {(b.subscriber, b.period) for b in self._bills.values()}
        unbilled = sorted(
            {
                period
                for (subscriber, period), balance in self._balances.items()
                if watermark is not None
                and not balance.billed
                and (subscriber, period) not in billed
                and self.period_bounds(period)[1] + self.grace_s < watermark
            }
        )
        return BillingReport(
            newest_usage_at=self._newest_at,
            watermark=watermark,
            behind_s=behind,
            unbilled_periods=unbilled,
            period_length_s=self.length_s,
            grace_s=self.grace_s,
        )

    # -- tail -------------------------------------------------------------------------------
    def _apply(self, msg: Message, live: bool) -> None:
        if isinstance(msg, UsageBatch):
            for item in msg.records:
                self._add_record(item)
        elif isinstance(msg, Bill):
            held = self._bills.get(msg.bill_id)
            if held is None or held.version <= msg.version:
                self._bills[msg.bill_id] = msg
        elif isinstance(msg, Adjustment):
            self._adjustments[msg.adjustment_id] = msg
        elif isinstance(msg, Balance):
            self._balances[(msg.subscriber, msg.period)] = msg

    def _add_record(self, item: object) -> None:
        try:
            record = UsageRecord.from_dict(item)
        except ContractError:
            return  # the billing worker dead-letters it with the reason
        if record.subscriber not in self.estate.subscriber:
            return
        kept = self._records.setdefault(record.subscriber, {})
        if record.usage_id in kept:
            return  # a mediation duplicate
        kept[record.usage_id] = record
        if len(kept) > self.keep_records:
            del kept[next(iter(kept))]  # the first to arrive: dropping by event time would cost a scan
        newest = self._newest_at = max(self._newest_at or record.at, record.at)
        site = self._sites.setdefault(record.site, _Site(record.at, record.at))
        site.oldest_at = min(site.oldest_at, record.at)
        site.records += 1
        site.newest_at = max(site.newest_at, record.at)
        delay = newest - record.at
        if delay > self.late_after_s:
            site.late_records += 1
        site.worst_delay_s = round(max(site.worst_delay_s, delay), 3)


# -- tools: the NOC agent's reads (``ctx.usage``) -----------------------------------------------------
class MediationQuery(BaseModel):
    """The mediation points that forward usage, furthest behind first; ``late_only`` keeps the late ones."""

    late_only: bool = False


class BillingQuery(BaseModel):
    """How far rating and billing are behind the usage the mediation delivered."""


NO_RATING = "this operator rates no usage (its estate has no rating.yaml)"


async def mediation_lag(ctx: ToolContext, params: MediationQuery) -> ToolResult[MediationReport]:
    """Which mediation points are late: each one's newest delivered record against the newest of any
    site, and how many records it delivered late."""
    if ctx.usage is None:
        return ToolResult.unavailable(NO_RATING)
    return ToolResult.ok(ctx.usage.mediation(params.late_only))


async def billing_lag(ctx: ToolContext, params: BillingQuery) -> ToolResult[BillingReport]:
    """How far behind billing is: the billing watermark against the newest usage delivered, and the
    periods past their end plus grace that are not billed yet."""
    if ctx.usage is None:
        return ToolResult.unavailable(NO_RATING)
    return ToolResult.ok(ctx.usage.billing())
