"""The twin's usage: every subscriber's records, forwarded by its site's mediation point (EVALS.md §3).

A billing scenario is played in two steps. ``plan_usage`` works out, from the seed alone, every
record the subscribers make (background usage plus the scenario's events) and how the mediation
delivers it: most within a second, a share late (out of order, up to ``max_delay_s``), a share twice,
a few broken, and a site's whole backlog at the end of its outage. ``UsageTwin`` then plays that
plan at wall speed from ``t0``: each record goes to ``sim.usage`` (the ground truth) when it is made
and to ``usage.records`` when the mediation delivers it. Whatever is still held when the scenario
ends is delivered then. Purchases are handed to a callback (the intent path) at their time.
"""

from __future__ import annotations

import asyncio
import logging
import math
import random
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import orjson
import phonenumbers
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts.usage import E164
from nerve.errors import SimulationError
from nerve.estate import Estate, load_yaml

log = logging.getLogger(__name__)

ON_TIME_S = 0.5  # mediation delivers an on-time record within this
SPREAD_S = 10.0  # heavy data, international and premium calls are spread over about this long
CHUNKS = 20  # records a heavy_data event is made of
MAX_CALL_MIN = 10  # longest single call of an intl_calls or premium_calls event
ROAM_RATE_PER_S = 0.5  # extra records a subscriber abroad makes
TICK_S = 0.1  # the twin looks for due records at least this often
BATCH_MAX = 50  # records of one subscriber a mediation point puts in one message


class _Model(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)


class UsageMix(_Model):
    rate_per_s: float = Field(default=2.0, ge=0)
    late_share: float = Field(default=0.0, ge=0, le=1)
    max_delay_s: float = Field(default=0.0, ge=0)
    duplicate_share: float = Field(default=0.0, ge=0, le=1)
    malformed_share: float = Field(default=0.0, ge=0, le=1)


EventKind = Literal["roam", "heavy_data", "intl_calls", "premium_calls", "outage_of_mediation", "purchase"]
NEEDS: dict[str, tuple[str, ...]] = {
    "roam": ("subscriber", "country"),
    "heavy_data": ("subscriber", "gb"),
    "intl_calls": ("subscriber", "country", "minutes"),
    "premium_calls": ("subscriber", "number", "minutes"),
    "outage_of_mediation": ("site",),
    "purchase": ("subscriber", "offer"),
}


class UsageEvent(_Model):
    at_s: float = Field(ge=0)
    kind: EventKind
    subscriber: str | None = None
    country: str | None = None
    until_s: float | None = None
    gb: float | None = Field(default=None, gt=0)
    app_category: str | None = None
    minutes: float | None = Field(default=None, gt=0)
    number: str | None = None
    site: str | None = None
    offer: str | None = None

    @model_validator(mode="after")
    def _fields(self) -> UsageEvent:
        missing = [f for f in NEEDS[self.kind] if getattr(self, f) is None]
        if missing:
            raise ValueError(f"a {self.kind} event needs {', '.join(missing)}")
        return self


class BillingScenario(_Model):
    id: str
    description: str = ""
    duration_s: float = Field(gt=0)
    seed: int = 0
    usage: UsageMix = UsageMix()
    events: list[UsageEvent] = []


def load_billing_scenario(path: Path) -> BillingScenario:
    """One scenario file; ``expect`` is dropped here, so nothing that runs it can see it."""
    try:
        data = load_yaml(path.read_text())
    except (OSError, yaml.YAMLError) as exc:
        raise SimulationError(f"{path}: cannot read scenario: {exc}") from exc
    if not isinstance(data, dict):
        raise SimulationError(f"{path}: a scenario is a mapping")
    data.pop("expect", None)
    try:
        return BillingScenario.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        raise SimulationError(f"{path}: not a valid billing scenario: {err['msg']} at {err['loc']}") from exc


def load_billing_scenarios(paths: list[Path]) -> list[BillingScenario]:
    files: list[Path] = []
    for p in paths:
        files += sorted([*p.glob("*.yaml"), *p.glob("*.yml")]) if p.is_dir() else [p]
    return [load_billing_scenario(f) for f in files]


