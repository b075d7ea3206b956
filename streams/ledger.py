"""Per subscriber and period: what has been rated, billed and adjusted, and what to send about it.

``Books`` is the billing logic without Kafka: records go in (``add``, a message at a time), event
time moves on (``close``), and messages come out (``take_outbox``). The Faust app
(``streams.billing``) feeds it, persists each changed ``Ledger`` with the usage ids it added, and
sends what it produced.

- A record is counted once: its ``usage_id`` is remembered per subscriber.
- A period's bill is issued once the watermark passes the period's end plus ``grace_s``; a record
  arriving for a billed period is rated as usual and produces an adjustment naming it.
- Each line is the exact sum of its records, rounded half-up to the cent on the bill; an adjustment
  is the new rounded line minus what was billed and adjusted so far, so the two always add up.
- Thresholds of rating.yaml are notified once per subscriber, period, kind and value.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from typing import Any, Literal, NamedTuple

import orjson

from nerve import topics as t
from nerve.contracts import Adjustment, Balance, Bill, Message, UsageNotification, now
from nerve.contracts.usage import LINES
from nerve.estate import Estate
from nerve.rating import FREE, Charges, Holding, Rater
from nerve.usage_decode import Usage

CENT = Decimal("0.01")
GB = Decimal(1_000_000_000)
MONEY_LINES = ("roaming", "international", "premium")  # the lines rated record by record


def cents(x: Decimal) -> Decimal:
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass
class Period:
    records: int = 0
    counted_bytes: int = 0
    exact: dict[str, Decimal] = field(default_factory=lambda: dict.fromkeys(MONEY_LINES, Decimal(0)))
    billed: dict[str, Decimal] | None = None  # rounded lines as billed and adjusted so far
    bill_id: str | None = None
    adjustments: int = 0
    pending: list[str] = field(default_factory=list)  # ids rated after the bill, not yet in an adjustment
    notified: list[str] = field(default_factory=list)

    def dump(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "counted_bytes": self.counted_bytes,
            "exact": {k: str(v) for k, v in self.exact.items()},
            "billed": None if self.billed is None else {k: str(v) for k, v in self.billed.items()},
            "bill_id": self.bill_id,
            "adjustments": self.adjustments,
            "pending": self.pending,
            "notified": self.notified,
        }

    @classmethod
    def load(cls, d: dict[str, Any]) -> Period:
        billed = d["billed"]
        return cls(
            records=d["records"],
            counted_bytes=d["counted_bytes"],
            exact={k: Decimal(v) for k, v in d["exact"].items()},
            billed=None if billed is None else {k: Decimal(v) for k, v in billed.items()},
            bill_id=d["bill_id"],
            adjustments=d["adjustments"],
            pending=d["pending"],
            notified=d["notified"],
        )


@dataclass
class Ledger:
    """One subscriber's periods. ``seq`` counts its saves; ``outbox`` holds what is still to be sent."""

    subscriber: str
    seq: int = 0
    billed_through: int | None = None  # None: nothing billed yet (billing starts at the books' origin)
    periods: dict[int, Period] = field(default_factory=dict)
    outbox: list[tuple[str, str, bytes]] = field(default_factory=list)  # (topic name, key, value)

    def dump(self) -> bytes:
        return orjson.dumps(
            {
                "subscriber": self.subscriber,
                "seq": self.seq,
                "billed_through": self.billed_through,
                "periods": {str(k): p.dump() for k, p in self.periods.items()},
                "outbox": [[name, key, value.decode()] for name, key, value in self.outbox],
            }
        )

    @classmethod
    def load(cls, raw: bytes) -> Ledger:
        d = orjson.loads(raw)
        return cls(
            subscriber=d["subscriber"],
            seq=d["seq"],
            billed_through=d["billed_through"],
            periods={int(k): Period.load(p) for k, p in d["periods"].items()},
            outbox=[(name, key, value.encode()) for name, key, value in d["outbox"]],
        )


class Shares(NamedTuple):
    allowance: Decimal | None  # GB; None: unlimited
    free: int | None  # counted bytes within the allowance
    steps: list[tuple[Decimal, int, str]]  # (share, counted bytes that reach it, tag), lowest first


