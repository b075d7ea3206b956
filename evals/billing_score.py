"""Scoring `nerve eval billing` (EVALS.md §3) by rerating the ground truth independently.

Notifications: every threshold the final amounts cross must be notified exactly once; any other
notification must have been true when it was sent (a data pack bought after an 80 % warning
raises the allowance for the whole period, but the warning was right at the time).

``reference`` is a plain rater written from rating.yaml's comments alone: it reads only the
estate, the scenario's ground truth (``usage``), the completed ``purchases`` and the subscribers'
initial state, in scenario seconds, and shares no code with the stream layer. ``score`` compares
what Nerve billed with it and lists every problem; a scenario passes with none.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import phonenumbers

from nerve.estate import Estate

LINES = ("recurring", "one_off", "data", "roaming", "international", "premium")
USAGE_LINES = ("data", "roaming", "international", "premium")
CENT = Decimal("0.01")


def _d(x: Any) -> Decimal:
    return Decimal(str(x))


def _cents(x: Decimal) -> Decimal:
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def scored_periods(estate: Estate, duration_s: float) -> list[int]:
    """Periods whose end plus grace_s falls within the scenario."""
    assert estate.rating is not None
    length, grace = estate.rating.period.length_s, estate.rating.grace_s
    return [k for k in range(int(duration_s // length) + 1) if (k + 1) * length + grace <= duration_s]


class Reference:
    """Rates one scenario's ground truth per subscriber and period, in exact Decimals."""

    def __init__(self, estate: Estate, usage: list[dict[str, Any]], purchases: list[dict[str, Any]]) -> None:
        assert estate.rating is not None
        self.estate = estate
        self.rating = estate.rating
        self.offers = estate.catalog.by_id
        self.length = estate.rating.period.length_s
        self.home_code = phonenumbers.country_code_for_region(estate.catalog.operator.home_country)
        self.usage = usage
        self.bought: dict[str, list[tuple[str, float]]] = defaultdict(list)
        for p in purchases:
            self.bought[p["subscriber"]].append((p["offer"], float(p["completed_s"])))

    def _zone(self, country: str | None) -> str:
        if country:
            for zone, countries in self.estate.catalog.roaming_zones.items():
                if country.upper() in countries:
                    return zone
        return "other"

    def _holds(self, sub: str, offer: str, at_s: float) -> bool:
        s = self.estate.subscriber[sub]
        return offer == s.plan or offer in s.services or any(o == offer and c <= at_s for o, c in self.bought[sub])

    def _net(self, offer: str) -> dict[str, Any]:
        return self.offers[offer].fulfilment.network or {}

    def _candidates(self, sub: str) -> set[str]:
        s = self.estate.subscriber[sub]
        return {s.plan, *s.services, *(o for o, _ in self.bought[sub])} & set(self.offers)

    def _covered(self, sub: str, zone: str, at_s: float) -> bool:
        return any(
            self.offers[o].kind == "roaming"
            and (self.offers[o].zone or self._net(o).get("roaming_zone")) == zone
            and self._holds(sub, o, at_s)
            for o in self._candidates(sub)
        )

    def _zero_rated(self, sub: str, category: str | None, at_s: float) -> bool:
        for o in self._candidates(sub):
            value = self._net(o).get("zero_rating")
            cats = value if isinstance(value, list) else [value]
            if category is not None and category in cats and self._holds(sub, o, at_s):
                return True
        return False

    def _country(self, number: str) -> tuple[int, str | None]:
        parsed = phonenumbers.parse(number, None)
        code = parsed.country_code or 0
        region = phonenumbers.region_code_for_number(parsed) or phonenumbers.region_code_for_country_code(code)
        return code, None if region in (None, "", "ZZ", "001") else region

    def allowance(self, sub: str, k: int, as_of_s: float = math.inf) -> Decimal | None:
        """Plan data plus packs bought in the period (only those bought by ``as_of_s``), and packs
        held at the start in period 0; None: unlimited."""
        s = self.estate.subscriber[sub]
        data = (self.offers[s.plan].allowance or {}).get("data_gb")
        if data == "unlimited":
            return None
        total = _d(data) if data is not None else Decimal(0)
        start, end = k * self.length, (k + 1) * self.length
        for o, c in self.bought[sub]:
            if start <= c < end and c <= as_of_s:
                total += _d(self._net(o).get("quota_gb", 0))
        if k == 0:
            for o in s.services:
                total += _d(self._net(o).get("quota_gb", 0)) if o in self.offers else Decimal(0)
        return total

    def period(self, sub: str, k: int) -> tuple[dict[str, Decimal], int, int]:
        """Exact amounts per line, counted bytes and number of records of one subscriber's period."""
        s = self.estate.subscriber[sub]
        start, end = k * self.length, (k + 1) * self.length
        lines = dict.fromkeys(LINES, Decimal(0))
        held = {s.plan, *s.services} | {o for o, c in self.bought[sub] if c < end}
        lines["recurring"] = sum(
            (
                self.offers[o].price.amount
                for o in held
                if o in self.offers and self.offers[o].price.period == "monthly"
            ),
            Decimal(0),
        )
        lines["one_off"] = sum(
            (
                self.offers[o].price.amount
                for o, c in self.bought[sub]
                if start <= c < end and self.offers[o].price.period != "monthly"
            ),
            Decimal(0),
        )
        counted = 0
        n = 0
        for r in self.usage:
            if r["subscriber"] != sub or math.floor(float(r["at_s"]) / self.length) != k:
                continue
            n += 1
            at_s = float(r["at_s"])
            country = r.get("roaming_country")
            zone = self._zone(country) if country else None
            covered = zone is not None and self._covered(sub, zone, at_s)
            if r["type"] == "data":
                if zone is not None and not covered:
                    lines["roaming"] += (
                        _d(r["bytes"]) / Decimal(10**6) * self.rating.roaming_without_pass[zone].data_per_mb
                    )
                elif not self._zero_rated(sub, r.get("app_category"), at_s):
                    counted += int(r["bytes"])
                continue
            if r.get("direction") != "out":
                continue
            other = r["other_party"]
            if r["type"] == "voice":
                minutes = _d(r["duration_s"]) / Decimal(60)
                premium = [p for p in self.rating.premium.ranges if other.startswith(p.prefix)]
                if premium:
                    best = max(premium, key=lambda p: len(p.prefix))
                    lines["premium"] += minutes * best.voice_per_min
                elif zone is not None:
                    if not covered:
                        lines["roaming"] += minutes * self.rating.roaming_without_pass[zone].voice_per_min
                else:
                    code, region = self._country(other)
                    if code != self.home_code:
                        lines["international"] += minutes * self.rating.international[self._zone(region)].voice_per_min
            else:
                if zone is not None:
                    if not covered:
                        lines["roaming"] += self.rating.roaming_without_pass[zone].sms
                else:
                    code, region = self._country(other)
                    if code != self.home_code:
                        lines["international"] += self.rating.international[self._zone(region)].sms
        allowance = self.allowance(sub, k)
        if allowance is not None:
            over = _d(counted) / Decimal(10**9) - allowance
            lines["data"] = max(Decimal(0), over) * self.rating.data.out_of_bundle_per_gb
        return lines, counted, n

    def crossings(
        self, sub: str, k: int, lines: dict[str, Decimal], counted: int, as_of_s: float = math.inf
    ) -> set[tuple[str, Decimal]]:
        """The thresholds the period's final amounts cross; with ``as_of_s``, against the allowance
        as it was then (a pack bought later raises it, but cannot unsay a warning already true)."""
        out: set[tuple[str, Decimal]] = set()
        allowance = self.allowance(sub, k, as_of_s)
        if allowance is not None and counted > 0:
            for pct in self.rating.notifications.allowance_used_pct:
                if _d(counted) / Decimal(10**9) * 100 >= allowance * pct:
                    out.add(("allowance_used_pct", _d(pct)))
        over = self.rating.notifications.charges_over
        if over is not None and sum((lines[x] for x in USAGE_LINES), Decimal(0)) > over:
            out.add(("charges_over", over))
        return out


