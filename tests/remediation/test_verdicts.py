"""Cause or coincidence: how the loop judges a recovery, and which incidents it reads as its own hand.

Pure functions, on every operator's estate; targets found by their place in the topology.
"""

from __future__ import annotations

import pytest

from agents.remediation.diagnose import explaining_action
from agents.remediation.graph import _credit
from agents.remediation.guard import Issued, Ledger
from agents.remediation.state import Attempt
from nerve.contracts import CausedBy
from nerve.effects import GRACE_S, duration_s
from nerve.estate import Estate
from tests.remediation.support import incident
from tests.support.operators import every_estate

ESTATES = every_estate()


def attempt(action: str, target: str, symptoms: list[str]) -> Attempt:
    return Attempt(
        step=0,
        action=action,
        target=target,
        command_id=f"inc-1/1-{action}",
        approved_by="policy",
        status="succeeded",
        reason="",
        at=100.0,
        symptoms=symptoms,
    )


def upf_of(estate: Estate) -> str:
    return estate.topology.upf_of_region(estate.topology.regions[-1].id)


@pytest.mark.parametrize("name", ESTATES)
def test_a_fix_is_credited_only_when_the_action_fixes_the_fault_it_found(name: str) -> None:
    estate = ESTATES[name]
    upf = upf_of(estate)
    cell = estate.topology.cells[0].id
    # The right action, with the fault's own symptoms on the target when it ran: fixed by it.
    outcome, _ = _credit(
        estate, "nf_overload", "core_function", attempt("scale_out_nf", upf, ["cpu_pct"]), for_incident=True
    )
    assert outcome == "recovered"
    # Symptoms the fault does not have (sessions dropped by a restart, not an overload): coincidence.
    outcome, reason = _credit(
        estate, "interference", "cell", attempt("tune_parameters", cell, ["active_users"]), for_incident=True
    )
    assert outcome == "cleared_by_itself" and "interference" in reason
    # An action that does not fix the fault: whatever cleared it, the action did not.
    outcome, _ = _credit(
        estate, "cell_outage", "cell", attempt("tune_parameters", cell, ["availability_pct"]), for_incident=True
    )
    assert outcome == "cleared_by_itself"
    # An engineer's action outside any incident, on a target with nothing wrong: only its effect.
    outcome, reason = _credit(estate, "", "core_function", attempt("restart_nf", upf, []), for_incident=False)
    assert outcome == "expected_effect" and "healthy" in reason


@pytest.mark.parametrize("name", ESTATES)
def test_an_incident_inside_a_recent_action_s_blast_radius_is_that_action_s(name: str) -> None:
    estate = ESTATES[name]
    topo = estate.topology
    upf = upf_of(estate)
    region = topo.region_of(upf)
    assert region is not None
    inside = topo.cells_of_region(region)[0]
    outside = next(c.id for c in topo.cells if c.id not in topo.affected_by(upf))
    ledger = Ledger()
    at = 1000.0
    ledger.issued["prop-1/1-restart_nf"] = Issued("prop-1/1-restart_nf", "restart_nf", upf, "prop-1", at)

    def opened(cell: str, when: float) -> CausedBy | None:
        inc = incident("inc-x", cell, "cell", "interference").model_copy(update={"opened_at": when})
        return explaining_action(inc, ledger, estate)

    found = opened(inside, at + 2)
    assert found is not None and found.action == "restart_nf"
    assert found.expected_until == at + duration_s(estate, "restart_nf")
    assert opened(outside, at + 2) is None  # not what the restart touches
    assert opened(inside, at - 5) is None  # there before the restart
    assert opened(inside, at + duration_s(estate, "restart_nf") + GRACE_S + 1) is None  # long after it passed
