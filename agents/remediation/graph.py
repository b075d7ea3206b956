"""The remediation graph: diagnose → choose → guard → (approval) → act → verify → learn.

Verification tells cause from coincidence: a fix is credited (``recovered``) only when the action is
one that fixes the diagnosed fault, the target showed that fault's symptoms when it ran, and they
cleared within the time allowed; a recovery without that is ``cleared_by_itself``, and an action on a
target that had nothing wrong with it is ``expected_effect`` once its expected disturbance has passed.
An incident that is an action's expected effect is not acted on while it is expected to pass.

One LangGraph thread per incident (thread id = incident id), checkpointed after every node, so a
restarted loop resumes where it was: a command already issued is found in the ledger and never
published twice (command ids are ``incident/step-action``), and a pending approval stays pending.
A high-risk (or, by setting, medium-risk) action is a LangGraph ``interrupt`` resumed by a
person's decision. ``build_graph`` returns the uncompiled builder so callers pick the checkpointer.

The nodes are module-level functions of the typed state (``state.RemediationState``) and the run's
``LoopDeps``, passed as LangGraph's runtime context (``ainvoke(..., context=deps)``): each can be
called alone.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime
from langgraph.types import interrupt

from agents.remediation.approvals import ApprovalBook
from agents.remediation.choose import ESCALATE, plan_for
from agents.remediation.diagnose import diagnose, explaining_action, ready_to_act, symptom_of
from agents.remediation.guard import Guard, Ledger, maintenance_scope
from agents.remediation.policy import GuardPolicy
from agents.remediation.state import (
    Answer,
    ApprovalAsk,
    ApprovalState,
    ApprovalStatus,
    Attempt,
    Diagnosis,
    Outcome,
    RemediationState,
    StateRefused,
    Update,
)
from memory.records import IncidentRecord
from memory.runbooks import Runbook
from memory.store import Memory
from nerve.audit import Trail
from nerve.contracts import Actor, Approval, Incident, Risk, now
from nerve.effects import GRACE_S, effect_of, signature
from nerve.errors import NerveError
from nerve.estate import Estate
from nerve.results import ResultWatcher
from tools.base import ToolContext
from tools.commands import command_id
from tools.ops_view import OpsView
from tools.remediation import RemediationRequest, execute_remediation

log = logging.getLogger(__name__)

LOOP = Actor(kind="agent", id="remediation-loop")
SYMPTOM_GRACE_S = 10.0  # after its upstream cause clears, a symptom incident gets this long to close
POLICY = Actor(kind="policy", id="guard")


@dataclass
class LoopDeps:
    """The graph's runtime context: what its nodes act through."""

    ctx: ToolContext  # the loop's own tool context (caller: the remediation agent)
    view: OpsView
    watcher: ResultWatcher
    ledger: Ledger
    guard: Guard
    policy: GuardPolicy
    runbooks: dict[str, Runbook]  # fault kind → runbook
    book: ApprovalBook  # approval requests and decisions already on the audit trail
    trail: Trail
    memory: Memory | None = None  # incident history: similar incidents in, outcomes out

    @property
    def estate(self) -> Estate:
        return self.ctx.estate

    async def note(self, action: str, state: RemediationState, outcome: str, reason: str, /, **detail: object) -> None:
        await self.trail(
            LOOP,
            action,
            state.target or state.incident_id,
            correlation_id=state.incident_id,
            outcome=outcome,
            reason=reason,
            detail=detail,
        )

    def is_closed(self, incident_id: str) -> bool:
        inc = self.view.incident(incident_id)
        return inc is None or inc.state == "closed"

    async def wait_closed(self, incident_id: str, also: str, timeout_s: float) -> None:
        await self.view.wait_for(lambda: self.is_closed(incident_id) or self.is_closed(also), timeout_s=timeout_s)

    async def settled(self, incident_id: str) -> Incident | None:
        """The incident once it is ripe for action (or closed)."""

        def ripe() -> bool:
            inc = self.view.incident(incident_id)
            return inc is None or inc.state == "closed" or ready_to_act(inc, self.policy, self.estate, now())

        await self.view.wait_for(ripe, timeout_s=self.policy.predict_horizon_s)
        return self.view.incident(incident_id)

    async def remember(self, state: RemediationState, outcome: Outcome, summary: str) -> None:
        """Write what happened to incident memory (an aid: a failed write is logged) and the audit trail."""
        if self.memory is not None:
            try:
                await self.memory.add_incident(_record(state, outcome, summary))
            except Exception:  # memory is an aid; losing one write must not stop the loop
                log.exception("could not write %s to incident memory", state.incident_id)
        await self.note("remediation.closed", state, outcome, summary)


