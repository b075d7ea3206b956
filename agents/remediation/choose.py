"""Choosing the remediation plan for a diagnosed fault, from estate/faults.yaml and the topology.

The plan is the fault's ``fixed_by`` actions that apply to the root cause, in order, with their
preconditions checked against the topology (reroute only with a backup path, failover only with a
failover endpoint, scale-out only for a scalable NF), followed by ``escalate`` as the last resort.
A fault that nothing fixes (noise) gets an empty plan: nothing is done.
"""

from __future__ import annotations

from nerve.estate import Estate
from tools.remediation import precondition

ESCALATE = "escalate"


def plan_for(estate: Estate, fault: str, target: str) -> tuple[list[str], list[str]]:
    """The ordered actions for ``fault`` on ``target`` and the reasons for those left out.

    Unknown faults go straight to a person; known faults that nothing fixes (noise) get no plan.
    """
    spec = estate.faults.faults.get(fault)
    if spec is None:
        return [ESCALATE], [f"no runbook for probable cause {fault!r}"]
    if not spec.fixed_by:
        return [], [f"{fault} clears by itself; nothing to do"]
    plan: list[str] = []
    skipped: list[str] = []
    for action in spec.fixed_by:
        why_not = precondition(estate, action, target)
        if why_not is None:
            plan.append(action)
        else:
            skipped.append(why_not)
    plan.append(ESCALATE)
    return plan, skipped
