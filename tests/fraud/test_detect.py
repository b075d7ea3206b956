"""The fraud rules on every operator: each kind is found, and each look-alike stays quiet.

Records are made here as each behaviour of fraud.yaml reads, from the estate's own numbers,
premium ranges, regions and countries, and fed to the detector in event-time order."""

from __future__ import annotations

import random
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import phonenumbers
import pytest
from aiokafka.partitioner import DefaultPartitioner

from nerve import topics as t
from nerve.contracts import Actor, FraudCase, NumberCall, SimSwap, UsageRecord
from nerve.estate import Estate, Subscriber, load_estate
from streams.fraud_detect import FraudDetector
from tests.support.estates import estate_params

T0 = 1_000_000.0
PERSON = Actor(kind="person", id="noc-1")


class Lines:
    """Records for one estate's lines."""

    def __init__(self, estate: Estate) -> None:
        self.estate = estate
        self.rng = random.Random(5)
        self.n = 0
        self.home = estate.catalog.operator.home_country.upper()
        active = [s for s in estate.subscribers if s.status == "active"]
        self.subs = active
        foreign = sorted({c for cs in estate.catalog.roaming_zones.values() for c in cs} - {self.home})
        self.abroad = foreign[0]

    def number(self, country: str) -> str:
        example = phonenumbers.example_number_for_type(country, phonenumbers.PhoneNumberType.MOBILE)
        assert example is not None
        national = str(example.national_number)
        tail = str(self.rng.randint(100, 999))
        return f"+{example.country_code}{national[:-3]}{tail}"

    def premium(self) -> str:
        assert self.estate.rating is not None
        prefix = self.rng.choice(self.estate.rating.premium.ranges).prefix
        return prefix + "".join(str(self.rng.randint(0, 9)) for _ in range(max(4, 12 - len(prefix))))

    def record(self, sub: Subscriber, at: float, kind: str, *, abroad: str | None = None, cell: str | None = None,
               **fields: object) -> UsageRecord:  # fmt: skip
        self.n += 1
        where = {"roaming_country": abroad} if abroad else {"cell": cell or sub.home_cell}
        return UsageRecord.model_validate(
            {"usage_id": f"t-{self.n}", "subscriber": sub.id, "msisdn": sub.msisdn, "type": kind, "at": T0 + at,
             "site": self.estate.topology.cell[sub.home_cell].site, **where, **fields}
        )  # fmt: skip

    def call(
        self, sub: Subscriber, at: float, number: str, seconds: int, direction: str = "out", **kw: object
    ) -> UsageRecord:
        return self.record(sub, at, "voice", direction=direction, other_party=number, duration_s=seconds, **kw)

    def ordinary(self, sub: Subscriber, start: float, end: float, every: float = 8.0) -> Iterator[UsageRecord]:
        at = start
        while at < end:
            roll = self.rng.random()
            if roll < 0.6:
                yield self.record(sub, at, "data", bytes=1_000_000, app_category="web")
            else:
                other = self.rng.choice([s.msisdn for s in self.subs if s.id != sub.id])
                yield self.call(sub, at, other, 60, direction="out" if roll < 0.8 else "in")
            at += every


def _run(estate: Estate, records: list[UsageRecord], swaps: list[SimSwap] = ()) -> FraudDetector:  # type: ignore[assignment]
    detector = FraudDetector(estate)
    events: list[tuple[float, object]] = [(r.at, r) for r in records] + [(s.at, s) for s in swaps]
    for _, e in sorted(events, key=lambda x: x[0]):
        if isinstance(e, SimSwap):
            detector.add_swap(e)
        else:
            assert isinstance(e, UsageRecord)
            detector.add(e)
            if (call := detector.by_number(e)) is not None:
                detector.add_call(call)
    return detector


def _kinds(detector: FraudDetector) -> set[tuple[str, str]]:
    return {(c.subscriber, c.kind) for c in detector.cases.values()}


def _swap(sub: Subscriber, at: float) -> SimSwap:
    return SimSwap(
        swap_id=f"sw-{sub.id}", subscriber=sub.id, msisdn=sub.msisdn, iccid="8" * 19, imei="3" * 15, at=T0 + at
    )


@pytest.fixture(params=estate_params())
def lines(request: pytest.FixtureRequest) -> Lines:
    return Lines(load_estate(Path(request.param)))


def _background(lines: Lines, skip: set[str], end: float = 120.0) -> list[UsageRecord]:
    return [r for s in lines.subs if s.id not in skip for r in lines.ordinary(s, lines.rng.random() * 8, end, 20.0)]


def test_irsf_is_found_and_a_family_calling_abroad_is_not(lines: Lines) -> None:
    fraud, family = lines.subs[0], lines.subs[1]
    relatives = [lines.number(lines.abroad), lines.number(lines.abroad)]
    records = [lines.call(fraud, 30 + 5 * i, lines.premium(), 180) for i in range(6)]
    records += [lines.call(family, 10 + 6 * i, relatives[i % 2], 1800) for i in range(15)]
    found = _kinds(_run(lines.estate, records + _background(lines, {fraud.id, family.id})))
    assert found == {(fraud.id, "irsf")}