class Books:
    """Rating and billing state for the subscribers one worker owns."""

    def __init__(self, estate: Estate, epoch: float, holding: Callable[[str], Holding]) -> None:
        self.estate = estate
        self.rater = Rater(estate)
        self.rating = self.rater.rating
        self.charges = Charges(estate)
        self.currency = estate.catalog.operator.currency
        self.epoch = epoch
        self.length = self.rating.period.length_s
        self.holding = holding
        self.ledgers: dict[str, Ledger] = {}
        self.seen: dict[str, set[str]] = {}
        self.new_ids: dict[str, list[str]] = {}  # per subscriber: ids added since the last save
        self.touched: dict[str, set[int]] = {}  # per subscriber: periods changed since the last save
        self.stale: set[tuple[str, int]] = set()  # (subscriber, period) whose balance is not yet published
        self.watermark = float("-inf")
        # The first period billed: the earliest seen before the first bill. A worker bills from the
        # usage it sees, not from the epoch (which may be years back), and bills nothing before it.
        self.origin: int | None = None
        self.billed_any = False
        self._allowances: dict[tuple[int, int], tuple[Holding, Decimal | None]] = {}
        self._over_tag = f"charges_over:{self.rating.notifications.charges_over}"
        self._thresholds: dict[tuple[int, int], tuple[Holding, Shares]] = {}
        self._inner, self._inner_k = (math.inf, -math.inf), 0  # see period_of

    # -- state ------------------------------------------------------------------------------------
    def adopt(self, ledger: Ledger, seen: Iterable[str]) -> None:
        self.ledgers[ledger.subscriber] = ledger
        self.seen[ledger.subscriber] = set(seen)

    def ledger(self, subscriber: str) -> Ledger:
        if subscriber not in self.ledgers:
            self.adopt(Ledger(subscriber), ())
        return self.ledgers[subscriber]

    def forget(self, subscribers: Iterable[str]) -> None:
        for s in subscribers:
            self.ledgers.pop(s, None)
            self.seen.pop(s, None)
            self.new_ids.pop(s, None)
            self.touched.pop(s, None)
            self.stale = {(sub, k) for sub, k in self.stale if sub != s}

    def period_of(self, at: float) -> int:
        # Asked for every record, and most fall in the period of the one before: within its bounds
        # shrunk by a millisecond the rounding below cannot move a record to another period.
        if self._inner[0] <= at < self._inner[1]:
            return self._inner_k
        k = math.floor(round(at - self.epoch, 3) / self.length)
        start, end = self.bounds(k)
        self._inner, self._inner_k = (start + 0.001, end - 0.001), k
        return k

    def bounds(self, k: int) -> tuple[float, float]:
        return self.epoch + k * self.length, self.epoch + (k + 1) * self.length

    # -- input ------------------------------------------------------------------------------------
    def add(self, records: Iterable[Usage]) -> int:
        """Rate valid records (a mediation message's: most often one subscriber's); return how many
        were new, the others having been counted before."""
        added = 0
        sub = None
        lo = hi = math.nan  # the bounds within which a record is in the run's period (see period_of)
        low = math.inf  # the earliest period seen
        watermark = self.watermark
        rate = self.rater.rate
        for record in records:
            at = record.at
            if record.subscriber != sub:  # what a record of another subscriber needs, once per run
                sub = record.subscriber
                ledger = self.ledger(sub)
                seen = self.seen[sub]
                holding = self.holding(sub)
                new_ids: list[str] | None = None
                touched: set[int] | None = None
                lo = math.nan
            if not lo <= at < hi:  # another period (or subscriber): its state, once per run
                k = self.period_of(at)
                lo, hi = self._inner
                low = min(low, k)
                period = ledger.periods.get(k) or ledger.periods.setdefault(k, Period())
                due = self._due(holding, k, period)
            usage_id = record.usage_id
            if usage_id in seen:
                continue
            seen.add(usage_id)
            if new_ids is None:
                new_ids = self.new_ids.setdefault(sub, [])
                touched = self.touched.setdefault(sub, set())
            assert touched is not None
            new_ids.append(usage_id)
            touched.add(k)
            added += 1
            if at > watermark:
                watermark = at
            period.records += 1
            if period.billed is not None:
                period.pending.append(usage_id)
            rated = rate(record, holding)
            if rated is FREE:
                continue
            period.counted_bytes += rated.counted_bytes
            if rated.line is not None:
                period.exact[rated.line] += rated.amount
            if rated.amount or (rated.counted_bytes and period.counted_bytes >= due):
                self._notify(ledger, k, period, holding, rated.amount)
                due = self._due(holding, k, period)
        if low < math.inf and (self.origin is None or (low < self.origin and not self.billed_any)):
            self.origin = int(low)
        self.watermark = watermark
        return added

    # -- amounts ----------------------------------------------------------------------------------
    def allowance(self, sub: str, k: int) -> Decimal | None:
        return self._allowance(self.holding(sub), k)

    def _allowance(self, holding: Holding, k: int) -> Decimal | None:
        # Asked for every counted record: kept per holding (a purchase makes a new one) and period.
        key = (id(holding), k)
        cached = self._allowances.get(key)
        if cached is None or cached[0] is not holding:
            cached = self._allowances[key] = (holding, self.charges.allowance_gb(holding, k, *self.bounds(k)))
        return cached[1]

    def exact_lines(self, sub: str, k: int, period: Period) -> dict[str, Decimal]:
        holding = self.holding(sub)
        start, end = self.bounds(k)
        allowance = self.charges.allowance_gb(holding, k, start, end)
        overage = Decimal(0) if allowance is None else max(Decimal(0), period.counted_bytes / GB - allowance)
        return {
            "recurring": self.charges.recurring(holding, end),
            "one_off": self.charges.one_off(holding, start, end),
            "data": overage * self.rating.data.out_of_bundle_per_gb,
            **period.exact,
        }

    def lines(self, sub: str, k: int, period: Period) -> dict[str, Decimal]:
        exact = self.exact_lines(sub, k, period)
        return {line: cents(exact[line]) for line in LINES}

    # -- output -----------------------------------------------------------------------------------
    def _emit(self, ledger: Ledger, topic: t.Topic, key: str, message: Message) -> None:
        ledger.outbox.append((topic.name, key, message.to_bytes()))

    def _shares(self, holding: Holding, k: int) -> Shares:
        """The period's allowance, the counted bytes beyond which data pays, and per share of
        rating.yaml (lowest first) the counted bytes that reach it (``used·100 ≥ allowance·share`` in
        whole bytes) and its tag: asked for every counted record."""
        key = (id(holding), k)
        cached = self._thresholds.get(key)
        if cached is None or cached[0] is not holding:
            allowance = self._allowance(holding, k)
            steps = []
            if allowance is not None:
                for pct in sorted(self.rating.notifications.allowance_used_pct):
                    need = (allowance * pct * GB / 100).to_integral_value(rounding=ROUND_CEILING)
                    steps.append((Decimal(pct), int(need), f"allowance_used_pct:{Decimal(pct)}"))
            free = None if allowance is None else math.floor(allowance * GB)  # used > allowance·GB ⇔ used > free
            cached = self._thresholds[key] = (holding, Shares(allowance, free, steps))
        return cached[1]

    def _due(self, holding: Holding, k: int, period: Period) -> float:
        """The counted bytes below which a record that adds no money cannot cross a threshold (so
        ``add`` asks ``_notify`` only from there on)."""
        _allowance, free, steps = self._shares(holding, k)
        due = min((need for _pct, need, tag in steps if tag not in period.notified), default=math.inf)
        over = self.rating.notifications.charges_over
        if free is not None and over is not None and self._over_tag not in period.notified:
            due = min(due, free + 1)  # beyond the allowance data pays, which may cross charges_over
        return due

    def _notify(self, ledger: Ledger, k: int, period: Period, holding: Holding, amount: Decimal) -> None:
        """Notify what the record that added ``amount`` (and its counted bytes) made the period cross."""
        sub = ledger.subscriber
        crossed: list[tuple[Literal["allowance_used_pct", "charges_over"], Decimal, str]] = []
        allowance, free, steps = self._shares(holding, k)
        used = period.counted_bytes
        if used and steps and used >= steps[0][1]:  # below the lowest share, none is reached
            crossed += [
                ("allowance_used_pct", pct, tag)
                for pct, need, tag in steps
                if used >= need and tag not in period.notified
            ]
        over = self.rating.notifications.charges_over
        # Usage charges grow only by a money line or by bytes beyond the allowance: other records
        # cannot cross charges_over, and the sum below is not made for them.
        beyond = free is not None and used > free
        if over is not None and (amount or beyond) and self._over_tag not in period.notified:
            usage = sum(period.exact.values(), Decimal(0))
            if beyond:  # over the allowance: data pays
                assert allowance is not None
                usage += (used / GB - allowance) * self.rating.data.out_of_bundle_per_gb
            if usage > over:
                crossed.append(("charges_over", over, self._over_tag))
        for kind, value, tag in crossed:
            period.notified.append(tag)
            note = UsageNotification(
                notification_id=f"ntf-{sub}-{k}-{kind}-{value}",
                subscriber=sub,
                period=k,
                kind=kind,
                value=value,
                at=now(),
            )
            self._emit(ledger, t.NOTIFICATIONS, sub, note)

    def close(self, watermark: float, subscribers: Iterable[str]) -> None:
        """Advance event time: bill every period of these subscribers whose end plus grace has passed."""
        if self.origin is None:
            return
        self.watermark = max(self.watermark, watermark)
        last = math.floor((self.watermark - self.rating.grace_s - self.epoch) / self.length) - 1
        for sub in subscribers:
            ledger = self.ledger(sub)
            first = self.origin if ledger.billed_through is None else ledger.billed_through + 1
            for k in range(first, last + 1):
                self._bill(ledger, k)
            if last >= first:
                ledger.billed_through = last
                self.touched.setdefault(sub, set())

    def _bill(self, ledger: Ledger, k: int) -> None:
        self.billed_any = True
        sub = ledger.subscriber
        period = ledger.periods.setdefault(k, Period())
        lines = self.lines(sub, k, period)
        start, end = self.bounds(k)
        period.bill_id = f"bill-{sub}-{k}"
        period.billed = lines
        bill = Bill(
            bill_id=period.bill_id,
            subscriber=sub,
            period=k,
            period_start=start,
            period_end=end,
            version=1,
            currency=self.currency,
            lines=lines,
            total=sum(lines.values(), Decimal(0)),
            records=period.records,
            issued_at=now(),
            watermark=self.watermark,
        )
        self._emit(ledger, t.BILLS, sub, bill)
        self.touched.setdefault(sub, set()).add(k)

    def settle(self) -> dict[str, list[str]]:
        """Turn late records into adjustments; return the subscribers to save, each with the usage
        ids added since its last save."""
        for sub, periods in self.touched.items():
            ledger = self.ledgers[sub]
            for k in sorted(periods):
                period = ledger.periods[k]
                if period.pending and period.billed is not None:
                    self._adjust(ledger, k, period)
                self.stale.add((sub, k))
        out = {sub: self.new_ids.pop(sub, []) for sub in self.touched}
        self.touched = {}
        return out

    def balances(self) -> list[Balance]:
        """The balances that changed since the last call. They are a view for readers (the agents,
        the UI), published now and then rather than after every batch: each is recomputed in full."""
        out = [self.balance(sub, k) for sub, k in sorted(self.stale) if sub in self.ledgers]
        self.stale.clear()
        return out

    def _adjust(self, ledger: Ledger, k: int, period: Period) -> None:
        assert period.billed is not None and period.bill_id is not None
        sub = ledger.subscriber
        lines = self.lines(sub, k, period)
        change = {line: lines[line] - period.billed.get(line, Decimal(0)) for line in LINES}
        period.adjustments += 1
        adjustment = Adjustment(
            adjustment_id=f"adj-{sub}-{k}-{period.adjustments}",
            subscriber=sub,
            period=k,
            bill_id=period.bill_id,
            currency=self.currency,
            usage_ids=period.pending,
            lines={line: v for line, v in change.items() if v},
            issued_at=now(),
        )
        period.billed = lines
        period.pending = []
        self._emit(ledger, t.ADJUSTMENTS, sub, adjustment)

    def balance(self, sub: str, k: int) -> Balance:
        period = self.ledgers[sub].periods[k]
        return Balance(
            subscriber=sub,
            period=k,
            currency=self.currency,
            counted_bytes=period.counted_bytes,
            allowance_gb=self.allowance(sub, k),
            lines=self.lines(sub, k, period),
            records=period.records,
            billed=period.billed is not None,
            watermark=self.watermark,
            updated_at=now(),
        )
