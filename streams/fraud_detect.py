"""Fraud detection on the usage stream: per-line profiles, rules, a score per line, cases.

Every record is placed in its line's ``Profile`` by event time (late records included). A profile
keeps the recent window of the line's records and, for everything older, a baseline of what the
line did in ordinary use (calls, premium calls, foreign calls, SMS per window). A rule per kind
measures the window against thresholds that rise with the line's own baseline (a line that always
calls premium ranges is not flagged for doing so again) and a case opens when the score, the
measure over its threshold, reaches 1. Look-alikes stay quiet by what each rule also demands:

- irsf: calls to premium or high-cost ranges (rating.yaml) only; long calls abroad are not counted;
- wangiri: a foreign number ringing (< 3 s) many distinct lines; the case is on a line that called
  it back, so the lines it merely rang have none. It is judged on the number's calls (``by_number``
  → ``add_call``), which the stream re-keys by the number: rung lines and the line that called back
  may be on any workers;
- sim_swap_takeover: a SIM swap followed by premium calls or several foreign calls; a swap followed
  by ordinary use is a new phone;
- sim_box: many outgoing calls to many numbers, almost none received, no data, one cell (a busy
  business line receives calls and uses data);
- sms_spam: many SMS to many recipients;
- impossible_travel: two places the line cannot have travelled between in the time (regions of the
  topology, or home and abroad); a traveller's first record abroad comes after a realistic gap.

Cases close once ``quiet_s`` of event time passes with nothing suspicious from the line. A case a
person marks as a false positive raises that line's thresholds for its kind to what it did.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from nerve.contracts import Actor, FraudCase, NumberCall, SimSwap, now
from nerve.contracts.fraud import CASE_QUIET_S
from nerve.estate import Estate
from nerve.rating import number_country
from nerve.usage_decode import Usage

Kind = Literal["irsf", "wangiri", "sim_swap_takeover", "sim_box", "sms_spam", "impossible_travel"]
MAX_EVIDENCE = 12


@dataclass(frozen=True)
class Thresholds:
    """Floors of each rule (a line's own baseline can only raise them), in event-time seconds."""

    window_s: float = 60.0
    quiet_s: float = CASE_QUIET_S
    baseline_factor: float = 3.0  # a window must exceed the line's usual window this many times
    premium_calls: int = 2
    ring_s: int = 3  # shorter inbound calls are one-ring calls
    ring_targets: int = 4  # distinct lines one foreign number rang in the window
    swap_horizon_s: float = 600.0  # risky traffic this soon after a swap is a takeover
    swap_foreign_calls: int = 3  # or one premium call
    box_calls: int = 8
    box_distinct: int = 7
    box_in_share: float = 0.2
    sms: int = 8
    sms_distinct: int = 7
    region_travel_s: float = 1800.0  # fastest move between two regions of the network
    abroad_travel_s: float = 3600.0  # fastest move between home and abroad, or two countries
    travel_conflicts: int = 2


@dataclass(frozen=True)
class Seen:
    """What a rule needs of one record."""

    at: float
    usage_id: str
    type: str
    direction: str | None
    other: str | None
    duration_s: int
    premium: str | None  # the premium range's prefix and kind
    foreign: bool
    place: tuple[str, str]  # ("region", id) at home, ("country", iso) abroad
    cell: str | None

    def describe(self) -> str:
        what = f"{self.type} {self.direction or ''} {self.other or ''}".split()
        extra = f" {self.duration_s}s" if self.type == "voice" else ""
        tag = f" premium {self.premium}" if self.premium else " foreign" if self.foreign else ""
        return f"{self.usage_id}: {' '.join(what)}{extra}{tag} at {self.place[1]}"


@dataclass
class Profile:
    """One line: its recent records by event time and the baseline of everything older."""

    records: list[Seen] = field(default_factory=list)
    baseline: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    first_at: float | None = None
    swaps: list[SimSwap] = field(default_factory=list)
    allowed: dict[str, dict[str, float]] = field(default_factory=dict)  # kind → features a person cleared

    def add(self, seen: Seen) -> None:
        bisect.insort(self.records, seen, key=lambda s: s.at)
        self.first_at = seen.at if self.first_at is None else min(self.first_at, seen.at)

    def age(self, before: float) -> None:
        """Records older than ``before`` leave the window for the baseline."""
        cut = bisect.bisect_left(self.records, before, key=lambda s: s.at)
        for seen in self.records[:cut]:
            for name in _baseline_features(seen):
                self.baseline[name] += 1
        del self.records[:cut]

    def learnt(self) -> dict[str, object]:
        """What the line taught the detector, as a worker that takes its partition over needs it:
        its baseline, since when, and what a person cleared (its recent records are not kept:
        the window fills again from the stream)."""
        return {"baseline": dict(self.baseline), "first_at": self.first_at, "allowed": self.allowed}

    @classmethod
    def adopt(cls, learnt: Mapping[str, Any]) -> Profile:
        profile = cls(first_at=learnt.get("first_at"), allowed=dict(learnt.get("allowed") or {}))
        profile.baseline.update(learnt.get("baseline") or {})
        return profile

    def usual(self, name: str, window_s: float, at: float) -> float:
        """The line's usual count of ``name`` per window before the current one."""
        span = max(0.0, at - window_s - (self.first_at if self.first_at is not None else at))
        return self.baseline.get(name, 0.0) / max(1.0, span / window_s)


@dataclass
class Travel:
    """One line's places, kept as its records arrive: each place's latest record, and each record
    that came too soon after one elsewhere (the pair: earlier, later), in the later one's order."""

    latest: dict[tuple[str, str], Seen] = field(default_factory=dict)
    conflicts: list[tuple[Seen, Seen]] = field(default_factory=list)


def _seen(call: NumberCall) -> Seen:
    return Seen(at=call.at, usage_id=call.usage_id, type="voice", direction=call.direction, other=call.number,
                duration_s=call.duration_s, premium=call.premium, foreign=True, place=("", call.place),
                cell=None)  # fmt: skip


def _baseline_features(seen: Seen) -> list[str]:
    out = [seen.type]
    if seen.direction == "out":
        out.append(f"{seen.type}_out")
        if seen.premium:
            out.append("premium_out")
        if seen.foreign:
            out.append("foreign_out")
    return out


@dataclass
class Hit:
    kind: Kind
    score: float
    features: Mapping[str, float]
    baseline: Mapping[str, float]
    evidence: list[Seen]
    number: str | None = None
    note: str | None = None  # evidence that is not a usage record (the SIM swap)


class FraudDetector:
    """Profiles, rules and cases for the lines whose records it is given (one worker's partitions)."""

    def __init__(self, estate: Estate, thresholds: Thresholds | None = None) -> None:
        if estate.rating is None:
            raise ValueError(f"the estate at {estate.root} has no rating.yaml: premium ranges are needed")
        self.estate = estate
        self.th = thresholds or Thresholds()
        self.home_country = estate.catalog.operator.home_country.upper()
        self.profiles: dict[str, Profile] = defaultdict(Profile)
        self.changed: set[str] = set()  # lines whose learnt profile changed since it was last saved
        self.travels: dict[str, Travel] = defaultdict(Travel)
        self.cases: dict[str, FraudCase] = {}  # case id → case
        self.open: dict[tuple[str, str], str] = {}  # (subscriber, kind) → open case id
        self.cleared: dict[tuple[str, str], float] = {}  # (subscriber, kind) → event time its last case closed
        self.serial: dict[tuple[str, str], int] = defaultdict(int)
        # Wangiri, per foreign number (the calls ``by_number`` re-keys): its one-ring calls and call-backs.
        self.rings: dict[str, list[NumberCall]] = defaultdict(list)
        self.callbacks: dict[str, list[NumberCall]] = defaultdict(list)
        self.watermark = 0.0

    # -- input -----------------------------------------------------------------------------------
    def seen(self, r: Usage) -> Seen:
        topo = self.estate.topology
        if r.roaming_country is not None:
            place = ("country", r.roaming_country)
        else:
            place = ("region", topo.region_of(r.cell or "") or r.cell or "")
        premium = None
        foreign = False
        if r.other_party is not None and r.direction == "out":
            found = self.estate.rating.premium_range(r.other_party) if self.estate.rating else None
            premium = f"{found.prefix} {found.kind}" if found else None
        if r.other_party is not None:
            _code, country = number_country(r.other_party)
            foreign = country != self.home_country
        return Seen(
            at=r.at,
            usage_id=r.usage_id,
            type=r.type,
            direction=r.direction,
            other=r.other_party,
            duration_s=r.duration_s or 0,
            premium=premium,
            foreign=foreign,
            place=place,
            cell=r.cell,
        )

    def add(self, record: Usage) -> list[FraudCase]:
        """Take one record; return the cases it opened or changed."""
        seen = self.seen(record)
        profile = self.profiles[record.subscriber]
        self.changed.add(record.subscriber)
        in_order = not profile.records or seen.at >= profile.records[-1].at
        profile.add(seen)
        self.watermark = max(self.watermark, seen.at)
        profile.age(self.watermark - self.th.window_s - self.th.abroad_travel_s)
        if in_order:
            self._travel(self.travels[record.subscriber], seen)
        else:  # a late record: the line's travel is worked out again, in event-time order
            travel = self.travels[record.subscriber] = Travel()
            for s in profile.records:
                self._travel(travel, s)
        return [c for c in (self._apply(record.subscriber, hit) for hit in self.evaluate(record.subscriber, seen)) if c]

    def by_number(self, record: Usage) -> NumberCall | None:
        """The call, to be judged where its foreign number's other calls are, if wangiri could use
        it: a one-ring call from a foreign number, or a call to one."""
        if record.type != "voice" or record.other_party is None or record.direction not in ("in", "out"):
            return None
        if record.direction == "in" and (record.duration_s or 0) >= self.th.ring_s:
            return None
        if number_country(record.other_party)[1] == self.home_country:
            return None
        seen = self.seen(record)
        return NumberCall(number=record.other_party, subscriber=record.subscriber, usage_id=record.usage_id,
                          at=record.at, direction=record.direction, duration_s=seen.duration_s,
                          place=seen.place[1], premium=seen.premium)  # fmt: skip

    def add_call(self, call: NumberCall) -> list[FraudCase]:
        """Take one call of a foreign number (all of that number's reach this detector); return the
        wangiri cases it opened or changed: one per line that called the number back once it had
        rung enough lines."""
        self.watermark = max(self.watermark, call.at)
        calls = self.rings if call.direction == "in" else self.callbacks
        bisect.insort(calls[call.number], call, key=lambda c: c.at)
        changed = [self._apply(sub, hit) for sub, hit in self._wangiri(call.number)]
        return [c for c in changed if c is not None]

    def add_swap(self, swap: SimSwap) -> list[FraudCase]:
        self.profiles[swap.subscriber].swaps.append(swap)
        self.watermark = max(self.watermark, swap.at)
        return [c for c in (self._apply(swap.subscriber, h) for h in self.evaluate(swap.subscriber)) if c]

    # -- rules -----------------------------------------------------------------------------------
    def _window(self, sub: str, kind: Kind, span: float | None = None) -> list[Seen]:
        profile = self.profiles[sub]
        end = self.watermark
        start = max(end - (span or self.th.window_s), self.cleared.get((sub, kind), float("-inf")))
        # The records are in event-time order: the window is a slice, however long the profile's
        # history (kept for impossible travel) has grown.
        lo = bisect.bisect_right(profile.records, start, key=lambda s: s.at)
        hi = bisect.bisect_right(profile.records, end, key=lambda s: s.at)
        return profile.records[lo:hi]

    def _limit(self, sub: str, kind: str, name: str, floor: float) -> float:
        profile = self.profiles[sub]
        usual = profile.usual(name, self.th.window_s, self.watermark) * self.th.baseline_factor
        cleared = profile.allowed.get(kind, {}).get(name, 0.0) + 1
        return max(floor, usual, cleared if name in profile.allowed.get(kind, {}) else 0.0)

    def evaluate(self, sub: str, seen: Seen | None = None) -> list[Hit]:
        """The rules ``seen`` can make fire or grow (every rule after a SIM swap): a rule counts only
        outgoing records, so a received call or a data record can only move the line's places."""
        out = seen is None or seen.direction == "out"
        call = out and (seen is None or seen.type == "voice")
        rules = (
            (out, self._takeover),
            (call, self._sim_box),
            (out and (seen is None or seen.type == "sms"), self._sms_spam),
            (True, self._impossible_travel),
        )
        hits = [h for applies, rule in rules if applies and (h := rule(sub)) is not None]
        # Premium calls after a swap are the takeover's, not a separate IRSF case.
        takeover = any(h.kind == "sim_swap_takeover" for h in hits) or (sub, "sim_swap_takeover") in self.open
        if call and not takeover:
            irsf = self._irsf(sub)
            if irsf is not None:
                hits.append(irsf)
        return hits

    def _irsf(self, sub: str) -> Hit | None:
        calls = [s for s in self._window(sub, "irsf") if s.type == "voice" and s.premium]
        limit = self._limit(sub, "irsf", "premium_out", self.th.premium_calls)
        if len(calls) < limit:
            return None
        features = {"premium_calls": len(calls), "premium_numbers": len({s.other for s in calls})}
        baseline = {
            "premium_calls_per_window": round(
                self.profiles[sub].usual("premium_out", self.th.window_s, self.watermark), 2
            )
        }
        return Hit("irsf", len(calls) / limit, features, baseline, calls)

    def _takeover(self, sub: str) -> Hit | None:
        profile = self.profiles[sub]
        swaps = [w for w in profile.swaps if 0 <= self.watermark - w.at <= self.th.swap_horizon_s]
        if not swaps:
            return None
        swap = swaps[-1]
        after = [s for s in self._window(sub, "sim_swap_takeover", self.th.swap_horizon_s) if s.at >= swap.at]
        risky = [s for s in after if s.direction == "out" and (s.premium or s.foreign)]
        premium = [s for s in risky if s.premium]
        foreign = [s for s in risky if not s.premium]
        score = max(len(premium) / 1, len(foreign) / self.th.swap_foreign_calls)
        if score < 1:
            return None
        features = {
            "seconds_since_swap": round(max(s.at for s in risky) - swap.at, 1),
            "premium_calls_since_swap": len(premium),
            "foreign_calls_since_swap": len(foreign),
        }
        baseline = {"foreign_out_per_window": round(profile.usual("foreign_out", self.th.window_s, self.watermark), 2)}
        note = f"{swap.swap_id}: SIM swap to ICCID {swap.iccid}, IMEI {swap.imei}"
        return Hit("sim_swap_takeover", score, features, baseline, risky, note=note)

    def _sim_box(self, sub: str) -> Hit | None:
        window = self._window(sub, "sim_box")
        out = [s for s in window if s.type == "voice" and s.direction == "out" and not s.foreign]
        limit = self._limit(sub, "sim_box", "voice_out", self.th.box_calls)
        if len(out) < limit:
            return None
        # Judged over the burst: the records since the line last used data. What it did before it
        # turned into a box is not held against it, but each call it received or data record it
        # used in the window before the burst asks for one more call in it: a busy line that also
        # receives calls and uses data makes a short run of outgoing calls by chance, a box does
        # not stop making them.
        last_data = max((s.at for s in window if s.type == "data"), default=float("-inf"))
        burst = [s for s in window if s.at > last_data]
        calls = [s for s in out if s.at > last_data]
        received = sum(1 for s in burst if s.type == "voice" and s.direction == "in")
        mixed_before = sum(
            1 for s in window if s.at <= last_data and (s.type == "data" or (s.type == "voice" and s.direction == "in"))
        )
        distinct = len({s.other for s in calls})
        places = {s.place for s in burst}
        if (
            len(calls) < limit + mixed_before
            or distinct < self.th.box_distinct
            or received > self.th.box_in_share * len(calls)
            or len(places) > 1
        ):
            return None
        features = {"outgoing_calls": len(out), "distinct_numbers": distinct, "received_calls": received,
                    "data_records": 0}  # fmt: skip
        usual = self.profiles[sub].usual("voice_out", self.th.window_s, self.watermark)
        return Hit("sim_box", len(out) / limit, features, {"outgoing_calls_per_window": round(usual, 2)}, out)

    def _sms_spam(self, sub: str) -> Hit | None:
        sms = [s for s in self._window(sub, "sms_spam") if s.type == "sms" and s.direction == "out"]
        distinct = len({s.other for s in sms})
        limit = self._limit(sub, "sms_spam", "sms_out", self.th.sms)
        if len(sms) < limit or distinct < self.th.sms_distinct:
            return None
        features = {"sms_sent": len(sms), "distinct_recipients": distinct}
        baseline = {"sms_per_window": round(self.profiles[sub].usual("sms_out", self.th.window_s, self.watermark), 2)}
        return Hit("sms_spam", len(sms) / limit, features, baseline, sms)

    def travel_s(self, a: tuple[str, str], b: tuple[str, str]) -> float:
        """The fastest a line can move between two places."""
        if a == b:
            return 0.0
        if a[0] == b[0] == "region":
            return self.th.region_travel_s
        return self.th.abroad_travel_s

    def _travel(self, travel: Travel, s: Seen) -> None:
        """Take ``s`` into the line's travel: if any record of a place is too close to reach ``s``
        from, that place's latest one is, and the newest such record is the conflict."""
        near = [
            p for p in travel.latest.values()
            if s.at - p.at < self.th.abroad_travel_s and s.at - p.at < self.travel_s(p.place, s.place)
        ]  # fmt: skip
        if near:
            travel.conflicts.append((max(near, key=lambda p: p.at), s))
        travel.latest[s.place] = s

    def _impossible_travel(self, sub: str) -> Hit | None:
        since = self.cleared.get((sub, "impossible_travel"), float("-inf"))
        start = self.watermark - self.th.window_s
        travel = self.travels[sub]
        while travel.conflicts and travel.conflicts[0][1].at <= start:  # out of the window for good
            travel.conflicts.pop(0)
        conflicts = [(a, b) for a, b in travel.conflicts if b.at > since]
        if len(conflicts) < self.th.travel_conflicts:
            return None
        places = sorted({p for pair in conflicts for p in (pair[0].place[1], pair[1].place[1])})
        gap = min(b.at - a.at for a, b in conflicts)
        features = {"conflicts": len(conflicts), "places": len(places), "shortest_gap_s": round(gap, 1)}
        baseline = {"fastest_travel_s": min(self.travel_s(a.place, b.place) for a, b in conflicts)}
        evidence = [x for pair in conflicts for x in pair]
        return Hit("impossible_travel", len(conflicts) / self.th.travel_conflicts, features, baseline, evidence)

    def _wangiri(self, number: str) -> list[tuple[str, Hit]]:
        """The lines that called back ``number`` after it rang many lines once, in the window."""
        start = self.watermark - self.th.window_s
        for calls in (self.rings, self.callbacks):
            calls[number] = [c for c in calls[number] if c.at > start]
        rings, targets = self.rings[number], {c.subscriber for c in self.rings[number]}
        if len(targets) < self.th.ring_targets:
            return []
        hits = []
        for sub in dict.fromkeys(c.subscriber for c in self.callbacks[number]):
            since = self.cleared.get((sub, "wangiri"), float("-inf"))
            back = [_seen(c) for c in self.callbacks[number] if c.subscriber == sub and c.at > since]
            if back:
                features = {"lines_rung": len(targets), "one_ring_calls": len(rings), "calls_back": len(back)}
                hits.append((sub, Hit("wangiri", len(targets) / self.th.ring_targets, features, {}, back, number)))
        return hits

    # -- cases -----------------------------------------------------------------------------------
    def _apply(self, sub: str, hit: Hit) -> FraudCase | None:
        key = (sub, hit.kind)
        last = max(s.at for s in hit.evidence) if hit.evidence else self.watermark
        evidence = [s.describe() for s in hit.evidence[-MAX_EVIDENCE:]]
        if hit.note:
            evidence.insert(0, hit.note)
        case_id = self.open.get(key)
        if case_id is None:
            self.serial[key] += 1
            case_id = f"fc-{sub}-{hit.kind}-{self.serial[key]}"
            self.open[key] = case_id
            at = now()
            case = FraudCase(
                case_id=case_id,
                subscriber=sub,
                kind=hit.kind,
                state="open",
                score=round(hit.score, 2),
                number=hit.number,
                features=dict(hit.features),
                baseline=dict(hit.baseline),
                evidence=evidence,
                spend_per_hour=self.spend_per_hour(hit.evidence),
                opened_at=at,
                first_record_at=min(s.at for s in hit.evidence) if hit.evidence else self.watermark,
                last_seen_at=last,
                updated_at=at,
            )
            self.cases[case_id] = case
            return case
        case = self.cases[case_id]
        if last <= case.last_seen_at:
            return None
        case = case.model_copy(
            update={
                "score": round(max(case.score, hit.score), 2),
                "features": dict(hit.features),
                "spend_per_hour": self.spend_per_hour(hit.evidence) or case.spend_per_hour,
                "evidence": list(dict.fromkeys([*case.evidence, *evidence]))[-2 * MAX_EVIDENCE :],
                "last_seen_at": last,
                "updated_at": now(),
            }
        )
        self.cases[case_id] = case
        return case

    def spend_per_hour(self, records: list[Seen]) -> Decimal | None:
        """The premium and high-cost calls' charges per hour over their span (a minute at least)."""
        assert self.estate.rating is not None
        spend = Decimal(0)
        for s in records:
            found = self.estate.rating.premium_range(s.other) if s.premium and s.other else None
            spend += found.voice_per_min * s.duration_s / 60 if found else 0
        if not spend:
            return None
        span = max(60.0, max(s.at for s in records) - min(s.at for s in records))
        return (spend * 3600 / Decimal(str(span))).quantize(Decimal("0.01"))

    def close_quiet(self, watermark: float | None = None) -> list[FraudCase]:
        """Close the cases whose line has been quiet for ``quiet_s`` of event time."""
        if watermark is not None:
            self.watermark = max(self.watermark, watermark)
        closed = []
        for key, case_id in list(self.open.items()):
            case = self.cases[case_id]
            if self.watermark - case.last_seen_at < self.th.quiet_s:
                continue
            case = case.model_copy(update={"state": "closed", "closed_at": now(), "updated_at": now()})
            self.cases[case_id] = case
            del self.open[key]
            self.cleared[key] = case.last_seen_at
            closed.append(case)
        return closed

    def mark_false_positive(self, case: FraudCase, by: Actor) -> list[FraudCase]:
        """A person's mark (carrying the case as they saw it): the case as it now stands, once."""
        current = self.cases.get(case.case_id, case)
        if current.state == "false_positive":
            return []
        self.false_positive(current)
        at = now()
        marked = current.model_copy(update={"state": "false_positive", "closed_at": current.closed_at or at,
                                            "updated_at": at, "marked_by": by})  # fmt: skip
        self.cases[case.case_id] = marked
        return [marked]

    def false_positive(self, case: FraudCase) -> None:
        """A person cleared this case: the line may do as much again without a case of this kind."""
        names = {"irsf": "premium_out", "sim_box": "voice_out", "sms_spam": "sms_out"}
        name = names.get(case.kind)
        if name is not None:
            measured = max(case.features.values(), default=0.0)
            self.profiles[case.subscriber].allowed[case.kind] = {name: measured}
            self.changed.add(case.subscriber)
        self.cleared[(case.subscriber, case.kind)] = max(case.last_seen_at, self.watermark)
        self.open.pop((case.subscriber, case.kind), None)