def test_a_sim_box_is_found_and_a_busy_business_line_is_not(lines: Lines) -> None:
    box, business = lines.subs[2], lines.subs[3]
    records = [lines.call(box, 20 + 3 * i, lines.number(lines.home), 120) for i in range(20)]
    for i in range(40):
        at = 10 + 1.5 * i
        roll = i % 5
        if roll == 0:
            records.append(lines.record(business, at, "data", bytes=5_000_000, app_category="web"))
        else:
            records.append(lines.call(business, at, lines.number(lines.home), 200, "out" if roll < 3 else "in"))
    found = _kinds(_run(lines.estate, records + _background(lines, {box.id, business.id})))
    assert found == {(box.id, "sim_box")}


def test_a_takeover_is_found_and_a_new_phone_is_not(lines: Lines) -> None:
    taken, fresh = lines.subs[4], lines.subs[5]
    records = [lines.call(taken, 22 + 5 * i, lines.premium() if i % 2 else lines.number(lines.abroad), 200)
               for i in range(4)]  # fmt: skip
    records += list(lines.ordinary(fresh, 16, 120, 6.0))
    records.append(lines.call(fresh, 40, lines.number(lines.abroad), 300))  # one call abroad is ordinary
    swaps = [_swap(taken, 20), _swap(fresh, 15)]
    found = _kinds(_run(lines.estate, records + _background(lines, {taken.id, fresh.id}), swaps))
    assert found == {(taken.id, "sim_swap_takeover")}


def test_sms_spam_is_found_and_a_heavy_streamer_is_not(lines: Lines) -> None:
    spammer, streamer = lines.subs[6], lines.subs[7]
    records = [lines.record(spammer, 20 + 2 * i, "sms", direction="out", other_party=lines.number(lines.home))
               for i in range(15)]  # fmt: skip
    records += [lines.record(streamer, 5 + 2 * i, "data", bytes=1_500_000_000, app_category="video") for i in range(40)]
    found = _kinds(_run(lines.estate, records + _background(lines, {spammer.id, streamer.id})))
    assert found == {(spammer.id, "sms_spam")}


def test_a_cloned_sim_is_found_and_a_traveller_is_not(lines: Lines) -> None:
    clone, traveller = lines.subs[8], lines.subs[9]
    topo = lines.estate.topology
    far = [c.id for c in topo.cells if topo.region_of(c.id) != topo.region_of(clone.home_cell)]
    records = []
    for i in range(8):
        away: dict[str, object] = ({"cell": far[0]} if far else {"abroad": lines.abroad}) if i % 2 else {}
        records.append(lines.record(clone, 20 + 4 * i, "data", bytes=10_000, app_category="web", **away))
    records += list(lines.ordinary(traveller, 30, 120, 5.0))
    abroad = {"cell": None, "roaming_country": lines.abroad}
    records = [r if r.subscriber != traveller.id else r.model_copy(update=abroad) for r in records]
    found = _kinds(_run(lines.estate, records + _background(lines, {clone.id, traveller.id})))
    assert found == {(clone.id, "impossible_travel")}


def test_wangiri_is_a_case_on_the_line_that_called_back_only(lines: Lines) -> None:
    assert lines.estate.rating is not None
    number = lines.premium()
    while number.startswith("+" + str(phonenumbers.country_code_for_region(lines.home))):
        number = lines.premium()
    victim, rung = lines.subs[10], lines.subs[:8]
    records = [lines.call(s, 20 + 2 * i, number, 1, direction="in") for i, s in enumerate([victim, *rung])]
    records.append(lines.call(victim, 24, number, 300))
    detector = _run(lines.estate, records + _background(lines, {victim.id}))
    assert _kinds(detector) == {(victim.id, "wangiri")}
    assert next(iter(detector.cases.values())).number == number
    quiet = _run(lines.estate, [r for r in records if r.direction == "in"])
    assert not quiet.cases, "lines that were only rung are not cases"