Deps = Runtime[LoopDeps]


def approval_id(thread_id: str, step: int) -> str:
    return f"apr/{thread_id}/{step}"


async def diagnose_node(state: RemediationState, runtime: Deps) -> Update:
    deps, incident_id = runtime.context, state.incident_id
    incident = deps.view.incident(incident_id)
    if incident is None:
        await deps.note("remediation.skipped", state, "unknown", "incident not in the assurance view")
        return {"outcome": "closed"}
    incident = await deps.settled(incident_id) or incident
    if incident.state == "closed":
        await deps.note("remediation.skipped", state, "closed", "incident closed before any action was needed")
        return {"outcome": "closed"}
    if (cause := explaining_action(incident, deps.ledger, deps.estate)) is not None:
        expected = f"expected effect of {cause.action} on {cause.target} (command {cause.command_id})"
        await deps.note(
            "remediation.deferred",
            state,
            "expected_effect",
            f"{incident.root_cause}: {expected}, due to pass by {cause.expected_until:.0f}",
            command_id=cause.command_id,
            action=cause.action,
        )
        end = cause.expected_until + GRACE_S
        await deps.view.wait_for(lambda: deps.is_closed(incident_id) or now() >= end, timeout_s=end - now() + 1)
        if deps.is_closed(incident_id):
            summary = f"{incident_id}: {expected}; cleared by itself, no action taken"
            await deps.remember(state.model_copy(update={"target": incident.root_cause}), "expected_effect", summary)
            return {"outcome": "expected_effect", "summary": summary}
        incident = deps.view.incident(incident_id) or incident
    if (upstream := symptom_of(deps.view, deps.estate, incident, now())) is not None:
        await deps.note(
            "remediation.deferred",
            state,
            "symptom",
            f"{incident.root_cause} is behind {upstream.root_cause}, root cause of {upstream.incident_id}",
            upstream=upstream.incident_id,
        )
        # Act on this incident only if it outlives its upstream cause (a second fault behind it).
        await deps.wait_closed(upstream.incident_id, incident_id, deps.policy.max_wait_s)
        await deps.wait_closed(incident_id, incident_id, SYMPTOM_GRACE_S)
        incident = deps.view.incident(incident_id) or incident
        if incident.state == "closed":
            await deps.note("remediation.skipped", state, "symptom", f"recovered with {upstream.incident_id}")
            return {"outcome": "symptom"}
    found = diagnose(deps.view, deps.estate, incident, now())
    if deps.memory is not None:
        try:
            hits = await deps.memory.similar_incidents(f"{found.fault} on {found.root_cause}", k=2)
            found.similar = [f"{h.incident.incident_id}: {h.incident.summary}" for h in hits if h.score > 0.5]
        except NerveError as exc:
            log.warning("incident memory unavailable: %s", exc)
    await deps.note(
        "remediation.diagnosed",
        state.model_copy(update={"target": found.root_cause}),
        found.fault,
        f"root cause {found.root_cause} ({found.fault})" + ("; predicted" if incident.predicted else ""),
        diagnosis=found.model_dump(),
    )
    return {"diagnosis": found, "target": found.root_cause, "diagnosed_cause": incident.root_cause}


async def choose_node(state: RemediationState, runtime: Deps) -> Update:
    deps, d = runtime.context, _diagnosis(state)
    runbook = deps.runbooks.get(d.fault)
    plan, skipped = plan_for(deps.estate, d.fault, d.root_cause, runbook)
    source = f"runbook {runbook.id}" if runbook is not None else "estate/faults.yaml"
    reason = f"{source}: plan {' → '.join(plan) or 'none'}" + (f"; not: {'; '.join(skipped)}" if skipped else "")
    await deps.note("remediation.planned", state, "planned" if plan else "no_action", reason, plan=plan, source=source)
    # After a revised diagnosis the new plan follows the steps taken, so that every step keeps its
    # number (an approval's id is the thread's and the step's).
    done = state.plan[: state.step + 1] if state.attempts else []
    return {"plan": done + plan, "step": len(done)} if plan else {"outcome": "no_action"}


