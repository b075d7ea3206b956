"""Detection and correlation on every operator's estate, with the twin's telemetry and no broker.

The estates differ in id formats, region names and counts, cells per site and chains of sites;
the "renamed" one has ids in formats no other uses and a chain of sites across a region border.
Targets are picked by their place in the topology (the widest link, the busiest site), never by id.
"""

from __future__ import annotations

from typing import Any

import pytest

from nerve.estate import Estate
from streams.kpis import GLOBAL_DOMAIN, domain_names, failure_domain
from tests.streams.offline import TwinDriven
from tests.support.operators import every_estate

T0 = 1_700_000_000.0
HISTORY = 10
ESTATES = every_estate()


def faults(estate: Estate) -> list[tuple[str, str, dict[str, float], bool]]:
    """(kind, target, params, predicted): one fault of each shape, on targets found by structure."""
    topo = estate.topology
    busiest = max(topo.sites, key=lambda s: len(topo.cells_of_site(s.id))).id
    widest = max(topo.transport_links, key=lambda x: len(topo.sites_behind_link(x.id))).id
    cell = topo.cells_of_site(busiest)[-1]
    upf = topo.upf_of_region(topo.regions[-1].id)
    return [
        ("cell_outage", cell, {}, False),
        ("cell_congestion", cell, {"ramp_s": 20}, True),
        ("transport_link_down", widest, {}, False),
        ("site_power_failure", busiest, {"battery_s": 40}, False),
        ("nf_overload", upf, {"ramp_s": 15}, True),
        ("partner_outage", topo.partners[-1].id, {}, False),
        ("interference", topo.cells[0].id, {}, False),
        ("transport_degradation", widest, {"ramp_s": 15}, True),
    ]


CASES = [
    pytest.param(name, kind, target, params, predicted, id=f"{name}-{kind}")
    for name, estate in ESTATES.items()
    for kind, target, params, predicted in faults(estate)
]


def test_every_region_is_a_failure_domain_of_its_own() -> None:
    for name, estate in ESTATES.items():
        regions = [r.id for r in estate.topology.regions]
        assert domain_names(estate) == sorted([*regions, GLOBAL_DOMAIN]), name
        for cell in estate.topology.cells:
            assert failure_domain(estate, cell.id) in regions, (name, cell.id)


def test_a_chain_of_sites_is_one_failure_domain_across_region_borders() -> None:
    estate = ESTATES["renamed"]
    topo = estate.topology
    chained = next(s for s in topo.sites if topo.upstream_site(s.uplinks[0]))
    upstream = topo.upstream_site(chained.uplinks[0])
    assert upstream is not None and chained.region != topo.site[upstream].region  # the border the test needs
    for link in topo.transport_links:
        assert {failure_domain(estate, e) for e in topo.affected_by(link.id)} == {failure_domain(estate, link.id)}


@pytest.mark.parametrize(("name", "kind", "target", "params", "predicted"), CASES)
def test_each_fault_opens_one_incident_naming_its_root_cause(
    name: str, kind: str, target: str, params: dict[str, float], predicted: bool
) -> None:
    estate = ESTATES[name]
    run = TwinDriven(estate, seed=5, start=T0)
    run.run(T0, HISTORY)
    at = T0 + HISTORY
    fault = run.engine.inject(kind, target, params, at=at)
    run.run(at, 40)
    run.engine.clear(fault.fault_id, at=at + 40, by="test")
    run.run(at + 40, 15)
    opened = run.opened()
    assert [(i["root_cause"], i["probable_cause"]) for i in opened] == [(target, kind)], _summary(run.incidents)
    assert opened[0]["predicted"] is predicted
    if kind == "transport_link_down":  # the cells of every site chained behind the link are in it
        assert set(estate.topology.cells_behind_link(target)) <= set(_latest(run.incidents, opened[0])["entities"])
    assert run.incidents[-1]["state"] == "closed"


def _latest(events: list[dict[str, Any]], incident: dict[str, Any]) -> dict[str, Any]:
    return [e for e in events if e["incident_id"] == incident["incident_id"]][-1]


def _summary(events: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    return [(e["state"], e["root_cause"], e["probable_cause"]) for e in events]


# Each fault's own KPIs, which must be past the operator's critical threshold once it has ramped.
BREACHES = {
    "interference": ("cell", ["sinr_db", "drop_rate_pct"]),
    "config_drift": ("cell", ["ho_success_pct"]),
    "cell_congestion": ("cell", ["prb_util_pct", "rrc_setup_success_pct"]),
    "transport_degradation": ("transport_link", ["latency_ms", "packet_loss_pct"]),
    "nf_overload": ("core_function", ["cpu_pct", "session_setup_success_pct", "registration_success_pct"]),
    "partner_outage": ("partner", ["api_success_pct", "api_latency_ms"]),
}


@pytest.mark.parametrize("name", ESTATES)
@pytest.mark.parametrize("kind", BREACHES)
def test_a_fault_breaches_the_operators_own_critical_thresholds(name: str, kind: str) -> None:
    estate = ESTATES[name]
    entity_kind, kpis = BREACHES[kind]
    target = next(e for e, k in estate.topology.kind_of.items() if k == entity_kind)
    run = TwinDriven(estate, seed=5, start=T0)
    run.engine.inject(kind, target, {"ramp_s": 5}, at=T0)
    snap = run.engine.snapshot(T0 + 30)
    for kpi in kpis:
        spec = estate.kpis[entity_kind][kpi]
        critical = spec.threshold("critical")
        assert critical is not None
        value = snap.get(entity_kind, target, kpi)
        past = value <= critical if spec.direction == "higher_better" else value >= critical
        assert past, (kind, kpi, value, critical)
