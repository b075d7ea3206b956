"""Each node of the remediation graph on its own: typed state in, typed update out, no broker.

A node takes its dependencies from the run's ``LoopDeps`` (LangGraph's runtime context): here the
real assurance view, result watcher, ledger, guard and approval book, fed by hand instead of from
Kafka, and an audit trail that keeps its records in a list. Targets are found by their place in
each operator's topology.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from langchain_core.runnables import RunnableConfig
from langgraph.runtime import Runtime
from langgraph.types import Command as Resume

from agents.remediation.approvals import ApprovalBook, PendingApproval
from agents.remediation.choose import ESCALATE
from agents.remediation.graph import (
    LOOP,
    LoopDeps,
    act_node,
    advance_node,
    after_act,
    after_approval,
    after_guard,
    after_verify,
    approval_id,
    blocked_node,
    build_graph,
    choose_node,
    denied_node,
    diagnose_node,
    guard_node,
    learn_node,
    request_approval_node,
    route_start,
    verify_node,
)
from agents.remediation.guard import Guard, Issued, Ledger, Verdict
from agents.remediation.policy import ActionLimit, GuardPolicy
from agents.remediation.state import (
    ApprovalState,
    Attempt,
    Diagnosis,
    RemediationState,
    StateRefused,
    from_checkpoint,
)
from memory.checkpoint import open_checkpointer
from nerve.audit import Trail
from nerve.bus import Bus
from nerve.contracts import CommandResult, EntityContext, Incident, now
from nerve.estate import Estate
from nerve.results import ResultWatcher
from nerve.settings import Settings
from tests.remediation.support import incident
from tests.support.operators import every_estate
from tests.support.trail import ListTrail
from tools.base import Caller, ToolContext
from tools.ops_view import OpsView
from tools.remediation import Proposal

ESTATES = every_estate()
FAULT, ACTION = "cell_outage", "restart_cell"  # the estate format's vocabulary, in every operator's faults.yaml


def runtime(estate: Estate, tmp_path: Path, trail: Trail, **policy: float) -> Runtime[LoopDeps]:
    # Nothing here starts the bus: a node that tried to reach Kafka would fail the test.
    settings = Settings(bootstrap_servers="127.0.0.1:1", home=tmp_path)
    bus = Bus(settings)
    view, ledger = OpsView(bus), Ledger()
    rules = GuardPolicy(result_timeout_s=0.05, **policy)
    ctx = ToolContext(settings, bus, estate, Caller(LOOP, frozenset({"agent"})))
    guard = Guard(rules, estate, view, ledger, auto_approve_medium=False)
    deps = LoopDeps(ctx, view, ResultWatcher(bus), ledger, guard, rules, {}, ApprovalBook(bus), trail)
    return Runtime(context=deps)


def open_incident(estate: Estate, incident_id: str = "inc-1") -> Incident:
    cell = estate.topology.cells[0].id
    ripe = incident(incident_id, cell, "cell", FAULT).model_copy(update={"opened_at": now() - 60})
    return ripe


def seen(rt: Runtime[LoopDeps], *messages: Incident | EntityContext) -> None:
    for msg in messages:
        rt.context.view._apply(msg, False)


def planned(estate: Estate, **update: object) -> RemediationState:
    cell = estate.topology.cells[0].id
    d = Diagnosis(root_cause=cell, root_kind="cell", fault=FAULT)
    state = RemediationState(incident_id="inc-1", diagnosis=d, target=cell, plan=[ACTION, ESCALATE])
    return state.model_copy(update=update)


@pytest.mark.parametrize("name", ESTATES)
async def test_diagnose_reads_the_incident_and_names_its_root_cause(name: str, tmp_path: Path) -> None:
    estate, trail = ESTATES[name], ListTrail()
    rt = runtime(estate, tmp_path, trail)
    state = RemediationState(incident_id="inc-1")
    assert await diagnose_node(state, rt) == {"outcome": "closed"}, "an incident the view does not know"
    inc = open_incident(estate)
    seen(rt, inc)
    update = await diagnose_node(state, rt)
    assert update["target"] == inc.root_cause
    assert update["diagnosis"].fault == FAULT and update["diagnosis"].root_cause == inc.root_cause
    diagnosed = trail.records[-1]
    assert diagnosed.action == "remediation.diagnosed" and diagnosed.subject == inc.root_cause
    assert isinstance(diagnosed.detail["diagnosis"], dict), "the audit detail is plain JSON"
    seen(rt, inc.model_copy(update={"state": "closed"}))
    assert await diagnose_node(state, rt) == {"outcome": "closed"}


@pytest.mark.parametrize("name", ESTATES)
async def test_choose_plans_the_faults_fix_then_escalation(name: str, tmp_path: Path) -> None:
    estate, trail = ESTATES[name], ListTrail()
    update = await choose_node(planned(estate, plan=[]), runtime(estate, tmp_path, trail))
    assert update == {"plan": [ACTION, ESCALATE], "step": 0}
    assert trail.records[-1].outcome == "planned"
    unknown = planned(estate).model_copy(update={"diagnosis": Diagnosis(root_cause="x", root_kind="cell", fault="?")})
    assert (await choose_node(unknown, runtime(estate, tmp_path, trail)))["plan"] == [ESCALATE]
    with pytest.raises(StateRefused):
        await choose_node(RemediationState(incident_id="inc-1"), runtime(estate, tmp_path, trail))


@pytest.mark.parametrize("name", ESTATES)
async def test_guard_asks_a_person_for_a_medium_risk_action_and_for_any_proposal(name: str, tmp_path: Path) -> None:
    estate, trail = ESTATES[name], ListTrail()
    rt = runtime(estate, tmp_path, trail)
    risk = rt.context.policy.risk(estate, ACTION)
    verdict = (await guard_node(planned(estate), rt))["verdict"]
    assert verdict.risk == risk and verdict.outcome == ("allow" if risk == "low" else "approval")
    low = next(a for a, spec in estate.faults.actions.items() if spec.risk == "low" and a != ESCALATE)
    proposal = Proposal(proposal_id="prop-1", action=ESCALATE, target="x", incident_id=None, proposed_by="ann")
    proposed = planned(estate, plan=[low], proposal=proposal)
    verdict = (await guard_node(proposed, rt))["verdict"]
    assert verdict.outcome == "approval" and "proposed by ann" in verdict.reason
    assert trail.actions() == [f"guard.{'allow' if risk == 'low' else 'approval'}", "guard.approval"]


def test_routes_follow_the_typed_state() -> None:
    state = RemediationState(incident_id="inc-1", plan=["a"])
    for outcome, route in (("allow", "act"), ("approval", "request_approval"), ("block", "blocked")):
        verdict = Verdict(outcome=outcome, rule="risk", reason="", risk="low")  # type: ignore[arg-type]
        assert after_guard(state.model_copy(update={"verdict": verdict})) == route
    pending = ApprovalState(approval_id="apr/inc-1/0", step=0, status="approved")
    assert after_approval(state.model_copy(update={"approval": pending})) == "act"
    assert after_approval(state.model_copy(update={"approval": pending.model_copy(update={"status": "denied"})})) == (
        "denied"
    )
    done = Attempt(
        step=0, action="a", target="t", command_id="c", approved_by="policy", status="failed", reason="", at=1
    )
    assert after_act(state.model_copy(update={"attempts": [done]})) == "advance"
    assert after_act(state.model_copy(update={"attempts": [done.model_copy(update={"status": "succeeded"})]})) == (
        "verify"
    )
    proposal = Proposal(proposal_id="prop-1", action=ESCALATE, target="t", incident_id=None, proposed_by="ann")
    assert route_start(state) == "diagnose" and route_start(state.model_copy(update={"proposal": proposal})) == "guard"


@pytest.mark.parametrize("name", ESTATES)
async def test_a_rate_limited_action_goes_to_escalation(name: str, tmp_path: Path) -> None:
    estate = ESTATES[name]
    rt = runtime(estate, tmp_path, ListTrail())
    limited = Verdict(outcome="block", rule="frequency", reason="too often", risk="medium")
    assert await blocked_node(planned(estate, verdict=limited), rt) == {"step": 1}
    capped = Verdict(outcome="block", rule="incident_cap", reason="cap", risk="low")
    assert await blocked_node(planned(estate, verdict=capped, step=1), rt) == {"outcome": "blocked"}


@pytest.mark.parametrize("name", ESTATES)
async def test_an_approval_is_asked_once_with_who_proposed_it(name: str, tmp_path: Path) -> None:
    estate, trail = ESTATES[name], ListTrail()
    rt = runtime(estate, tmp_path, trail)
    verdict = Verdict(outcome="approval", rule="risk", reason="medium risk", risk="medium")
    state = planned(estate, verdict=verdict)
    update = await request_approval_node(state, rt)
    assert update == {"approval": ApprovalState(approval_id=approval_id("inc-1", 0), step=0, status="pending")}
    asked = trail.records[-1]
    assert asked.action == "approval.requested" and asked.detail["proposed_by"] == LOOP.id
    assert asked.detail["action"] == ACTION and asked.detail["risk"] == "medium"
    rt.context.book.requests[approval_id("inc-1", 0)] = PendingApproval.model_validate(
        {**asked.detail, "incident_id": "inc-1", "reason": asked.reason, "requested_at": now()}
    )
    assert await request_approval_node(state, rt) == update
    assert trail.actions().count("approval.requested") == 1, "a restarted loop does not ask twice"


@pytest.mark.parametrize("name", ESTATES)
async def test_a_denial_is_written_with_who_refused(name: str, tmp_path: Path) -> None:
    estate, trail = ESTATES[name], ListTrail()
    denied = ApprovalState(approval_id="apr/inc-1/0", step=0, status="denied", person="bob", reason="not now")
    assert await denied_node(planned(estate, approval=denied), runtime(estate, tmp_path, trail)) == {
        "outcome": "denied"
    }
    assert trail.records[-1].reason == "bob refused: not now"


@pytest.mark.parametrize("name", ESTATES)
async def test_act_after_a_restart_does_not_resend_and_records_the_result(name: str, tmp_path: Path) -> None:
    estate, trail = ESTATES[name], ListTrail()
    rt = runtime(estate, tmp_path, trail)
    state = planned(estate)
    cid = f"inc-1/1-{ACTION}"
    rt.context.ledger.issued[cid] = Issued(cid, ACTION, state.target, "inc-1", now())  # sent before the restart
    result = CommandResult(
        command_id=cid,
        type="remediation.execute",
        status="succeeded",
        correlation_id="inc-1",
        target=state.target,
        system="network",
        completed_at=now(),
    )
    rt.context.watcher._store(result, False)
    attempts = (await act_node(state, rt))["attempts"]
    assert [(a.command_id, a.status, a.approved_by) for a in attempts] == [(cid, "succeeded", "policy")]
    assert trail.records[-1].action == "remediation.acted" and trail.records[-1].detail["status"] == "succeeded"
    # No result within the time allowed: the attempt says so.
    rt.context.ledger.issued[f"inc-1/2-{ESCALATE}"] = Issued(f"inc-1/2-{ESCALATE}", ESCALATE, state.target, "inc-1", 0)
    later = await act_node(state.model_copy(update={"step": 1, "attempts": attempts}), rt)
    assert [a.status for a in later["attempts"]] == ["succeeded", "no_result"]


@pytest.mark.parametrize("name", ESTATES)
async def test_verify_credits_a_fix_only_for_a_recovery(name: str, tmp_path: Path) -> None:
    estate, trail = ESTATES[name], ListTrail()
    rt = runtime(estate, tmp_path, trail)
    inc = open_incident(estate)
    cell = inc.root_cause
    attempt = Attempt(
        step=0, action=ACTION, target=cell, command_id="c", approved_by="policy", status="succeeded", reason="", at=1
    )
    state = planned(estate, attempts=[attempt.model_copy(update={"symptoms": ["availability_pct"]})])
    seen(rt, inc.model_copy(update={"state": "closed"}))
    update = await verify_node(state, rt)
    assert update == {"outcome": "recovered"}
    assert trail.records[-1].action == "remediation.verified"


@pytest.mark.slow  # each verification waits out its 10 s, all at once
async def test_a_root_cause_revised_while_verifying_is_diagnosed_again_and_planned_after_the_steps_taken(
    tmp_path: Path,
) -> None:
    async def one(name: str, estate: Estate) -> None:
        inc = open_incident(estate)
        cell, other = inc.root_cause, estate.topology.cells[1].id
        attempt = Attempt(
            step=0, action=ACTION, target=cell, command_id="c", approved_by="policy", status="succeeded", reason="",
            at=1,
        )  # fmt: skip
        state = planned(estate, attempts=[attempt], diagnosed_cause=cell)
        proposed = Proposal(proposal_id="p-1", action=ACTION, target=cell, incident_id="inc-1", proposed_by="ana")
        same, revised = ListTrail(), ListTrail()
        rt_same = runtime(estate, tmp_path / name / "same", same, default=ActionLimit(verify_s=0.1))
        rt_revised = runtime(estate, tmp_path / name / "revised", revised, default=ActionLimit(verify_s=0.1))
        seen(rt_same, inc)
        seen(rt_revised, inc.model_copy(update={"root_cause": other, "state": "updated"}))
        kept, redo, by_hand = await asyncio.gather(
            verify_node(state, rt_same),
            verify_node(state, rt_revised),
            # A proposal's verification never diagnoses again: the engineer chose its target.
            verify_node(state.model_copy(update={"proposal": proposed}), rt_revised),
        )
        assert kept == {} and after_verify(state) == "advance", f"{name}: same root cause: the plan's next step"
        assert by_hand == {}, name
        assert redo == {"diagnosis": None}, name
        assert [r.action for r in revised.records].count("remediation.revised") == 1
        assert after_verify(state.model_copy(update=redo)) == "diagnose"
        diagnosed = await diagnose_node(state.model_copy(update=redo), rt_revised)
        assert (diagnosed["target"], diagnosed["diagnosed_cause"]) == (other, other), name
        replanned = await choose_node(state.model_copy(update=diagnosed), rt_revised)
        assert replanned["step"] == 1 and replanned["plan"][:1] == [ACTION], f"{name}: steps keep their numbers"

    await asyncio.gather(*(one(name, estate) for name, estate in ESTATES.items()))


async def test_advance_moves_to_the_next_step_or_gives_up() -> None:
    state = RemediationState(incident_id="inc-1", plan=["a", "b"])
    assert await advance_node(state) == {"step": 1}
    assert await advance_node(state.model_copy(update={"step": 1})) == {"outcome": "unresolved"}


@pytest.mark.parametrize("name", ESTATES)
async def test_learn_closes_the_thread_with_a_summary(name: str, tmp_path: Path) -> None:
    estate, trail = ESTATES[name], ListTrail()
    cell = estate.topology.cells[0].id
    escalated = Attempt(
        step=1, action=ESCALATE, target=cell, command_id="c", approved_by="policy", status="succeeded", reason="", at=5
    )
    update = await learn_node(planned(estate, attempts=[escalated]), runtime(estate, tmp_path, trail))
    assert update["outcome"] == "escalated"
    assert update["summary"].startswith(f"inc-1: {FAULT} at {cell}; {ESCALATE} on {cell}: succeeded")
    assert trail.records[-1].action == "remediation.closed" and trail.records[-1].outcome == "escalated"


# -- threads checkpointed before the state was typed -------------------------------------------

OLD = {
    "incident_id": "inc-9",
    "diagnosis": {"root_cause": "x1", "root_kind": "cell", "fault": FAULT, "evidence": ["x1: health down"]},
    "target": "x1",
    "plan": [ACTION, ESCALATE],
    "step": 0,
    "attempts": [],
    "verdict": {"outcome": "approval", "rule": "risk", "reason": "medium risk", "risk": "medium", "other": None},
    "approval": {"approval_id": "apr/inc-9/0", "status": "pending", "step": 0},
}


def test_old_dict_shaped_values_are_read_as_the_typed_state() -> None:
    state = from_checkpoint(
        {
            **OLD,
            "approval": {**OLD["approval"], "approved": False, "person": "bob", "reason": "no", "at": 3.0},
            "attempts": [
                {"step": 0, "action": ACTION, "target": "x1", "command_id": "c", "approved_by": "policy"}
                | {"status": "failed", "reason": "", "at": 2.0}
            ],
            "outcome": "denied",
        }
    )
    assert isinstance(state.diagnosis, Diagnosis) and state.diagnosis.evidence == ["x1: health down"]
    assert state.verdict == Verdict(outcome="approval", rule="risk", reason="medium risk", risk="medium")
    assert state.approval is not None and state.approval.person == "bob" and state.approval.status == "pending"
    assert state.attempts[0].symptoms == [] and state.outcome == "denied"
    with pytest.raises(StateRefused, match="outcome"):
        from_checkpoint({**OLD, "outcome": "fixed-somehow"})


@pytest.mark.parametrize("name", ESTATES)
async def test_a_thread_checkpointed_in_the_old_shape_resumes_at_its_approval(name: str, tmp_path: Path) -> None:
    estate, trail = ESTATES[name], ListTrail()
    rt = runtime(estate, tmp_path, trail)
    config: RunnableConfig = {"configurable": {"thread_id": "inc-9"}}
    async with open_checkpointer(rt.context.ctx.settings) as saver:  # SQLite, as the loop's
        graph = build_graph().compile(checkpointer=saver)
        # The old loop's checkpoint: plain dicts, stopped after asking for approval.
        await graph.aupdate_state(config, OLD, as_node="request_approval")
        await graph.ainvoke(None, config, context=rt.context)
        snapshot = await graph.aget_state(config)
        [ask] = [i.value for task in snapshot.tasks for i in task.interrupts]
        assert ask == {"approval_id": "apr/inc-9/0", "action": ACTION}
        answer = {"approved": False, "person": "bob", "reason": "not now", "at": now()}
        await graph.ainvoke(Resume(resume=answer), config, context=rt.context)
        final = from_checkpoint((await graph.aget_state(config)).values)
    assert final.outcome == "denied" and final.approval is not None and final.approval.person == "bob"
    assert trail.records[-1].action == "remediation.stopped" and trail.records[-1].reason == "bob refused: not now"
