"""The twin's fraud: episodes of each kind and look-alike of the estate's fraud.yaml, in everyone's usage.

A fraud scenario (EVALS.md §4) is ordinary usage for everyone (``simulators.usage``, played by the
``UsageTwin``) plus episodes. Each episode makes its line's records as fraud.yaml describes the kind
(and a taken-over line's SIM swap on ``network.sim_swaps`` and its request through the intent path),
until a response that ends the kind is in force on the line: the twin follows the line controls the
BSS publishes on ``bss.subscriber.state``. A call a control forbids is not made (a barred line's
calls fail). Look-alikes run to the scenario's end. The ground truth of every episode (start, when
and by what it ended) goes to ``sim.fraud``.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
import phonenumbers
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import FraudTruth, SimSwap, SubscriberState, UsageBatch
from nerve.errors import SimulationError
from nerve.estate import Estate, load_yaml
from nerve.tail import TopicTail
from simulators.usage import BillingScenario, UsageEvent, UsageMix, UsagePlan, _Numbers, plan_usage

log = logging.getLogger(__name__)

TICK_S = 0.1
REQUEST_AFTER_S = 10.0  # a taken-over line asks for its risky change this long after the swap
CALLBACK_AFTER_S = 3.0  # a wangiri victim calls the number back this long after its ring
RATES = {  # default events per minute of each kind and look-alike (params.calls_per_min overrides)
    "irsf": 12.0,
    "wangiri": 30.0,
    "sim_swap_takeover": 12.0,
    "sim_box": 30.0,
    "sms_spam": 40.0,
    "impossible_travel": 12.0,
    "family_abroad": 4.0,
    "new_phone": 6.0,
    "traveller": 6.0,
    "busy_business": 40.0,
    "heavy_streamer": 20.0,
}
QUIET_BEFORE = {"traveller"}  # no home records before the episode: the realistic gap before the trip
QUIET_AFTER = {"sim_box"}  # the line does nothing else once it is a SIM box


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Params(_Model):
    calls_per_min: float | None = Field(default=None, gt=0)
    country: str | None = None
    number: str | None = None
    request: str | None = None


class Episode(_Model):
    at_s: float = Field(ge=0)
    kind: str
    subscriber: str
    params: Params = Params()


class FraudScenario(_Model):
    id: str
    description: str = ""
    duration_s: float = Field(gt=0)
    seed: int = 0
    usage: UsageMix = UsageMix()
    fraud: list[Episode] = []
    look_alikes: list[Episode] = []


def load_fraud_scenario(path: Path) -> FraudScenario:
    """One scenario file; ``expect`` is dropped here, so nothing that runs it can see it."""
    try:
        data = load_yaml(path.read_text())
    except (OSError, yaml.YAMLError) as exc:
        raise SimulationError(f"{path}: cannot read scenario: {exc}") from exc
    if not isinstance(data, dict):
        raise SimulationError(f"{path}: a scenario is a mapping")
    data.pop("expect", None)
    try:
        return FraudScenario.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        raise SimulationError(f"{path}: not a valid fraud scenario: {err['msg']} at {err['loc']}") from exc


def scenario_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for p in paths:
        files += sorted([*p.glob("*.yaml"), *p.glob("*.yml")]) if p.is_dir() else [p]
    return files


def check_fraud_scenario(scenario: FraudScenario, estate: Estate) -> None:
    """Fail before starting when an episode names something the estate does not have."""
    if estate.fraud is None:
        raise SimulationError(f"the estate at {estate.root} has no fraud.yaml")
    for e in scenario.fraud:
        if e.kind not in estate.fraud.kinds:
            raise SimulationError(f"{scenario.id}: {e.kind!r} is not a fraud kind of fraud.yaml")
    for e in scenario.look_alikes:
        if e.kind not in estate.fraud.look_alikes:
            raise SimulationError(f"{scenario.id}: {e.kind!r} is not a look-alike of fraud.yaml")
    for e in [*scenario.fraud, *scenario.look_alikes]:
        if e.subscriber not in estate.subscriber:
            raise SimulationError(f"{scenario.id}: unknown subscriber {e.subscriber!r}")
        if e.params.country is not None and phonenumbers.country_code_for_region(e.params.country.upper()) == 0:
            raise SimulationError(f"{scenario.id}: unknown country {e.params.country!r}")


def background(estate: Estate, scenario: FraudScenario, t0: float) -> UsagePlan:
    """Everyone's ordinary usage, less what an episode's line would not be doing."""
    travels = [
        UsageEvent(at_s=e.at_s, kind="roam", subscriber=e.subscriber, country=_abroad(estate, scenario, e))
        for e in scenario.look_alikes
        if e.kind == "traveller"
    ]
    plan = plan_usage(
        estate,
        BillingScenario(
            id=scenario.id, duration_s=scenario.duration_s, seed=scenario.seed, usage=scenario.usage, events=travels
        ),
        t0,
    )
    quiet_before = {e.subscriber: e.at_s for e in scenario.look_alikes if e.kind in QUIET_BEFORE}
    quiet_after = {e.subscriber: e.at_s for e in scenario.fraud if e.kind in QUIET_AFTER}

    def keep(sub: str, at_s: float) -> bool:
        return not (at_s < quiet_before.get(sub, -1.0) or at_s >= quiet_after.get(sub, float("inf")))

    plan.records = [r for r in plan.records if keep(r["subscriber"], r["at_s"])]
    kept = []
    for d in plan.deliveries:
        try:
            wire = orjson.loads(d.value)
            sub, at_s = str(wire["subscriber"]), float(wire["at"]) - t0
        except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
            kept.append(d)  # a broken record stays broken
            continue
        if keep(sub, at_s):
            kept.append(d)
    plan.deliveries = kept
    return plan


def _abroad(estate: Estate, scenario: FraudScenario, e: Episode) -> str:
    """The one country an episode's line is in, or calls, abroad (the same for its every record)."""
    if e.params.country:
        return e.params.country.upper()
    rng = random.Random(f"{scenario.seed}/{e.subscriber}/{e.kind}")
    home = estate.catalog.operator.home_country.upper()
    foreign = sorted({c for cs in estate.catalog.roaming_zones.values() for c in cs} - {home})
    return rng.choice(foreign) if foreign else ("US" if home != "US" else "CA")