def check_billing_scenario(scenario: BillingScenario, estate: Estate) -> None:
    """Fail before starting when an event names something the estate does not have."""
    for e in scenario.events:
        if e.subscriber is not None and e.subscriber not in estate.subscriber:
            raise SimulationError(f"{scenario.id}: unknown subscriber {e.subscriber!r}")
        if e.site is not None and e.site not in estate.topology.site:
            raise SimulationError(f"{scenario.id}: unknown site {e.site!r}")
        if e.offer is not None and e.offer not in estate.catalog.by_id:
            raise SimulationError(f"{scenario.id}: unknown offer {e.offer!r}")
        if e.country is not None and phonenumbers.country_code_for_region(e.country.upper()) == 0:
            raise SimulationError(f"{scenario.id}: unknown country {e.country!r}")
        if e.number is not None and not E164.match(e.number):
            raise SimulationError(f"{scenario.id}: {e.number!r} is not an E.164 number")


@dataclass(order=True)
class Delivery:
    """One record as the mediation will forward it (``value``: its JSON), at ``at_s``."""

    at_s: float
    seq: int
    key: str | None = field(compare=False)
    value: bytes = field(compare=False)
    alone: bool = field(default=False, compare=False)  # broken in transit: its own message, not in a batch


def batches(deliveries: list[Delivery], size: int) -> list[tuple[str | None, bytes, int]]:
    """The messages that carry these deliveries: per subscriber, ``size`` records at most to a
    ``UsageBatch``, in delivery order; a record broken in transit goes alone. (key, value, records)."""
    out: list[tuple[str | None, bytes, int]] = []
    open_: dict[str | None, list[bytes]] = {}
    for d in deliveries:
        if d.alone:
            out.append((d.key, d.value, 1))
            continue
        group = open_.setdefault(d.key, [])
        group.append(d.value)
        if len(group) >= size:
            out.append((d.key, _batch(group), len(group)))
            open_[d.key] = []
    out += [(key, _batch(group), len(group)) for key, group in open_.items() if group]
    return out


def _batch(values: list[bytes]) -> bytes:
    return b'{"schema_version":1,"records":[' + b",".join(values) + b"]}"


@dataclass
class UsagePlan:
    """What the twin will make (``records``, the truth) and what the mediation will send (``deliveries``)."""

    records: list[dict[str, Any]]  # record fields with ``at_s`` (scenario seconds) instead of ``at``
    deliveries: list[Delivery]
    malformed: int
    purchases: list[UsageEvent]