async def guard_node(state: RemediationState, runtime: Deps) -> Update:
    deps = runtime.context
    verdict = deps.guard.check(state.action, state.target, state.incident_id, now())
    if state.proposal is not None and verdict.outcome == "allow":
        # An engineer's proposal always needs a person's approval, whatever its risk.
        verdict = replace(
            verdict, outcome="approval", reason=f"proposed by {state.proposal.proposed_by}: needs approval"
        )
    await deps.note(
        f"guard.{verdict.outcome}",
        state,
        verdict.outcome,
        verdict.reason,
        action=state.action,
        rule=verdict.rule,
        risk=verdict.risk,
    )
    return {"verdict": verdict}


def after_guard(state: RemediationState) -> Literal["act", "request_approval", "blocked"]:
    outcome = state.verdict.outcome if state.verdict is not None else "block"
    return "act" if outcome == "allow" else "request_approval" if outcome == "approval" else "blocked"


async def blocked_node(state: RemediationState, runtime: Deps) -> Update:
    deps, verdict = runtime.context, state.verdict
    plan, step, incident_id = state.plan, state.step, state.incident_id
    rule = verdict.rule if verdict is not None else None
    # Being rate-limited or capped is a reason to page someone.
    if rule in ("frequency", "incident_cap") and plan[step] != ESCALATE and ESCALATE in plan:
        return {"step": plan.index(ESCALATE)}
    # Planned work, or another incident's fix in progress: wait for it to end, then ask the guard again.
    if rule == "maintenance":
        scope = maintenance_scope(deps.estate, state.target, blast_radius=deps.policy.maintenance_blast_radius)
        # Planned work often leaves symptoms that clear once it ends: give them time to.
        windows_end = max((w.end for w in deps.view.windows_at(scope, now())), default=now())
        end = windows_end + deps.policy.after_maintenance_s
        if end - now() < deps.policy.max_wait_s:
            await deps.view.wait_for(lambda: now() >= end or deps.is_closed(incident_id), timeout_s=end - now() + 1)
            if not deps.is_closed(incident_id):
                return {}
    elif rule == "conflict" and verdict is not None and verdict.other:
        await deps.wait_closed(verdict.other, incident_id, deps.policy.max_wait_s)
        if not deps.is_closed(incident_id):
            return {}
    return {"outcome": "blocked"}


async def request_approval_node(state: RemediationState, runtime: Deps) -> Update:
    deps, step = runtime.context, state.step
    aid = approval_id(state.thread_id, step)
    pending = ApprovalState(approval_id=aid, status="pending", step=step)
    # A loop stopped after asking but before its checkpoint re-runs this node: ask only once.
    if aid in deps.book.requests:
        return {"approval": pending}
    verdict = state.verdict
    await deps.note(
        "approval.requested",
        state,
        "pending",
        verdict.reason if verdict is not None else "",
        approval_id=aid,
        thread_id=state.thread_id,
        action=state.action,
        target=state.target,
        risk=verdict.risk if verdict is not None else None,
        evidence=state.diagnosis.evidence if state.diagnosis is not None else [],
        # Four eyes: whoever proposed the action may not approve it (see approvals.may_decide).
        proposed_by=state.proposal.proposed_by if state.proposal is not None else LOOP.id,
    )
    return {"approval": pending}


async def await_approval_node(state: RemediationState) -> Update:
    pending = _pending(state)
    ask = ApprovalAsk(approval_id=pending.approval_id, action=state.action)
    answer = Answer.model_validate(interrupt(ask))
    status: ApprovalStatus = "approved" if answer.approved else "denied"
    decided = pending.model_copy(
        update={"status": status, "person": answer.person, "reason": answer.reason, "at": answer.at}
    )
    return {"approval": decided}


def after_approval(state: RemediationState) -> Literal["act", "denied"]:
    return "act" if state.approval is not None and state.approval.status == "approved" else "denied"


async def denied_node(state: RemediationState, runtime: Deps) -> Update:
    decision = _pending(state)
    reason = decision.reason or "no reason given"
    await runtime.context.note(
        "remediation.stopped", state, "denied", f"{decision.person or 'a person'} refused: {reason}"
    )
    return {"outcome": "denied"}


