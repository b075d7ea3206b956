"""The fault model driven directly with explicit times: every kind's affected set and KPIs as
estate/faults.yaml says, right actions clear, wrong ones do not (or do their harm)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from nerve.effects import effect_of
from nerve.errors import SimulationError
from nerve.estate import Estate
from simulators.network.faults import BATTERY_S_PER_MINUTE, DEFAULT_FIELD_FIX_S, FaultEngine
from simulators.network.generate import scale_estate
from simulators.network.model import NetworkModel, Snapshot
from simulators.network.remediation import execute

T0 = 1_800_000_000.0


def engine(estate: Estate, seed: int = 7) -> FaultEngine:
    return FaultEngine(estate, NetworkModel(estate, seed))


def cell(snap: Snapshot, entity: str, kpi: str) -> float:
    return snap.get("cell", entity, kpi)


def breaches(estate: Estate, snap: Snapshot, level: str) -> list[str]:
    """Every entity/KPI beyond the ``level`` threshold of kpis.yaml."""
    topo = estate.topology
    out = []
    for kind, state in snap.kinds.items():
        for name, kpi in estate.kpis[kind].items():
            for i, entity in enumerate(state.ids):
                tech = topo.cell[entity].technology if kind == "cell" else None
                limit = kpi.threshold(level, tech)  # type: ignore[arg-type]
                value = float(state.kpis[name][i])
                if limit is None or kpi.direction == "none":
                    continue
                if (kpi.direction == "higher_better" and value < limit) or (
                    kpi.direction == "lower_better" and value > limit
                ):
                    out.append(f"{entity}.{name}={value:.2f}")
                if kind == "site" and name == "on_battery" and value >= 1:
                    out.append(f"{entity}.on_battery")
    return out


def test_healthy_network_stays_inside_normal_ranges_and_is_deterministic(estate: Estate) -> None:
    eng = engine(estate)
    for i in range(0, 86_400, 300):  # a whole day, every five minutes
        snap = eng.snapshot(T0 + i)
        assert breaches(estate, snap, "warn") == []
        for kind, state in snap.kinds.items():
            for name, values in state.kpis.items():
                for j, entity in enumerate(state.ids):
                    lo, hi = eng.model.normal_range(kind, entity, name)
                    assert lo - 1e-9 <= values[j] <= hi + 1e-9, (entity, name, values[j])
    a, b = engine(estate, 3).snapshot(T0), engine(estate, 3).snapshot(T0)
    c = engine(estate, 4).snapshot(T0)
    assert all(np.array_equal(a.kinds["cell"].kpis[k], b.kinds["cell"].kpis[k]) for k in a.kinds["cell"].kpis)
    assert not np.array_equal(a.kinds["cell"].kpis["prb_util_pct"], c.kinds["cell"].kpis["prb_util_pct"])


def test_cell_outage_kills_the_cell_and_moves_its_users_to_neighbours(estate: Estate) -> None:
    eng = engine(estate)
    before = eng.snapshot(T0)
    fault = eng.inject("cell_outage", "cell-m03-b", at=T0 + 1)
    assert fault.affected == ["cell-m03-b"] and fault.impact == T0 + 1
    during = eng.snapshot(T0 + 1)
    assert cell(during, "cell-m03-b", "availability_pct") == 0 and cell(during, "cell-m03-b", "active_users") == 0
    neighbours = estate.topology.neighbours("cell-m03-b")
    rise = np.mean([cell(during, n, "prb_util_pct") - cell(before, n, "prb_util_pct") for n in neighbours])
    assert rise > 3  # about a quarter of the dead cell's load each, far above the noise
    assert {b.split(".")[0] for b in breaches(estate, during, "warn")} == {"cell-m03-b"}


@pytest.mark.parametrize("ramp_s", [20.0, 7.0])
def test_congestion_ramps_and_crosses_critical_exactly_at_impact(estate: Estate, ramp_s: float) -> None:
    eng = engine(estate)
    target = "cell-m05-a"
    fault = eng.inject("cell_congestion", target, {"ramp_s": ramp_s}, at=T0)
    assert fault.impact == T0 + ramp_s
    prb = [cell(eng.snapshot(T0 + s), target, "prb_util_pct") for s in np.arange(0, ramp_s, 0.5)]
    assert all(x < 95 for x in prb) and prb[-1] > prb[len(prb) // 2] > prb[0]  # climbs, below critical
    at_impact = eng.snapshot(T0 + ramp_s)
    assert cell(at_impact, target, "prb_util_pct") > 97
    assert cell(at_impact, target, "dl_throughput_mbps") < 60  # 5G critical
    assert 92 < cell(at_impact, target, "rrc_setup_success_pct") < 95
    assert {b.split(".")[0] for b in breaches(estate, eng.snapshot(T0 + ramp_s + 10), "critical")} == {target}


def test_interference_and_config_drift(estate: Estate) -> None:
    eng = engine(estate)
    eng.inject("interference", "cell-m01-a", at=T0)
    snap = eng.snapshot(T0)
    assert cell(snap, "cell-m01-a", "sinr_db") < 2 and cell(snap, "cell-m01-a", "drop_rate_pct") > 2
    drift = eng.inject("config_drift", "cell-r04-b", at=T0)
    (event,) = eng.events
    assert event.kind == "config_change" and event.entity == "cell-r04-b" and event.change_id == drift.change_id
    snap = eng.snapshot(T0 + 1)
    assert 83 < cell(snap, "cell-r04-b", "ho_success_pct") < 88
    for n in estate.topology.neighbours("cell-r04-b"):
        assert 90 < cell(snap, n, "ho_success_pct") < 95  # dented, not failing
    assert drift.affected == ["cell-r04-b", *estate.topology.neighbours("cell-r04-b")]


def test_link_r02_down_takes_six_cells_of_two_sites(estate: Estate) -> None:
    eng = engine(estate)
    fault = eng.inject("transport_link_down", "link-r02", at=T0)
    dark = {f"cell-r0{s}-{x}" for s in (2, 3) for x in "abc"}
    assert set(fault.affected) == {"link-r02", "site-r02", "site-r03", *dark}
    snap = eng.snapshot(T0 + 2)
    assert snap.get("transport_link", "link-r02", "oper_up") == 0
    assert snap.get("transport_link", "link-r03", "utilization_pct") == 0
    assert {c for c in estate.topology.cell if cell(snap, c, "availability_pct") == 0} == dark


def test_transport_degradation_ramps_on_link_and_hurts_cells_behind(estate: Estate) -> None:
    eng = engine(estate)
    before = eng.snapshot(T0)
    fault = eng.inject("transport_degradation", "link-m04", at=T0)
    assert fault.impact == T0 + 10
    assert eng.snapshot(T0 + 9).get("transport_link", "link-m04", "latency_ms") < 50
    snap = eng.snapshot(T0 + 10)
    assert snap.get("transport_link", "link-m04", "latency_ms") > 70
    assert snap.get("transport_link", "link-m04", "packet_loss_pct") > 5
    for c in estate.topology.cells_of_site("site-m04"):
        assert cell(snap, c, "dl_throughput_mbps") < 0.6 * cell(before, c, "dl_throughput_mbps")
        assert cell(snap, c, "drop_rate_pct") > 1


def test_power_failure_drains_battery_then_kills_the_sites_cells(estate: Estate) -> None:
    eng = engine(estate)
    fault = eng.inject("site_power_failure", "site-m02", at=T0)
    battery_s = 60 * BATTERY_S_PER_MINUTE
    assert fault.impact == T0 + battery_s and fault.affected == ["site-m02", *estate.topology.cells_of_site("site-m02")]
    half = eng.snapshot(T0 + battery_s / 2)
    assert half.get("site", "site-m02", "on_battery") == 1
    assert half.get("site", "site-m02", "battery_pct") == pytest.approx(50, abs=0.5)
    assert all(cell(half, c, "availability_pct") > 99 for c in fault.affected[1:])
    empty = eng.snapshot(T0 + battery_s)
    assert empty.get("site", "site-m02", "battery_pct") == 0
    assert all(cell(empty, c, "availability_pct") == 0 for c in fault.affected[1:])
    assert eng.inject("site_power_failure", "site-r01", {"battery_s": 12}, at=T0).impact == T0 + 12


def test_nf_overload_ramps_and_dips_rrc_in_its_region_only(estate: Estate) -> None:
    eng = engine(estate)
    before = eng.snapshot(T0)
    fault = eng.inject("nf_overload", "upf-metro-1", {"ramp_s": 15}, at=T0)
    assert set(fault.affected) == {"upf-metro-1", *estate.topology.cells_of_region("metro")}
    assert eng.snapshot(T0 + 14).get("core_function", "upf-metro-1", "cpu_pct") < 90
    snap = eng.snapshot(T0 + 15)
    assert snap.get("core_function", "upf-metro-1", "cpu_pct") > 95
    assert snap.get("core_function", "upf-metro-1", "session_setup_success_pct") < 97
    metro = np.mean(
        [cell(before, c, "rrc_setup_success_pct") - cell(snap, c, "rrc_setup_success_pct") for c in fault.affected[1:]]
    )
    rural = np.mean(
        [
            cell(before, c, "rrc_setup_success_pct") - cell(snap, c, "rrc_setup_success_pct")
            for c in estate.topology.cells_of_region("rural")
        ]
    )
    assert metro > 1.0 and abs(rural) < 0.3
    assert all(cell(snap, c, "rrc_setup_success_pct") > 95 for c in fault.affected[1:])


def test_partner_outage_and_transient_spike(estate: Estate) -> None:
    eng = engine(estate)
    eng.inject("partner_outage", "partner-tunewave", at=T0)
    snap = eng.snapshot(T0)
    assert snap.get("partner", "partner-tunewave", "api_success_pct") < 50
    assert snap.get("partner", "partner-tunewave", "api_latency_ms") > 3000
    spike = eng.inject("transient_spike", "cell-m02-c", {"length_s": 3}, at=T0)
    assert cell(eng.snapshot(T0 + 2.9), "cell-m02-c", "prb_util_pct") > 95
    assert cell(eng.snapshot(T0 + 3), "cell-m02-c", "prb_util_pct") < 85
    assert (spike.cleared_at, spike.cleared_by) == (T0 + 3, "duration")


def test_duration_ends_a_fault_and_bad_injections_are_refused(estate: Estate) -> None:
    eng = engine(estate)
    fault = eng.inject("interference", "cell-m01-a", {"duration_s": 5}, at=T0)
    eng.snapshot(T0 + 6)
    assert (fault.cleared_at, fault.cleared_by) == (T0 + 5, "duration")
    for kind, target, params in [
        ("meteor_strike", "cell-m01-a", {}),
        ("cell_outage", "cell-zz", {}),
        ("cell_outage", "link-r02", {}),
        ("cell_congestion", "cell-m01-a", {"ramp_s": "soon"}),
    ]:
        with pytest.raises(SimulationError):
            eng.inject(kind, target, params, at=T0)


# -- remediation ---------------------------------------------------------------------------------
RIGHT = [
    ("cell_outage", "cell-m03-b", "restart_cell", 5.0),
    ("cell_congestion", "cell-m05-a", "rebalance_load", 0.0),
    ("interference", "cell-m01-a", "tune_parameters", 0.0),
    ("config_drift", "cell-r04-b", "rollback_config", 0.0),
    ("transport_link_down", "link-r02", "reroute_transport", 0.0),
    ("transport_link_down", "link-r04", "dispatch_field_team", DEFAULT_FIELD_FIX_S),
    ("transport_degradation", "link-m01", "reroute_transport", 0.0),
    ("site_power_failure", "site-r01", "dispatch_field_team", DEFAULT_FIELD_FIX_S),
    ("nf_overload", "upf-rural-1", "scale_out_nf", 0.0),
    ("partner_outage", "partner-streammax", "failover_partner", 0.0),
]


@pytest.mark.parametrize(("kind", "target", "action", "delay"), RIGHT)
def test_the_right_action_clears_the_fault(estate: Estate, kind: str, target: str, action: str, delay: float) -> None:
    eng = engine(estate)
    fault = eng.inject(kind, target, at=T0)
    outcome = execute(eng, action, target, at=T0 + 3)
    assert outcome.status == "succeeded" and outcome.detail["fixes"] == [fault.fault_id]
    if delay:
        eng.snapshot(T0 + 3 + delay - 0.01)
        assert fault.cleared_at is None
    snap = eng.snapshot(T0 + 3 + delay)
    assert (fault.cleared_at, fault.cleared_by) == (T0 + 3 + delay, action)
    # What still breaches is the action's own expected effect (a reroute's capacity dip), until it passes.
    effect = effect_of(estate, action, target)
    after = breaches(estate, eng.snapshot(T0 + 3 + delay + 1), "critical")
    assert all(effect.covers(*b.split("=")[0].split(".", 1)) for b in after), after
    assert breaches(estate, eng.snapshot(T0 + 3 + max(delay, effect.duration_s) + 1), "critical") == []
    assert snap.ts == T0 + 3 + delay


WRONG = [
    ("cell_outage", "cell-m03-b", "tune_parameters"),
    ("cell_congestion", "cell-m05-a", "restart_cell"),
    ("interference", "cell-m01-a", "rollback_config"),
    ("transport_link_down", "link-r02", "escalate"),
    ("site_power_failure", "site-r01", "escalate"),
    ("nf_overload", "upf-rural-1", "restart_nf"),
    ("partner_outage", "partner-streammax", "escalate"),
]


@pytest.mark.parametrize(("kind", "target", "action"), WRONG)
def test_a_wrong_action_does_not_clear(estate: Estate, kind: str, target: str, action: str) -> None:
    eng = engine(estate)
    fault = eng.inject(kind, target, at=T0)
    assert execute(eng, action, target, at=T0 + 3).status == "succeeded"
    eng.snapshot(T0 + 60)
    assert fault.cleared_at is None


def test_restart_cell_during_congestion_does_its_harm(estate: Estate) -> None:
    eng = engine(estate)
    eng.inject("cell_congestion", "cell-m05-a", {"ramp_s": 5}, at=T0)
    execute(eng, "restart_cell", "cell-m05-a", at=T0 + 10)
    assert cell(eng.snapshot(T0 + 12), "cell-m05-a", "availability_pct") == 0
    after = eng.snapshot(T0 + 15)
    assert cell(after, "cell-m05-a", "availability_pct") > 99 and cell(after, "cell-m05-a", "prb_util_pct") > 95


def test_restart_nf_drops_the_regions_sessions_for_ten_seconds_then_overload_returns(estate: Estate) -> None:
    eng = engine(estate)
    eng.inject("nf_overload", "upf-rural-1", {"ramp_s": 2}, at=T0)
    execute(eng, "restart_nf", "upf-rural-1", at=T0 + 5)
    snap = eng.snapshot(T0 + 10)
    assert snap.get("core_function", "upf-rural-1", "session_setup_success_pct") == 0
    assert all(cell(snap, c, "active_users") == 0 for c in estate.topology.cells_of_region("rural"))
    assert all(cell(snap, c, "active_users") > 0 for c in estate.topology.cells_of_region("metro"))
    assert eng.snapshot(T0 + 15).get("core_function", "upf-rural-1", "cpu_pct") > 95


def test_actions_that_cannot_apply(estate: Estate) -> None:
    eng = engine(estate)
    eng.inject("transport_link_down", "link-r03", at=T0)
    eng.inject("partner_outage", "partner-tunewave", at=T0)
    cases = {
        ("reroute_transport", "link-r03"): "failed",  # no backup_via
        ("failover_partner", "partner-tunewave"): "failed",  # no failover endpoint
        ("restart_cell", "link-r03"): "rejected",
        ("scale_out_nf", "cell-m01-a"): "rejected",
        ("restart_cell", "cell-nowhere"): "rejected",
        ("dispatch_field_team", "cell-m01-a"): "rejected",
    }
    for (action, target), status in cases.items():
        outcome = execute(eng, action, target, at=T0 + 1)
        assert outcome.status == status and outcome.reason, (action, target)
    assert all(f.cleared_at is None for f in eng.faults.values())


def test_ten_times_estate_keeps_the_shape(estate: Estate) -> None:
    big = scale_estate(estate, 10)
    topo = big.topology
    assert (len(topo.cells), len(topo.sites), len(topo.transport_links)) == (360, 120, 120)
    assert len(topo.cells_behind_link("link-r02-g3")) == 6
    assert set(topo.neighbours("cell-m01-a-g9")) == {"cell-m01-b-g9", "cell-m01-c-g9", "cell-m08-a-g9", "cell-m02-a-g9"}
    eng = engine(big)
    assert breaches(big, eng.snapshot(T0), "warn") == []


class _Recorder:
    """Stands in for the bus: keeps what the twin publishes, in order."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, object]] = []

    async def publish(self, topic: object, message: object, key: str | None = None) -> None:
        self.sent.append((getattr(topic, "name", ""), message))