class Workers:
    """Fraud workers sharing the partitions as Faust shares them: each record reaches the worker that
    owns its key's partition (Kafka's default partitioner), a line's usage by the line, a call
    re-keyed by its number by the number."""

    def __init__(self, estate: Estate, n: int) -> None:
        self.detectors = [FraudDetector(estate) for _ in range(n)]
        self.partitions = list(range(t.USAGE.partitions))

    def owner(self, key: str) -> FraudDetector:
        partition = DefaultPartitioner()(key.encode(), self.partitions, self.partitions)
        return self.detectors[partition * len(self.detectors) // len(self.partitions)]

    def add(self, record: UsageRecord) -> None:
        line = self.owner(record.subscriber)
        line.add(record)
        if (call := line.by_number(record)) is not None:
            self.owner(call.number).add_call(NumberCall.from_bytes(call.to_bytes()))  # as on the topic

    def cases(self) -> list[FraudCase]:
        return [c for d in self.detectors for c in d.cases.values()]


def test_wangiri_is_found_when_its_calls_land_on_different_workers(lines: Lines) -> None:
    number = lines.premium()
    while number.startswith("+" + str(phonenumbers.country_code_for_region(lines.home))):
        number = lines.premium()
    workers = Workers(lines.estate, 2)
    victim = lines.subs[10]
    rung = [s for s in lines.subs if s.id != victim.id][:8]
    holders = {id(workers.owner(s.id)) for s in [victim, *rung]}
    assert len(holders) == 2, "the rung lines and the line that calls back are on both workers"
    records = [lines.call(s, 20 + 2 * i, number, 1, direction="in") for i, s in enumerate(rung)]
    records.append(lines.call(victim, 40, number, 300))
    for r in sorted(records + _background(lines, {victim.id}), key=lambda r: r.at):
        workers.add(r)
    (case,) = workers.cases()
    assert (case.subscriber, case.kind, case.number) == (victim.id, "wangiri", number)
    assert case.features["lines_rung"] == len(rung)
    # A person's mark, keyed as the API keys it, reaches the worker that holds the case.
    (marked,) = workers.owner(case.judged_by).mark_false_positive(case, PERSON)
    assert marked.state == "false_positive"
    workers.add(lines.call(victim, 50, number, 200))
    assert workers.cases() == [marked], "the cleared call-backs open no case again"


def test_a_case_closes_when_the_traffic_stops_and_a_cleared_line_may_do_it_again(lines: Lines) -> None:
    fraud = lines.subs[0]
    detector = _run(lines.estate, [lines.call(fraud, 10 + 5 * i, lines.premium(), 60) for i in range(4)])
    (case,) = detector.cases.values()
    assert case.state == "open"
    assert not detector.close_quiet(T0 + 30)
    (closed,) = detector.close_quiet(T0 + 60)
    assert closed.state == "closed"
    detector.false_positive(closed)
    for i in range(4):
        detector.add(lines.call(fraud, 80 + 5 * i, lines.premium(), 60))
    assert len(detector.cases) == 1, "the same use again, once a person cleared it, opens no case"
    for i in range(10):
        detector.add(lines.call(fraud, 100 + 2 * i, lines.premium(), 60))
    assert len(detector.cases) == 2, "much more than what was cleared is a case again"


def test_an_irsf_case_is_priced_at_the_ranges_rate_and_a_sim_box_is_not(lines: Lines) -> None:
    assert lines.estate.rating is not None
    fraud, box = lines.subs[0], lines.subs[2]
    band = lines.estate.rating.premium.ranges[0]
    records = [lines.call(fraud, 30 + 5 * i, f"{band.prefix}{4000 + i}", 180) for i in range(6)]
    records += [lines.call(box, 20 + 3 * i, lines.number(lines.home), 120) for i in range(20)]
    cases = {c.kind: c for c in _run(lines.estate, records).cases.values()}
    # Six 3-minute calls within a minute: 18 minutes at the range's rate each minute, 60 minutes an hour.
    assert cases["irsf"].spend_per_hour == (band.voice_per_min * 18 * 60).quantize(Decimal("0.01"))
    assert cases["sim_box"].spend_per_hour is None


def test_a_mark_closes_the_case_as_a_false_positive_once(lines: Lines) -> None:
    fraud = lines.subs[0]
    detector = _run(lines.estate, [lines.call(fraud, 10 + 5 * i, lines.premium(), 60) for i in range(4)])
    (case,) = detector.cases.values()
    (marked,) = detector.mark_false_positive(case, PERSON)
    assert (marked.case_id, marked.state, marked.closed_at is not None) == (case.case_id, "false_positive", True)
    assert marked.marked_by == PERSON
    assert detector.mark_false_positive(case, PERSON) == [], "a second mark of the same case changes nothing"
    for i in range(4):
        detector.add(lines.call(fraud, 40 + 5 * i, lines.premium(), 60))
    assert list(detector.cases.values()) == [marked], "the line may do as much again"


def test_a_busy_line_running_a_few_outgoing_calls_in_a_row_is_not_a_sim_box(lines: Lines) -> None:
    business, box = lines.subs[3], lines.subs[2]
    records = []
    for i in range(30):  # 45 s of calls both ways and data, as a busy business line makes them
        at, roll = 5 + 1.5 * i, i % 3
        if roll == 0:
            records.append(lines.record(business, at, "data", bytes=5_000_000, app_category="web"))
        else:
            records.append(lines.call(business, at, lines.number(lines.home), 200, "out" if roll == 1 else "in"))
    # then, by chance, ten outgoing calls in a row to different numbers
    records += [lines.call(business, 51 + 1.5 * i, lines.number(lines.home), 200) for i in range(10)]
    # a line that used a little data before it turned into a box is still a box
    records += [lines.record(box, 10 + i, "data", bytes=1_000_000, app_category="web") for i in range(2)]
    records += [lines.call(box, 20 + 2 * i, lines.number(lines.home), 120) for i in range(20)]
    assert _kinds(_run(lines.estate, records)) == {(box.id, "sim_box")}
