"""The scenario engine: files load without ``expect``; a run yields the ground-truth timeline."""

from __future__ import annotations

from pathlib import Path

import pytest

from nerve import contracts as c
from nerve import topics as t
from nerve.bus import Bus
from nerve.errors import SimulationError
from nerve.estate import Estate
from nerve.settings import Settings
from simulators.calendar import windows
from simulators.scenario import Scenario, ScenarioRun, check_scenario, load_scenario, load_scenarios
from tests.support.estates import SHARED

SCENARIO = """
id: t-rural
duration_s: 7
seed: 9
maintenance:
  - {target: cell-m08-a, from_s: 0, to_s: 60, reason: planned antenna swap}
faults:
  - {at_s: 3, kind: transport_link_down, target: link-r02}
  - {at_s: 1, kind: transient_spike, target: cell-m02-c, params: {length_s: 2}}
  - {at_s: 2, kind: cell_congestion, target: cell-m05-a, params: {ramp_s: 20}}
expect:
  incidents: [{root_cause: link-r02, detect_within_s: 8}]
  secret: {not: [a, scenario, field]}
"""


def write(tmp_path: Path, text: str, name: str = "s.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def test_load_drops_expect_and_validates(tmp_path: Path, estate: Estate) -> None:
    scenario = load_scenario(write(tmp_path, SCENARIO))
    assert "expect" not in scenario.model_dump() and not hasattr(scenario, "expect")
    assert [f.kind for f in scenario.faults] == ["transport_link_down", "transient_spike", "cell_congestion"]
    check_scenario(scenario, estate)
    with pytest.raises(SimulationError):
        check_scenario(
            Scenario(id="x", duration_s=5, faults=[{"at_s": 1, "kind": "cell_outage", "target": "link-r02"}]), estate
        )  # type: ignore[list-item]
    with pytest.raises(SimulationError):
        load_scenario(write(tmp_path, "id: y\nfaults: []\n", "bad.yaml"))


def test_dev_scenarios_load(estate: Estate) -> None:
    for scenario in load_scenarios([SHARED / "evals" / "scenarios"]):
        check_scenario(scenario, estate)


@pytest.mark.slow
async def test_run_gives_the_faults_block_of_the_timeline(
    bus: Bus, settings: Settings, estate: Estate, tmp_path: Path
) -> None:
    seen: list[float] = []
    run = ScenarioRun(
        settings, load_scenario(write(tmp_path, SCENARIO)), warmup_s=1.0, estate=estate, on_t0=seen.append
    )
    truth = await run.run()
    assert run.t0.is_set() and seen == [truth.start_epoch]
    by_kind = {f.kind: f for f in truth.faults}
    spike, congestion, link = by_kind["transient_spike"], by_kind["cell_congestion"], by_kind["transport_link_down"]
    assert (spike.start_s, spike.impact_s, spike.cleared_s, spike.cleared_by) == (1.0, 1.0, 3.0, "duration")
    assert (congestion.start_s, congestion.impact_s, congestion.cleared_s) == (2.0, 22.0, None)
    assert (link.start_s, link.impact_s, link.cleared_s, link.cleared_by) == (3.0, 3.0, None, None)
    assert set(link.affected) == {
        "link-r02",
        "site-r02",
        "site-r03",
        *(f"cell-r0{s}-{x}" for s in (2, 3) for x in "abc"),
    }

    (window,) = await windows(bus)
    assert (window.target, window.start, window.end) == ("cell-m08-a", truth.start_epoch, truth.start_epoch + 60)
    # The published truth agrees, and the telemetry shows the link's cells dark after t=3.
    published = {f.kind: f for f in (await bus.latest(t.SIM_FAULTS)).values() if isinstance(f, c.FaultTruth)}
    assert published["transport_link_down"].start == pytest.approx(truth.start_epoch + 3)
    dark = [
        s.availability_pct  # type: ignore[union-attr]
        for r in await bus.snapshot(t.TELEMETRY)
        for s in r.value.samples  # type: ignore[attr-defined]
        if s.entity == "cell-r03-b" and s.ts >= truth.start_epoch + 3
    ]
    assert dark and all(a == 0 for a in dark)