@pytest.mark.parametrize("late_share", [0.0, 0.3])
async def test_a_share_of_batches_arrives_late_and_out_of_order(
    estate: Estate, late_share: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nerve.contracts import TelemetryBatch
    from nerve.settings import Settings
    from simulators.twin import Twin

    clock = iter(T0 + i for i in range(1000))  # one second per tick, without waiting
    monkeypatch.setattr("simulators.twin.now", lambda: next(clock))
    twin = Twin(Settings(), estate, seed=5, late_share=late_share)
    recorder = _Recorder()
    for _ in range(30):
        await twin.tick(recorder)  # type: ignore[arg-type]
    batches = [m for name, m in recorder.sent if name == "telemetry" and isinstance(m, TelemetryBatch)]
    late = [b for b in batches if b.samples[0].ts < b.sent_at]
    per_source: dict[str, list[float]] = {}
    for b in batches:
        per_source.setdefault(b.source, []).append(b.samples[0].ts)
    out_of_order = sum(any(b < a for a, b in itertools.pairwise(ts)) for ts in per_source.values())
    if late_share == 0:
        assert late == [] and out_of_order == 0 and len(batches) == 30 * len(twin.builder.sources)
    else:
        share = len(late) / len(batches)
        assert 0.15 < share < 0.45 and out_of_order > 0
        assert len(batches) + len(twin._late) == 30 * len(twin.builder.sources)  # none lost


def test_reported_percentages_stay_within_0_and_100(estate: Estate) -> None:
    """Faults hold KPIs near their limits with noise; the reported samples must still be valid."""
    from simulators.network.telemetry import BatchBuilder

    eng = engine(estate)
    eng.inject("cell_congestion", "cell-m05-a", {"ramp_s": 5}, at=T0)
    builder = BatchBuilder(estate)
    prb = [builder.samples(eng.snapshot(T0 + s))["cell-m05-a"].prb_util_pct for s in range(5, 65)]  # type: ignore[attr-defined]
    assert max(prb) <= 100.0 and min(prb) > 95