def score(
    result: dict[str, Any], estate: Estate, duration_s: float, expect: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Pass or fail for one scenario of the eval's output, with every problem found."""
    assert estate.rating is not None
    problems: list[str] = []
    ref = Reference(estate, result["usage"], result["purchases"])
    periods = scored_periods(estate, duration_s)
    length, grace = estate.rating.period.length_s, estate.rating.grace_s
    bills: dict[tuple[str, int], dict[str, Any]] = {}
    for b in result["bills"]:
        key = (b["subscriber"], b["period"])
        if key not in bills or b["version"] > bills[key]["version"]:
            bills[key] = b
        if b["issued_s"] < (b["period"] + 1) * length + grace - 1e-6:
            problems.append(
                f"{b['subscriber']} period {b['period']}: bill issued at {b['issued_s']}s, before end + grace"
            )
    adjustments: dict[tuple[str, int], list[dict[str, Any]]] = defaultdict(list)
    for a in result["adjustments"]:
        adjustments[(a["subscriber"], a["period"])].append(a)
    named = Counter(u for a in result["adjustments"] for u in a["usage_ids"])
    problems += [f"record {u} named by {n} adjustments" for u, n in named.items() if n > 1]
    truth_ids = {r["usage_id"]: r for r in result["usage"]}
    problems += [f"adjustment names {u}, which the twin never made" for u in named if u not in truth_ids]
    expected_notes: set[tuple[str, int, str, Decimal]] = set()
    true_then: set[tuple[str, int, str, Decimal]] = set()  # notifications true when they were sent
    checked = 0
    for sub in (s.id for s in estate.subscribers):
        for k in periods:
            exact, counted, n = ref.period(sub, k)
            want = {line: _cents(v) for line, v in exact.items()}
            bill = bills.get((sub, k))
            if bill is None:
                problems.append(f"{sub} period {k}: no bill")
                continue
            checked += 1
            got = {line: _d(bill["lines"].get(line, 0)) for line in LINES}
            adjusted_ids = 0
            for a in adjustments[(sub, k)]:
                adjusted_ids += len(a["usage_ids"])
                for line, v in a["lines"].items():
                    got[line] += _d(v)
            for line in LINES:
                if _cents(got[line]) != want[line]:
                    problems.append(f"{sub} period {k} {line}: billed {got[line]}, reference {want[line]}")
            if "records" in bill and bill["records"] + adjusted_ids != n:
                problems.append(
                    f"{sub} period {k}: {bill['records']} records billed + {adjusted_ids} adjusted, truth {n}"
                )
            expected_notes |= {(sub, k, kind, value) for kind, value in ref.crossings(sub, k, exact, counted)}
            for n in result["notifications"]:
                if n["subscriber"] == sub and n["period"] == k:
                    then = ref.crossings(sub, k, exact, counted, as_of_s=n["at_s"])
                    true_then |= {(sub, k, kind, value) for kind, value in then}
    records = result["records"]
    if records["dead_lettered"] != records["malformed"]:
        problems.append(f"{records['malformed']} malformed records sent, {records['dead_lettered']} dead-lettered")
    sent_notes = Counter(
        (n["subscriber"], n["period"], n["kind"], _d(n["value"]))
        for n in result["notifications"]
        if n["period"] in periods
    )
    problems += [f"notification {k} sent {c} times" for k, c in sent_notes.items() if c > 1]
    problems += [f"threshold crossed, not notified: {k}" for k in sorted(expected_notes - set(sent_notes))]
    problems += [f"notified, not crossed: {k}" for k in sorted(set(sent_notes) - expected_notes - true_then)]
    problems += _expectations(result, expect or {})
    return {"id": result["id"], "pass": not problems, "bills_checked": checked, "problems": problems}


def _expectations(result: dict[str, Any], expect: dict[str, Any]) -> list[str]:
    """The scenario file's own ``expect`` block: notifications named, none for some, adjustments by site."""
    problems = []
    notes = result["notifications"]
    for want in expect.get("notifications", []):
        if not any(
            n["subscriber"] == want["subscriber"] and n["kind"] == want["kind"] and _d(n["value"]) == _d(want["value"])
            for n in notes
        ):
            problems.append(f"expected notification missing: {want}")
    for sub in expect.get("no_notifications_for", []):
        if any(n["subscriber"] == sub for n in notes):
            problems.append(f"{sub} was notified, expected not")
    usage = {r["usage_id"]: r for r in result["usage"]}
    for want in expect.get("adjustments_for", []):
        if not any(
            a["period"] == want["period"]
            and any(usage.get(u, {}).get("site") == want.get("site") for u in a["usage_ids"])
            for a in result["adjustments"]
        ):
            problems.append(f"expected an adjustment for period {want['period']} from {want.get('site')}")
    return problems