class _Numbers:
    """Phone numbers of a country, valid by its numbering plan (``phonenumbers``)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def of(self, country: str) -> str:
        region = country.upper()
        example = phonenumbers.example_number_for_type(
            region, phonenumbers.PhoneNumberType.MOBILE
        ) or phonenumbers.example_number(region)
        code = phonenumbers.country_code_for_region(region)
        if example is None:
            return f"+{code}{self.rng.randint(10**7, 10**8 - 1)}"
        national = str(example.national_number)
        for _ in range(20):
            tail = "".join(str(self.rng.randint(0, 9)) for _ in range(min(4, len(national) - 1)))
            candidate = phonenumbers.parse(f"+{code}{national[: len(national) - len(tail)]}{tail}")
            if phonenumbers.is_valid_number(candidate):
                return phonenumbers.format_number(candidate, phonenumbers.PhoneNumberFormat.E164)
        return phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164)


class _Planner:
    def __init__(self, estate: Estate, scenario: BillingScenario) -> None:
        self.estate = estate
        self.scenario = scenario
        self.rng = random.Random(scenario.seed)
        self.numbers = _Numbers(self.rng)
        self.active = [s for s in estate.subscribers if s.status == "active"]
        zero_rated = {
            c
            for o in estate.catalog.offers
            for v in [(o.fulfilment.network or {}).get("zero_rating")]
            for c in (v if isinstance(v, list) else [v] if isinstance(v, str) else [])
        }
        self.categories = sorted(zero_rated | {"web", "social", "other"})
        self.foreign = sorted({c for cs in estate.catalog.roaming_zones.values() for c in cs})
        self.records: list[dict[str, Any]] = []
        self.n = 0

    def _abroad(self, sub: str, at_s: float) -> str | None:
        for e in self.scenario.events:
            if e.kind == "roam" and e.subscriber == sub and e.at_s <= at_s < (e.until_s or math.inf):
                return (e.country or "").upper()
        return None

    def _other_party(self, sub: str) -> str:
        if self.rng.random() < 0.15 and self.foreign:
            return self.numbers.of(self.rng.choice(self.foreign))
        others = [s.msisdn for s in self.active if s.id != sub] or [self.estate.subscriber[sub].msisdn]
        return self.rng.choice(others)

    def record(self, sub: str, at_s: float, kind: str, **fields: Any) -> None:
        subscriber = self.estate.subscriber[sub]
        self.n += 1
        country = self._abroad(sub, at_s)
        rec: dict[str, Any] = {
            "usage_id": f"u-{self.scenario.seed}-{self.n:06d}",
            "subscriber": sub,
            "msisdn": subscriber.msisdn,
            "type": kind,
            "at_s": round(at_s, 3),
            **fields,
            "cell": None if country else subscriber.home_cell,
            "roaming_country": country,
            "site": self.estate.topology.cell[subscriber.home_cell].site,
        }
        self.records.append(rec)

    def background(self, sub: str, at_s: float) -> None:
        roll = self.rng.random()
        if roll < 0.6:
            self.record(
                sub,
                at_s,
                "data",
                bytes=self.rng.randint(50_000, 20_000_000),
                app_category=self.rng.choice(self.categories),
            )
        else:
            kind = "voice" if roll < 0.85 else "sms"
            extra = {"duration_s": self.rng.randint(5, 600)} if kind == "voice" else {}
            direction = "out" if self.rng.random() < 0.6 else "in"
            self.record(sub, at_s, kind, direction=direction, other_party=self._other_party(sub), **extra)

    def calls(self, e: UsageEvent) -> None:
        """An intl_calls or premium_calls event: its minutes as calls of at most ``MAX_CALL_MIN``."""
        total_s = round((e.minutes or 0) * 60)
        n = max(1, math.ceil(total_s / (MAX_CALL_MIN * 60)))
        for i in range(n):
            duration = total_s // n + (1 if i < total_s % n else 0)
            at = e.at_s + SPREAD_S * i / n
            assert e.subscriber is not None
            number = e.number if e.kind == "premium_calls" else self.numbers.of(e.country or "")
            self.record(e.subscriber, at, "voice", duration_s=duration, direction="out", other_party=number)

    def plan(self) -> list[dict[str, Any]]:
        sc = self.scenario
        end = sc.duration_s
        if sc.usage.rate_per_s > 0 and self.active:
            at = self.rng.expovariate(sc.usage.rate_per_s)
            while at < end:
                self.background(self.rng.choice(self.active).id, at)
                at += self.rng.expovariate(sc.usage.rate_per_s)
        for e in sorted(sc.events, key=lambda e: e.at_s):
            if e.at_s >= end:
                continue
            sub = e.subscriber
            if e.kind == "roam":
                assert sub is not None
                at = e.at_s + self.rng.expovariate(ROAM_RATE_PER_S)
                while at < min(end, e.until_s or end):
                    self.background(sub, at)
                    at += self.rng.expovariate(ROAM_RATE_PER_S)
            elif e.kind == "heavy_data":
                assert sub is not None and e.gb is not None
                total = round(e.gb * 1_000_000_000)
                for i in range(CHUNKS):
                    size = total // CHUNKS + (total % CHUNKS if i == CHUNKS - 1 else 0)
                    self.record(
                        sub, e.at_s + SPREAD_S * i / CHUNKS, "data", bytes=size, app_category=e.app_category or "other"
                    )
            elif e.kind in ("intl_calls", "premium_calls"):
                self.calls(e)
        self.records = [r for r in self.records if r["at_s"] < end]
        self.records.sort(key=lambda r: (r["at_s"], r["usage_id"]))
        return self.records


def _down_until(scenario: BillingScenario, site: str, at_s: float) -> float | None:
    """When the site's mediation comes back, if it is down at ``at_s``."""
    for e in scenario.events:
        if e.kind == "outage_of_mediation" and e.site == site and e.at_s <= at_s < (e.until_s or math.inf):
            return e.until_s or scenario.duration_s
    return None


CUT_OFF = 0
BREAKS: list[Callable[[dict[str, Any]], bytes]] = [
    lambda r: orjson.dumps(r)[:-7],  # CUT_OFF in transit: its message does not parse
    lambda r: orjson.dumps({k: v for k, v in r.items() if k != "type"}),
    lambda r: orjson.dumps({**r, "msisdn": "0" + r["msisdn"].lstrip("+")}),
    lambda r: orjson.dumps({**r, "type": "mms"}),
    lambda r: orjson.dumps({**r, "at": "yesterday"}),
    lambda r: orjson.dumps({**r, "subscriber": r["subscriber"] + "-x"}),
]