async def act_node(state: RemediationState, runtime: Deps) -> Update:
    deps, step, action, target, incident_id = runtime.context, state.step, state.action, state.target, state.incident_id
    cid = command_id(incident_id, f"{step + 1}-{action}")
    approval = _approval(state, deps.policy.risk(deps.estate, action))
    before = deps.view.entity(target)
    symptoms = sorted({a.kpi for a in before.open_anomalies if a.detector != "baseline"}) if before else []
    if cid not in deps.ledger.issued:  # a restarted loop finds its earlier command here and does not repeat it
        cmd = await execute_remediation(
            deps.ctx,
            RemediationRequest(action=action, target=target, incident_id=incident_id),
            correlation_id=incident_id,
            step=f"{step + 1}-{action}",
            approval=approval,
        )
        deps.ledger.add(cmd)
    result = await deps.watcher.wait(cid, deps.policy.result_timeout_s)
    attempt = Attempt(
        step=step,
        action=action,
        target=target,
        command_id=cid,
        approved_by=approval.approved_by.id if approval.approved_by.kind == "person" else "policy",
        status=result.status if result else "no_result",
        reason=(result.reason or "") if result else f"no result within {deps.policy.result_timeout_s:.0f}s",
        at=now(),
        symptoms=symptoms,
    )
    await deps.note(
        "remediation.acted", state, attempt.status, attempt.reason or f"{action} on {target}", **attempt.model_dump()
    )
    return {"attempts": [*state.attempts, attempt]}


def after_act(state: RemediationState) -> Literal["verify", "advance", "learn"]:
    last = state.attempts[-1]
    if last.action == ESCALATE:
        return "learn"
    return "verify" if last.status == "succeeded" else "advance"


async def verify_node(state: RemediationState, runtime: Deps) -> Update:
    deps, last, target = runtime.context, state.attempts[-1], state.target
    kind = deps.estate.topology.kind_of.get(target, "unknown")
    incident = deps.view.incident(state.incident_id)
    fault = (state.diagnosis.fault if state.diagnosis is not None else "") or (
        incident.probable_cause if incident else ""
    )
    runbook = deps.runbooks.get(fault)
    effect = effect_of(deps.estate, last.action, target)
    verify_s = max(
        deps.policy.limit(last.action, kind).verify_s,
        runbook.verify_within_s if runbook else 0.0,
        effect.duration_s + GRACE_S,
    )
    recovered = await deps.view.wait_for(lambda: _recovered(deps.view, state, last.at), timeout_s=verify_s)
    if not recovered:
        await deps.note(
            "remediation.verified", state, "not_recovered", f"not fixed {verify_s:.0f}s after {last.action}"
        )
        now_incident = deps.view.incident(state.incident_id)
        if (
            state.proposal is None
            and state.diagnosed_cause  # "": a thread checkpointed before this was recorded
            and now_incident is not None
            and now_incident.state != "closed"
            and now_incident.root_cause != state.diagnosed_cause
        ):
            # The correlator found the root cause elsewhere meanwhile (a breach that came later, say):
            # the next step of the old plan would treat the wrong entity, so diagnose again.
            why = f"root cause revised from {state.diagnosed_cause} to {now_incident.root_cause}: diagnosing again"
            await deps.note("remediation.revised", state, "revised", why)
            return {"diagnosis": None}
        return {}
    outcome, reason = _credit(deps.estate, fault, kind, last, for_incident=incident is not None)
    await deps.note("remediation.verified", state, outcome, reason)
    return {"outcome": outcome}


def after_verify(state: RemediationState) -> Literal["learn", "diagnose", "advance"]:
    if state.outcome:
        return "learn"
    return "diagnose" if state.diagnosis is None and state.proposal is None else "advance"


async def advance_node(state: RemediationState) -> Update:
    step = state.step + 1
    return {"step": step} if step < len(state.plan) else {"outcome": "unresolved"}


def after_advance(state: RemediationState) -> Literal["learn", "guard"]:
    return "learn" if state.outcome else "guard"


async def learn_node(state: RemediationState, runtime: Deps) -> Update:
    outcome: Outcome = state.outcome or ("escalated" if state.attempts[-1].action == ESCALATE else "unresolved")
    steps = ", ".join(f"{a.action} on {a.target}: {a.status}" for a in state.attempts)
    what = f"{state.diagnosis.fault if state.diagnosis is not None else 'proposal'} at {state.target}"
    summary = f"{state.incident_id}: {what}; {steps or 'no action'}; {OUTCOME_WORDS.get(outcome, outcome)}"
    await runtime.context.remember(state, outcome, summary)
    return {"outcome": outcome, "summary": summary}


def route_start(state: RemediationState) -> Literal["diagnose", "guard"]:
    return "guard" if state.proposal is not None else "diagnose"


def done_or(next_node: str) -> Callable[[RemediationState], str]:
    return lambda state: END if state.outcome else next_node


