"""The loop's own hand: symptoms an action is expected to cause are one incident naming the action.

The twin carries out the action (its side effects as the estate describes them) and the correlator
hears of the command, as the stream worker does from ``ops.commands``; no broker. Targets are found
by their place in the topology, on every operator's estate.
"""

from __future__ import annotations

from typing import Any

import pytest

from nerve.effects import ACTION_EFFECT, SETTLE_S, duration_s, effect_of
from nerve.estate import Estate
from simulators.network.remediation import execute
from streams.kpis import failure_domain
from tests.streams.offline import TwinDriven
from tests.support.operators import every_estate

T0 = 1_700_000_000.0
HISTORY = 30
ESTATES = every_estate()


def healthy_upf(estate: Estate) -> str:
    return estate.topology.upf_of_region(estate.topology.regions[-1].id)


def backed_up_link(estate: Estate) -> str:
    return next(x.id for x in estate.topology.transport_links if x.backup_via)


def busy_cell(estate: Estate) -> str:
    topo = estate.topology
    return max(topo.cells, key=lambda c: len(c.neighbors)).id


PICK = {"restart_nf": healthy_upf, "reroute_transport": backed_up_link, "restart_cell": busy_cell}


def act(run: TwinDriven, action: str, target: str, at: float, *, told: bool = True, incident: str | None = None) -> str:
    """Carry out ``action`` in the twin; tell the correlator of the command, as the worker would."""
    outcome = execute(run.engine, action, target, at=at)
    assert outcome.status == "succeeded", outcome.reason
    command = f"{incident or 'proposal-1'}/1-{action}"
    if told:
        run.domain(failure_domain(run.estate, target)).on_action(command, action, target, at, incident)
    return command


def incidents(run: TwinDriven) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for event in run.incidents:
        out.setdefault(event["incident_id"], []).append(event)
    return out


@pytest.mark.parametrize("name", ESTATES)
@pytest.mark.parametrize("action", PICK)
def test_an_action_on_a_healthy_target_is_one_incident_naming_it(name: str, action: str) -> None:
    estate = ESTATES[name]
    target = PICK[action](estate)
    run = TwinDriven(estate, seed=3, start=T0)
    run.run(T0, HISTORY)
    at = T0 + HISTORY
    command = act(run, action, target, at)
    run.run(at, 40)
    found = incidents(run)
    assert len(found) == 1, [(v[0]["root_cause"], v[0]["probable_cause"]) for v in found.values()]
    versions = next(iter(found.values()))
    first, last = versions[0], versions[-1]
    assert first["root_cause"] == target and first["probable_cause"] == ACTION_EFFECT
    assert first["caused_by"]["command_id"] == command and first["caused_by"]["action"] == action
    assert f"expected effect of {action}" in first["summary"]
    assert set(last["entities"]) <= set(effect_of(estate, action, target).entities)
    assert last["state"] == "closed" and "by itself" in last["summary"], last["summary"]


@pytest.mark.parametrize("name", ["reference", "lumen", "fjord"])
def test_without_knowing_the_action_the_same_symptoms_open_many_incidents(name: str) -> None:
    """The case of issue 13, as it was: the NF restart's symptoms look like a dozen faults."""
    estate = ESTATES[name]
    run = TwinDriven(estate, seed=3, start=T0)
    run.run(T0, HISTORY)
    act(run, "restart_nf", healthy_upf(estate), T0 + HISTORY, told=False)
    run.run(T0 + HISTORY, 40)
    found = incidents(run)
    assert len(found) > 2
    assert all(v[0].get("caused_by") is None for v in found.values())


@pytest.mark.parametrize("name", ["reference", "lumen", "fjord", "renamed"])
def test_a_reroute_s_capacity_dip_stays_in_the_incident_it_was_taken_for(name: str) -> None:
    estate = ESTATES[name]
    link = backed_up_link(estate)
    run = TwinDriven(estate, seed=4, start=T0)
    run.run(T0, HISTORY)
    fault = run.engine.inject("transport_link_down", link, at=T0 + HISTORY)
    run.run(T0 + HISTORY, 6)
    (link_incident,) = incidents(run)
    act(run, "reroute_transport", link, T0 + HISTORY + 6, incident=link_incident)
    assert run.engine.faults[fault.fault_id].cleared_by == "reroute_transport"
    run.run(T0 + HISTORY + 6, 40)
    found = incidents(run)
    assert list(found) == [link_incident], [(v[0]["root_cause"], v[0]["probable_cause"]) for v in found.values()]
    last = found[link_incident][-1]
    assert last["probable_cause"] == "transport_link_down" and last["caused_by"] is None
    assert last["state"] == "closed"


@pytest.mark.parametrize("name", ["reference", "lumen", "fjord"])
def test_a_fault_the_action_does_not_explain_is_an_incident_of_its_own(name: str) -> None:
    """An outage in the region while its NF restarts: availability is not what a restart moves."""
    estate = ESTATES[name]
    upf = healthy_upf(estate)
    region = estate.topology.region_of(upf)
    assert region is not None
    cell = estate.topology.cells_of_region(region)[0]
    run = TwinDriven(estate, seed=3, start=T0)
    run.run(T0, HISTORY)
    act(run, "restart_nf", upf, T0 + HISTORY)
    run.engine.inject("cell_outage", cell, at=T0 + HISTORY + 2)
    run.run(T0 + HISTORY, 30)
    causes = {(v[0]["root_cause"], v[0]["probable_cause"]) for v in incidents(run).values()}
    assert causes == {(upf, ACTION_EFFECT), (cell, "cell_outage")}


def test_a_command_that_failed_explains_nothing() -> None:
    estate = ESTATES["reference"]
    upf = healthy_upf(estate)
    run = TwinDriven(estate, seed=3, start=T0)
    run.run(T0, HISTORY)
    command = act(run, "restart_nf", upf, T0 + HISTORY)
    run.domain(failure_domain(estate, upf)).on_void(command)
    run.run(T0 + HISTORY, 20)
    assert all(v[0].get("caused_by") is None for v in incidents(run).values())


@pytest.mark.parametrize("name", ESTATES)
def test_durations_and_blast_radius_come_from_the_estate(name: str) -> None:
    estate = ESTATES[name]
    topo = estate.topology
    upf, link, cell = healthy_upf(estate), backed_up_link(estate), busy_cell(estate)
    # The reference family of estates says "~5 s" for a cell restart and "for 10 s" for an NF's.
    assert duration_s(estate, "restart_cell") == 5.0
    assert duration_s(estate, "restart_nf") == 10.0
    assert duration_s(estate, "reroute_transport") == SETTLE_S  # its text names no duration
    assert set(effect_of(estate, "restart_nf", upf).entities) == set(topo.affected_by(upf))
    assert set(effect_of(estate, "reroute_transport", link).entities) == set(topo.affected_by(link))
    assert set(effect_of(estate, "restart_cell", cell).entities) == {cell, *topo.neighbours(cell)}
    assert effect_of(estate, "restart_nf", upf).effects  # the estate's own words, for the approval
    assert not effect_of(estate, "escalate", upf).disturbs
    assert not effect_of(estate, "dispatch_field_team", link).disturbs