def plan_usage(estate: Estate, scenario: BillingScenario, t0: float) -> UsagePlan:
    """Every record of the scenario and its deliveries, in scenario seconds (event times ``t0 + at_s``)."""
    check_billing_scenario(scenario, estate)
    planner = _Planner(estate, scenario)
    records = planner.plan()
    mix = scenario.usage
    rng = random.Random(scenario.seed + 1)  # the mediation's own dice: the records do not depend on them
    deliveries: list[Delivery] = []
    malformed = 0

    def deliver(at_s: float, key: str | None, value: bytes, alone: bool = False) -> None:
        deliveries.append(Delivery(round(at_s, 3), len(deliveries), key, value, alone))

    for rec in records:
        wire = _wire(rec, t0)
        value = orjson.dumps(wire)
        late = rng.random() < mix.late_share and mix.max_delay_s > 0
        delay = rng.uniform(1.0, max(1.0, mix.max_delay_s)) if late else rng.uniform(0.0, ON_TIME_S)
        at = rec["at_s"] + delay
        back = _down_until(scenario, rec["site"], rec["at_s"]) or _down_until(scenario, rec["site"], at)
        if back is not None:
            at = max(at, back + rng.uniform(0.0, ON_TIME_S))
        deliver(at, rec["subscriber"], value)
        if rng.random() < mix.duplicate_share:
            deliver(at + rng.uniform(0.0, max(ON_TIME_S, mix.max_delay_s)), rec["subscriber"], value)
        if rng.random() < mix.malformed_share:
            malformed += 1
            broken = {**wire, "usage_id": f"{rec['usage_id']}-bad"}
            how = rng.randrange(len(BREAKS))
            deliver(rec["at_s"] + ON_TIME_S, rec["subscriber"], BREAKS[how](broken), alone=how == CUT_OFF)
    deliveries.sort()
    purchases = sorted((e for e in scenario.events if e.kind == "purchase"), key=lambda e: e.at_s)
    return UsagePlan(records, deliveries, malformed, purchases)


def _wire(rec: dict[str, Any], t0: float) -> dict[str, Any]:
    """A planned record as the mediation sends it: event time in epoch seconds, no empty fields."""
    out = {k: v for k, v in rec.items() if k != "at_s" and v is not None}
    out["at"] = round(t0 + rec["at_s"], 3)
    return out


Purchase = Callable[[UsageEvent], Coroutine[Any, Any, None]]


class UsageTwin:
    """Plays a ``UsagePlan`` at wall speed from ``t0``."""

    def __init__(self, bus: Bus, plan: UsagePlan, t0: float, *, purchase: Purchase | None = None) -> None:
        self.bus = bus
        self.plan = plan
        self.t0 = t0
        self.purchase = purchase
        self.sent = 0
        self._tasks: list[asyncio.Task[None]] = []

    async def run(self, duration_s: float) -> None:
        """Play the plan until ``duration_s``, then deliver what is still held and wait for the purchases."""
        records = list(self.plan.records)  # sorted by event time
        pending = list(self.plan.deliveries)  # sorted by delivery time
        purchases = list(self.plan.purchases)
        while records or pending:
            s = time.time() - self.t0
            ended = s >= duration_s
            while records and (records[0]["at_s"] <= s or ended):
                rec = records.pop(0)
                await self.bus.publish_raw(t.SIM_USAGE, orjson.dumps(_wire(rec, self.t0)), key=rec["usage_id"])
            while purchases and purchases[0].at_s <= s:
                e = purchases.pop(0)
                if self.purchase is not None and not ended:
                    self._tasks.append(asyncio.create_task(self.purchase(e), name=f"purchase-{e.subscriber}"))
            batch: list[Delivery] = []
            while pending and (pending[0].at_s <= s or ended):
                batch.append(pending.pop(0))
            if batch:
                messages = batches(batch, BATCH_MAX)
                await asyncio.gather(*(self.bus.publish_raw(t.USAGE, value, key=key) for key, value, _ in messages))
                self.sent += len(batch)
            due = [records[0]["at_s"]] if records else []
            due += [pending[0].at_s] if pending else []
            if not ended:
                await asyncio.sleep(min([TICK_S, *(max(0.0, d - (time.time() - self.t0)) for d in due)]))
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
