"""Pure parts of the loop: plan choice, approval by risk, maintenance scope, readiness to act."""

from __future__ import annotations

from agents.remediation.choose import plan_for
from agents.remediation.diagnose import ready_to_act
from agents.remediation.guard import maintenance_scope
from agents.remediation.policy import DEFAULT_POLICY, GuardPolicy
from memory.runbooks import load_runbooks
from nerve.estate import Estate, load_yaml
from tests.remediation.support import incident

POLICY = GuardPolicy.model_validate(load_yaml(DEFAULT_POLICY.read_text()))


def test_plans_follow_faults_and_topology(estate: Estate) -> None:
    topo = estate.topology
    backed = next(x.id for x in topo.transport_links if x.backup_via)
    bare = next(x.id for x in topo.transport_links if not x.backup_via)
    runbooks = {r.fault: r for r in load_runbooks() if r.fault}
    assert plan_for(estate, "transport_link_down", backed, runbooks["transport_link_down"])[0] == [
        "reroute_transport", "dispatch_field_team", "escalate"]  # fmt: skip
    plan, skipped = plan_for(estate, "transport_link_down", bare, runbooks["transport_link_down"])
    assert plan == ["dispatch_field_team", "escalate"] and "no backup" in skipped[0]
    bare_partner = next(p.id for p in topo.partners if not p.failover)
    assert plan_for(estate, "partner_outage", bare_partner)[0] == ["escalate"]
    assert plan_for(estate, "transient_spike", topo.cells[0].id, runbooks["transient_spike"])[0] == []
    assert plan_for(estate, "something_new", topo.cells[0].id)[0] == ["escalate"]
    # restart_cell would make congestion worse: never in its plan.
    assert "restart_cell" not in plan_for(estate, "cell_congestion", topo.cells[0].id)[0]


def test_approval_by_risk() -> None:
    assert GuardPolicy.approver("low", auto_approve_medium=False) == "policy"
    assert GuardPolicy.approver("medium", auto_approve_medium=True) == "policy"
    assert GuardPolicy.approver("medium", auto_approve_medium=False) == "person"
    assert GuardPolicy.approver("high", auto_approve_medium=True) == "person"


def test_maintenance_scope_covers_the_target_and_what_it_sits_in(estate: Estate) -> None:
    topo = estate.topology
    link = topo.transport_links[0].id
    assert maintenance_scope(estate, link, blast_radius=False) == {link}
    assert set(topo.cells_behind_link(link)) <= maintenance_scope(estate, link, blast_radius=True)
    cell = topo.cells[0]
    for blast_radius in (False, True):
        assert maintenance_scope(estate, cell.id, blast_radius=blast_radius) == {cell.id, cell.site}
    upf = next(c.id for c in topo.core_functions if c.type == "UPF")
    assert maintenance_scope(estate, upf, blast_radius=True) == {upf}


def test_ready_to_act_holds_sudden_faults_briefly_and_confirms_gradual_ones(estate: Estate) -> None:
    cell = estate.topology.cells[0].id
    outage = incident("i1", cell, "cell", "cell_outage")
    assert not ready_to_act(outage, POLICY, estate, outage.opened_at + 0.5)
    assert ready_to_act(outage, POLICY, estate, outage.opened_at + POLICY.hold_s)
    far = incident("i2", cell, "cell", "cell_congestion", predicted=True, impact_at=outage.opened_at + 60)
    assert not ready_to_act(far, POLICY, estate, far.opened_at + 2)
    assert ready_to_act(far, POLICY, estate, far.opened_at + POLICY.predict_confirm_s)
    near = incident("i3", cell, "cell", "cell_congestion", predicted=True, impact_at=outage.opened_at + 6)
    assert ready_to_act(near, POLICY, estate, near.opened_at + 2)
    beyond = incident("i4", cell, "cell", "cell_congestion", predicted=True, impact_at=outage.opened_at + 5000)
    assert not ready_to_act(beyond, POLICY, estate, beyond.opened_at + 10)