Ask = Callable[[str, str], Coroutine[Any, Any, dict[str, Any]]]


@dataclass
class Run:
    """One episode being played."""

    episode: Episode
    look_alike: bool
    rng: random.Random
    next_s: float
    id: str
    number: str | None = None  # irsf / wangiri: the number; family_abroad: the family's
    country: str | None = None
    extra: list[str] = field(default_factory=list)  # family_abroad: the second number
    ring_order: list[str] = field(default_factory=list)  # wangiri: the lines it rings, in turn
    ended_s: float | None = None
    ended_by: str | None = None


class Controls:
    """The fraud responses in force per line, as the BSS line controls publish them."""

    def __init__(self, bus: Bus) -> None:
        self.by_line: dict[str, set[str]] = {}
        self._tail = TopicTail(bus, (t.SUBSCRIBER_STATE,), lambda message, live: self._put(message))

    def _put(self, message: Any) -> None:
        if isinstance(message, SubscriberState) and message.system == "line_control":
            self.by_line[message.subscriber] = set(message.controls)

    async def start(self) -> None:
        await self._tail.start()

    async def stop(self) -> None:
        await self._tail.stop()

    def on(self, sub: str) -> set[str]:
        return self.by_line.get(sub, set())

    def blocked(self, number: str) -> bool:
        return any(f"block_number:{number}" in c for c in self.by_line.values())


