"""Choosing the remediation plan for a diagnosed fault, from estate/faults.yaml and the topology.

The plan is the fault's ``fixed_by`` actions that apply to the root cause, in order, with their
preconditions checked against the topology (reroute only with a backup path, failover only with a
failover endpoint, scale-out only for a scalable NF), followed by the runbook's fallback (escalate).
A fault that nothing fixes (noise) gets an empty plan: nothing is done.
"""

from __future__ import annotations

from memory.runbooks import Runbook
from nerve.estate import Estate
from tools.remediation import precondition

ESCALATE = "escalate"


def plan_for(estate: Estate, fault: str, target: str, runbook: Runbook | None = None) -> tuple[list[str], list[str]]:
    """The ordered actions for ``fault`` on ``target`` and the reasons for those left out.

    The runbook's actions when there is one, else the fault's ``fixed_by``; the runbook's fallback
    (escalate unless it says none) closes the plan. Unknown faults go straight to a person; known
    faults that nothing fixes (noise) get no plan.
    """
    spec = estate.faults.faults.get(fault)
    if spec is None:
        return [ESCALATE], [f"no runbook for probable cause {fault!r}"]
    actions = runbook.actions if runbook is not None else spec.fixed_by
    if not actions:
        return [], [f"{fault} clears by itself; nothing to do"]
    plan: list[str] = []
    skipped: list[str] = []
    for action in actions:
        why_not = precondition(estate, action, target)
        if why_not is None:
            plan.append(action)
        else:
            skipped.append(why_not)
    fallback = runbook.fallback if runbook is not None else ESCALATE
    if fallback and fallback != "none" and fallback not in plan:
        plan.append(fallback)
    return plan, skipped