def build_graph() -> StateGraph[RemediationState, LoopDeps, RemediationState, RemediationState]:
    g = StateGraph(RemediationState, context_schema=LoopDeps)
    g.add_node("diagnose", diagnose_node)
    g.add_node("choose", choose_node)
    g.add_node("guard", guard_node)
    g.add_node("blocked", blocked_node)
    g.add_node("request_approval", request_approval_node)
    g.add_node("await_approval", await_approval_node)
    g.add_node("denied", denied_node)
    g.add_node("act", act_node)
    g.add_node("verify", verify_node)
    g.add_node("advance", advance_node)
    g.add_node("learn", learn_node)
    g.add_conditional_edges(START, route_start)
    g.add_conditional_edges("diagnose", done_or("choose"))
    g.add_conditional_edges("choose", done_or("guard"))
    g.add_conditional_edges("guard", after_guard)
    g.add_conditional_edges("blocked", done_or("guard"))
    g.add_edge("request_approval", "await_approval")
    g.add_conditional_edges("await_approval", after_approval)
    g.add_edge("denied", END)
    g.add_conditional_edges("act", after_act)
    g.add_conditional_edges("verify", after_verify)
    g.add_conditional_edges("advance", after_advance)
    g.add_edge("learn", END)
    return g


def _diagnosis(state: RemediationState) -> Diagnosis:
    if state.diagnosis is None:
        raise StateRefused(f"{state.incident_id}: no diagnosis to plan from")
    return state.diagnosis


def _pending(state: RemediationState) -> ApprovalState:
    if state.approval is None:
        raise StateRefused(f"{state.thread_id}: no approval was requested")
    return state.approval


def _approval(state: RemediationState, risk: Risk) -> Approval:
    decision = state.approval
    if decision is not None and decision.status == "approved" and decision.step == state.step:
        person = Actor(kind="person", id=decision.person or "unknown")
        return Approval(approved_by=person, at=decision.at or now(), risk=risk, note=decision.reason)
    return Approval(approved_by=POLICY, at=now(), risk=risk, note="approved by the guard policy")


OUTCOME_WORDS: dict[Outcome, str] = {
    "recovered": "fixed by the action",
    "cleared_by_itself": "cleared by itself, not by the action",
    "expected_effect": "nothing was wrong; the action's expected effect passed",
    "unresolved": "not fixed",
}


def _credit(estate: Estate, fault: str, kind: str, attempt: Attempt, *, for_incident: bool) -> tuple[Outcome, str]:
    """Whether a recovery after ``attempt`` is the action's doing: the action fixes ``fault`` and the
    target showed the fault's symptoms (the KPIs the estate names for it) when the action ran. An
    action outside any incident on a target with no symptoms had nothing to fix."""
    action, target, symptoms = attempt.action, attempt.target, set(attempt.symptoms)
    if not symptoms and not for_incident:
        return "expected_effect", f"{target} was healthy when {action} ran; its expected effect passed, nothing fixed"
    spec = estate.faults.faults.get(fault)
    if spec is None or action not in spec.fixed_by:
        return (
            "cleared_by_itself",
            f"{target} recovered, but {action} does not fix {fault or 'this'}: cleared by itself",
        )
    wanted = signature(estate, fault, kind)
    if symptoms and wanted and not symptoms & wanted:
        shown = ", ".join(sorted(symptoms))
        return "cleared_by_itself", f"{target} showed {shown}, not the symptoms of {fault}: cleared by itself"
    return "recovered", f"{target} recovered after {action}" + (
        f": {', '.join(sorted(symptoms))} cleared" if symptoms else ""
    )


def _record(state: RemediationState, outcome: Outcome, summary: str) -> IncidentRecord:
    fault = state.diagnosis.fault if state.diagnosis is not None else None
    return IncidentRecord(
        incident_id=state.incident_id,
        summary=summary,
        root_cause=f"{fault or 'unknown'} on {state.target}",
        target=state.target,
        fault=fault,
        actions=[f"{a.action} {a.target}: {a.status}" for a in state.attempts],
        outcome="not_recovered" if outcome == "unresolved" else outcome,
        opened_at=min((a.at for a in state.attempts), default=now()),
    )


def _recovered(view: OpsView, state: RemediationState, since: float) -> bool:
    incident = view.incident(state.incident_id)
    if incident is not None and incident.state == "closed":
        return True
    ctx = view.entity(state.target)
    # The stream layer may keep an incident open a little while anomalies abate; a root cause
    # reported healthy, with nothing open, after the action counts as recovered.
    return ctx is not None and ctx.ts > since + 2 and ctx.health == "ok" and not ctx.open_anomalies