class FraudTwin:
    """Plays a scenario's episodes at wall speed from ``t0`` beside the ordinary usage."""

    def __init__(self, bus: Bus, estate: Estate, scenario: FraudScenario, t0: float, *, ask: Ask | None) -> None:
        check_fraud_scenario(scenario, estate)
        assert estate.fraud is not None and estate.rating is not None
        self.bus = bus
        self.estate = estate
        self.fraud = estate.fraud
        self.scenario = scenario
        self.t0 = t0
        self.ask = ask
        self.controls = Controls(bus)
        self.home = estate.catalog.operator.home_country.upper()
        rng = random.Random(scenario.seed + 7)
        self.numbers = _Numbers(random.Random(scenario.seed + 8))
        self.n = 0
        self.intents: list[dict[str, Any]] = []
        self._tasks: list[asyncio.Task[None]] = []
        self.runs = [
            self._start(e, look_alike, random.Random(rng.random()), i)
            for i, (e, look_alike) in enumerate(
                [*((e, False) for e in scenario.fraud), *((e, True) for e in scenario.look_alikes)]
            )
        ]

    # -- set-up ----------------------------------------------------------------------------------
    def _premium_number(self, rng: random.Random, kind: str | None = None) -> str:
        """A number in one of rating.yaml's premium ranges, foreign ranges first (so barring
        international calls stops it too), high-cost ones when ``kind`` asks for them."""
        assert self.estate.rating is not None
        ranges = self.estate.rating.premium.ranges
        code = str(phonenumbers.country_code_for_region(self.home))
        foreign = [r for r in ranges if not r.prefix.startswith("+" + code)] or ranges
        pick = [r for r in foreign if kind is None or r.kind == kind] or foreign
        prefix = rng.choice(pick).prefix
        digits = "".join(str(rng.randint(0, 9)) for _ in range(max(4, 12 - len(prefix))))
        return prefix + digits

    def _start(self, e: Episode, look_alike: bool, rng: random.Random, i: int) -> Run:
        run = Run(e, look_alike, rng, e.at_s, f"{self.scenario.id}/{i}-{e.kind}-{e.subscriber}")
        if e.kind == "irsf":
            run.number = e.params.number
        elif e.kind == "wangiri":
            run.number = e.params.number or self._premium_number(rng, "high_cost")
            others = [s.id for s in self.estate.subscribers if s.status == "active" and s.id != e.subscriber]
            rng.shuffle(others)
            run.ring_order = [e.subscriber, *others[:9]]
        elif e.kind in ("family_abroad", "traveller", "impossible_travel", "sim_swap_takeover", "new_phone"):
            run.country = _abroad(self.estate, self.scenario, e)
            if e.kind == "family_abroad":
                run.number = e.params.number or self.numbers.of(run.country)
                run.extra = [self.numbers.of(run.country)]
        return run

    # -- running ---------------------------------------------------------------------------------
    async def run(self) -> None:
        await self.controls.start()
        try:
            for r in self.runs:
                await self._truth(r)
            while True:
                s = time.time() - self.t0
                if s >= self.scenario.duration_s:
                    break
                for r in self.runs:
                    await self._step(r, s)
                await asyncio.sleep(TICK_S)
            if self._tasks:
                await asyncio.gather(*self._tasks, return_exceptions=True)
        finally:
            await self.controls.stop()

    async def _truth(self, r: Run) -> None:
        e = r.episode
        truth = FraudTruth(
            episode_id=r.id,
            kind=e.kind,
            subscriber=e.subscriber,
            look_alike=r.look_alike,
            start_at=self.t0 + e.at_s,
            ended_at=None if r.ended_s is None else self.t0 + r.ended_s,
            ended_by=r.ended_by,
        )
        await self.bus.publish(t.SIM_FRAUD, truth, key=r.id)

    def _ended_by(self, r: Run) -> str | None:
        """The response in force that ends this episode, if one is."""
        assert self.fraud is not None
        e = r.episode
        controls = self.controls.on(e.subscriber)
        if e.kind == "wangiri":
            return "block_number" if r.number and self.controls.blocked(r.number) else None
        return next((c for c in self.fraud.kinds[e.kind].ended_by if c in controls), None)

    async def _step(self, r: Run, s: float) -> None:
        e = r.episode
        if s < e.at_s or r.ended_s is not None:
            return
        if not r.look_alike and (ended := self._ended_by(r)) is not None:
            r.ended_s, r.ended_by = round(s, 3), ended
            log.info("%s ended by %s at %.1fs", r.id, ended, s)
            await self._truth(r)
            return
        if r.next_s == e.at_s and e.kind in ("sim_swap_takeover", "new_phone"):
            await self._swap(r, s)
            if e.kind == "sim_swap_takeover":
                self._tasks.append(asyncio.create_task(self._request(r), name=f"request-{e.subscriber}"))
            r.next_s = e.at_s + 2.0
        while r.next_s <= s:
            at = r.next_s
            rate = e.params.calls_per_min or RATES[e.kind]
            r.next_s += r.rng.expovariate(rate / 60.0) if r.look_alike else 60.0 / rate
            await self._make(r, at)

    async def _swap(self, r: Run, s: float) -> None:
        sub = self.estate.subscriber[r.episode.subscriber]
        iccid = "89" + "".join(str(r.rng.randint(0, 9)) for _ in range(17))
        imei = "".join(str(r.rng.randint(0, 9)) for _ in range(15))
        swap = SimSwap(
            swap_id=f"swap-{r.id}", subscriber=sub.id, msisdn=sub.msisdn, iccid=iccid, imei=imei, at=self.t0 + s
        )
        await self.bus.publish(t.SIM_SWAPS, swap, key=sub.id)

    async def _request(self, r: Run) -> None:
        """The taken-over line's risky change, through the intent path."""
        await asyncio.sleep(max(0.0, self.t0 + r.episode.at_s + REQUEST_AFTER_S - time.time()))
        text = r.episode.params.request or "add world roaming for a week, I'm abroad"
        at_s = round(time.time() - self.t0, 3)
        if self.ask is None:
            return
        outcome = await self.ask(r.episode.subscriber, text)
        self.intents.append({"subscriber": r.episode.subscriber, "text": text, "at_s": at_s, **outcome})

    async def _record(self, sub: str, at_s: float, kind: str, *, abroad: str | None = None, **fields: Any) -> None:
        subscriber = self.estate.subscriber[sub]
        self.n += 1
        cell = fields.pop("cell", None) or subscriber.home_cell
        wire = {
            "usage_id": f"f-{self.scenario.seed}-{self.n:06d}",
            "subscriber": sub,
            "msisdn": subscriber.msisdn,
            "type": kind,
            "at": round(self.t0 + at_s, 3),
            **fields,
            "site": self.estate.topology.cell[subscriber.home_cell].site,
        }
        if abroad:
            wire["roaming_country"] = abroad
        else:
            wire["cell"] = cell
        value = orjson.dumps(wire)
        await self.bus.publish_raw(t.SIM_USAGE, value, key=wire["usage_id"])
        await self.bus.publish(t.USAGE, UsageBatch(records=[wire]), key=sub)

    def _fails(self, sub: str, number: str | None, abroad: str | None) -> bool:
        """Whether the line's controls make this call fail (then no record is made)."""
        controls = self.controls.on(sub)
        if "suspend_line" in controls or (number is not None and self.controls.blocked(number)):
            return True
        assert self.estate.rating is not None
        if number is not None and "bar_premium" in controls and self.estate.rating.premium_range(number):
            return True
        if "bar_international" in controls:
            code = phonenumbers.country_code_for_region(self.home)
            return abroad is not None or (number is not None and not number.startswith(f"+{code}"))
        return False

    async def _call(self, sub: str, at_s: float, number: str, duration: int, direction: str = "out", **kw: Any) -> None:
        if direction == "out" and self._fails(sub, number, kw.get("abroad")):
            return
        await self._record(sub, at_s, "voice", direction=direction, other_party=number, duration_s=duration, **kw)

    async def _make(self, r: Run, at: float) -> None:
        e, rng, sub = r.episode, r.rng, r.episode.subscriber
        if e.kind == "irsf":
            await self._call(sub, at, r.number or self._premium_number(rng), rng.randint(60, 300))
        elif e.kind == "wangiri":
            assert r.number is not None
            target = r.ring_order[
                int((at - e.at_s) * (e.params.calls_per_min or RATES[e.kind]) / 60) % len(r.ring_order)
            ]
            if self.controls.blocked(r.number):
                return
            await self._call(target, at, r.number, rng.randint(0, 2), direction="in")
            if target == sub:
                self._tasks.append(asyncio.create_task(self._callback(r, at + CALLBACK_AFTER_S)))
        elif e.kind == "sim_swap_takeover":
            if rng.random() < 0.5:
                await self._call(sub, at, self._premium_number(rng), rng.randint(60, 300))
            else:
                await self._call(sub, at, self.numbers.of(r.country or "US"), rng.randint(120, 900))
        elif e.kind == "sim_box":
            await self._call(sub, at, self.numbers.of(self.home), rng.randint(30, 240))
        elif e.kind == "sms_spam":
            if not self._fails(sub, None, None):
                await self._record(sub, at, "sms", direction="out", other_party=self.numbers.of(self.home))
        elif e.kind == "impossible_travel":
            await self._clone(r, at)
        elif e.kind == "family_abroad":
            number = r.number if rng.random() < 0.7 or not r.extra else r.extra[0]
            await self._call(sub, at, number or "", rng.randint(600, 2400))
        elif e.kind in ("new_phone", "traveller"):
            await self._ordinary(r, at, abroad=r.country if e.kind == "traveller" else None)
        elif e.kind == "busy_business":
            roll = rng.random()
            if roll < 0.2:
                await self._record(sub, at, "data", bytes=rng.randint(100_000, 50_000_000), app_category="web")
            else:
                direction = "out" if roll < 0.6 else "in"
                await self._call(sub, at, self.numbers.of(self.home), rng.randint(20, 900), direction=direction)
        elif e.kind == "heavy_streamer":
            category = self._zero_rated(rng)
            await self._record(sub, at, "data", bytes=rng.randint(200_000_000, 2_000_000_000), app_category=category)

    async def _callback(self, r: Run, at_s: float) -> None:
        await asyncio.sleep(max(0.0, self.t0 + at_s - time.time()))
        if r.ended_s is None and time.time() - self.t0 < self.scenario.duration_s:
            assert r.number is not None
            await self._call(r.episode.subscriber, at_s, r.number, r.rng.randint(120, 600))

    async def _clone(self, r: Run, at: float) -> None:
        """The cloned SIM's records alternate with the real one's: another region, or abroad."""
        sub = self.estate.subscriber[r.episode.subscriber]
        topo = self.estate.topology
        home_region = topo.region_of(sub.home_cell)
        far = [c.id for c in topo.cells if topo.region_of(c.id) != home_region]
        clone = int((at - r.episode.at_s) * (r.episode.params.calls_per_min or RATES["impossible_travel"]) / 60) % 2
        abroad = None
        cell = sub.home_cell
        if clone:
            if far and not r.episode.params.country:
                cell = r.rng.choice(far)
            else:
                abroad = r.country
        if "suspend_line" in self.controls.on(sub.id):
            return
        if r.rng.random() < 0.5:
            await self._record(sub.id, at, "data", bytes=r.rng.randint(50_000, 5_000_000), app_category="web",
                               abroad=abroad, cell=cell)  # fmt: skip
        else:
            number = self.numbers.of(self.home)
            await self._call(sub.id, at, number, r.rng.randint(10, 300), abroad=abroad, cell=cell)

    async def _ordinary(self, r: Run, at: float, *, abroad: str | None) -> None:
        """A record as any subscriber makes them (the same mix as the background usage)."""
        rng, sub = r.rng, r.episode.subscriber
        roll = rng.random()
        if roll < 0.6:
            await self._record(
                sub, at, "data", bytes=rng.randint(50_000, 20_000_000), app_category="web", abroad=abroad
            )
            return
        kind = "voice" if roll < 0.85 else "sms"
        direction = "out" if rng.random() < 0.6 else "in"
        others = [s.msisdn for s in self.estate.subscribers if s.id != sub]
        number = rng.choice(others) if rng.random() >= 0.15 or not r.country else self.numbers.of(r.country)
        if kind == "voice":
            await self._call(sub, at, number, rng.randint(5, 600), direction=direction, abroad=abroad)
        elif not self._fails(sub, None, abroad):
            await self._record(sub, at, "sms", direction=direction, other_party=number, abroad=abroad)

    def _zero_rated(self, rng: random.Random) -> str:
        zero = sorted(
            {
                c
                for o in self.estate.catalog.offers
                for v in [(o.fulfilment.network or {}).get("zero_rating")]
                for c in (v if isinstance(v, list) else [v] if isinstance(v, str) else [])
            }
        )
        return rng.choice(zero) if zero and rng.random() < 0.8 else "other"

    def truth(self) -> list[dict[str, Any]]:
        """The fraud episodes (not the look-alikes) in scenario seconds, for the result document."""
        return [
            {
                "kind": r.episode.kind,
                "subscriber": r.episode.subscriber,
                "start_s": r.episode.at_s,
                "ended_s": r.ended_s,
                "ended_by": r.ended_by,
            }
            for r in self.runs
            if not r.look_alike
        ]
