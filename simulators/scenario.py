"""The scenario engine: a scenario file of EVALS.md §2 played against a fresh twin.

``load_scenario`` drops ``expect`` the moment the file is read: the engine (and anything it
returns) never sees what a scenario is scored on. ``run_scenario`` starts a twin from a fresh
state, lets it run ``warmup_s`` (so the stream layer learns baselines), sets the scenario's t=0,
puts the ``maintenance`` windows on the calendar, injects each fault at ``t0 + at_s``, stops at
``t0 + duration_s`` and returns the twin's ground truth in seconds from t0: the ``faults`` block
of the scenario timeline.

An eval runner coordinates with t0 through ``ScenarioRun.t0`` (an asyncio.Event) or the
``on_t0`` callback, both given the epoch of t0 before the first fault can land.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from nerve.bus import Bus
from nerve.contracts import now
from nerve.errors import SimulationError
from nerve.estate import Estate, load_estate, load_yaml
from nerve.kafka_auth import Principal
from nerve.settings import Settings
from simulators.calendar import publish_window
from simulators.twin import Twin

log = logging.getLogger(__name__)


class _Model(BaseModel):
    # Unknown keys are ignored, not fatal: a held-out file may carry notes this build does not know.
    model_config = ConfigDict(extra="ignore", frozen=True)


class MaintenanceSpec(_Model):
    target: str
    from_s: float
    to_s: float
    reason: str = ""


class FaultSpec(_Model):
    at_s: float = Field(ge=0)
    kind: str
    target: str
    params: dict[str, Any] = {}


class Scenario(_Model):
    id: str
    description: str = ""
    duration_s: float = Field(gt=0)
    seed: int = 0
    maintenance: list[MaintenanceSpec] = []
    faults: list[FaultSpec] = []


class FaultOutcome(_Model):
    kind: str
    target: str
    start_s: float
    impact_s: float | None
    affected: list[str]
    cleared_s: float | None
    cleared_by: str | None


class ScenarioTruth(_Model):
    scenario: str
    start_epoch: float
    duration_s: float
    faults: list[FaultOutcome]


def load_scenario(path: Path | str) -> Scenario:
    """Read a scenario file; its ``expect`` block is discarded here and never kept."""
    path = Path(path)
    try:
        data = load_yaml(path.read_text())
    except (OSError, yaml.YAMLError) as exc:
        raise SimulationError(f"{path}: cannot read scenario: {exc}") from exc
    if not isinstance(data, dict):
        raise SimulationError(f"{path}: a scenario is a mapping")
    data.pop("expect", None)
    try:
        return Scenario.model_validate(data)
    except ValidationError as exc:
        raise SimulationError(
            f"{path}: not a valid scenario: {exc.errors()[0]['msg']} at {exc.errors()[0]['loc']}"
        ) from exc


def load_scenarios(paths: list[Path | str]) -> list[Scenario]:
    """Scenario files, and every ``*.yaml``/``*.yml`` of directories, in name order."""
    files: list[Path] = []
    for p in map(Path, paths):
        files += sorted([*p.glob("*.yaml"), *p.glob("*.yml")]) if p.is_dir() else [p]
    return [load_scenario(f) for f in files]


def check_scenario(scenario: Scenario, estate: Estate) -> None:
    """Fail before starting when a fault or window names something the estate does not have."""
    topo = estate.topology
    for f in scenario.faults:
        spec = estate.faults.faults.get(f.kind)
        if spec is None:
            raise SimulationError(f"{scenario.id}: unknown fault kind {f.kind!r}")
        if topo.kind_of.get(f.target) != spec.target:
            raise SimulationError(f"{scenario.id}: {f.kind} needs a {spec.target} target, not {f.target!r}")
    for m in scenario.maintenance:
        if m.target not in topo.kind_of:
            raise SimulationError(f"{scenario.id}: maintenance on unknown target {m.target!r}")


OnT0 = Callable[[float], Awaitable[None] | None]


class ScenarioRun:
    """One scenario against one fresh twin; ``t0`` is set (and ``start_epoch`` known) at t=0."""

    def __init__(
        self,
        settings: Settings,
        scenario: Scenario,
        *,
        warmup_s: float,
        estate: Estate | None = None,
        rate_hz: float = 1.0,
        on_t0: OnT0 | None = None,
    ) -> None:
        self.settings = settings
        self.scenario = scenario
        self.warmup_s = warmup_s
        self.estate = estate or load_estate(settings.estate_dir)
        check_scenario(scenario, self.estate)
        self.twin = Twin(settings, self.estate, seed=scenario.seed, rate_hz=rate_hz)
        self.on_t0 = on_t0
        self.t0 = asyncio.Event()
        self.start_epoch: float | None = None

    async def run(self) -> ScenarioTruth:
        running = asyncio.create_task(self.twin.run(), name=f"twin-{self.scenario.id}")
        try:
            await _until(self.twin.ready.wait(), running)
            await _until(asyncio.sleep(self.warmup_s), running)
            t0 = await self._start()
            for fault in sorted(self.scenario.faults, key=lambda f: f.at_s):
                if fault.at_s >= self.scenario.duration_s:
                    log.warning("%s: fault at %.1fs is after the end; not injected", self.scenario.id, fault.at_s)
                    continue
                await _until(asyncio.sleep(max(0.0, t0 + fault.at_s - now())), running)
                await self.twin.inject(fault.kind, fault.target, fault.params, at=t0 + fault.at_s)
            await _until(asyncio.sleep(max(0.0, t0 + self.scenario.duration_s - now())), running)
        finally:
            self.twin.stop()
            with contextlib.suppress(asyncio.CancelledError):
                await running
        return self.truth()

    async def _start(self) -> float:
        t0 = now()
        async with Bus(self.settings, client_id=f"scenario-{self.scenario.id}", principal=Principal.EVALS) as bus:
            for i, m in enumerate(self.scenario.maintenance):
                await publish_window(
                    bus,
                    target=m.target,
                    start=t0 + m.from_s,
                    end=t0 + m.to_s,
                    reason=m.reason,
                    window_id=f"{self.scenario.id}-mw{i}",
                )
        self.start_epoch = t0
        self.t0.set()
        if self.on_t0 is not None:
            maybe = self.on_t0(t0)
            if inspect.isawaitable(maybe):
                await maybe
        log.info("scenario %s: t0=%.3f, %d faults", self.scenario.id, t0, len(self.scenario.faults))
        return t0

    def truth(self) -> ScenarioTruth:
        """Ground truth as of the scenario's end, in seconds from t0."""
        if self.start_epoch is None:
            raise SimulationError(f"scenario {self.scenario.id} never started")
        t0 = self.start_epoch
        end = t0 + self.scenario.duration_s
        self.twin.engine.settle(end)

        def rel(x: float | None) -> float | None:
            return None if x is None else round(x - t0, 3)

        faults = []
        for f in self.twin.engine.faults.values():
            cleared = f.cleared_at is not None and f.cleared_at <= end
            faults.append(
                FaultOutcome(
                    kind=f.kind,
                    target=f.target,
                    start_s=round(f.start - t0, 3),
                    impact_s=rel(f.impact),
                    affected=f.affected,
                    cleared_s=rel(f.cleared_at) if cleared else None,
                    cleared_by=f.cleared_by if cleared else None,
                )
            )
        return ScenarioTruth(
            scenario=self.scenario.id, start_epoch=t0, duration_s=self.scenario.duration_s, faults=faults
        )


async def run_scenario(
    settings: Settings,
    scenario: Scenario,
    *,
    warmup_s: float,
    estate: Estate | None = None,
    rate_hz: float = 1.0,
    on_t0: OnT0 | None = None,
) -> ScenarioTruth:
    """Play ``scenario`` on a fresh twin under ``settings`` (give it a fresh topic prefix)."""
    run = ScenarioRun(settings, scenario, warmup_s=warmup_s, estate=estate, rate_hz=rate_hz, on_t0=on_t0)
    return await run.run()


async def _until(step: Awaitable[Any], running: asyncio.Task[None]) -> None:
    """Await ``step`` unless the twin dies first, in which case its error is raised."""
    task = asyncio.ensure_future(step)
    await asyncio.wait({task, running}, return_when=asyncio.FIRST_COMPLETED)
    if not task.done():
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        running.result()
        raise SimulationError("the twin stopped before the scenario ended")
