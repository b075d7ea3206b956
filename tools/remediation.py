"""Remediation writes: execute an approved action (the loop), propose one (an engineer, via the NOC agent).

Both check that the action can act on the target at all (kind, backup path, failover endpoint);
whether it may run *now* is the guard's decision, made by the remediation loop for both paths.
"""

from __future__ import annotations

import logging

from pydantic import BaseModel

from nerve.audit import audit
from nerve.contracts import ActionKind, Approval, Command, RemediationPayload, new_id
from nerve.errors import NotPermitted, ToolError
from nerve.estate import Estate
from tools.base import ToolContext, ToolResult
from tools.commands import publish_command

log = logging.getLogger(__name__)

EXECUTORS = frozenset({"agent"})  # only the loop executes; people go through a proposal and approval
PROPOSERS = frozenset({"operator", "approver", "agent"})


def precondition(estate: Estate, action: str, target: str) -> str | None:
    """Why ``action`` cannot work on ``target`` (None when it can)."""
    topo = estate.topology
    spec = estate.faults.actions.get(action)
    kind = topo.kind_of.get(target)
    if spec is None or kind is None:
        return f"unknown action {action!r} or target {target!r}"
    if not spec.applies_to(kind):
        return f"{action} acts on a {spec.target}, not on the {kind} {target}"
    if action == "reroute_transport" and not topo.has_backup(target):
        return f"{target} has no backup path to reroute onto"
    if action == "failover_partner" and not topo.has_failover(target):
        return f"{target} has no failover endpoint"
    if action == "scale_out_nf" and not topo.core[target].scalable:
        return f"{target} cannot be scaled out"
    return None


class RemediationRequest(BaseModel):
    action: ActionKind
    target: str
    incident_id: str | None = None


class Proposal(BaseModel):
    proposal_id: str
    action: ActionKind
    target: str
    incident_id: str | None
    proposed_by: str


def _check_applicable(ctx: ToolContext, req: RemediationRequest) -> None:
    if (why_not := precondition(ctx.estate, req.action, req.target)) is not None:
        raise ToolError(why_not)


async def execute_remediation(
    ctx: ToolContext, req: RemediationRequest, *, correlation_id: str, step: str, approval: Approval
) -> Command:
    """Publish the remediation command (idempotent id ``correlation_id/step``). The guard has run before."""
    if not ctx.caller.roles & EXECUTORS:
        raise NotPermitted(f"{ctx.caller.actor.id} may not execute remediation; propose it instead")
    _check_applicable(ctx, req)
    payload = RemediationPayload(action=req.action, target=req.target, incident_id=req.incident_id)
    return await publish_command(
        ctx,
        type="remediation.execute",
        target=req.target,
        payload=payload,
        correlation_id=correlation_id,
        step=step,
        approval=approval,
    )


async def propose_remediation(ctx: ToolContext, req: RemediationRequest) -> ToolResult[Proposal]:
    """Propose an action on a network entity. It runs only after the remediation loop's guard
    and a person's approval; the answer says it is waiting for approval."""
    if not ctx.caller.roles & PROPOSERS:
        who = ctx.caller.actor.id
        return ToolResult.not_permitted(f"{who} may not propose remediation (needs operator or approver)")
    try:
        _check_applicable(ctx, req)
    except ToolError as exc:
        return ToolResult.invalid(str(exc))
    proposal = Proposal(
        proposal_id=new_id("prop"),
        action=req.action,
        target=req.target,
        incident_id=req.incident_id,
        proposed_by=ctx.caller.actor.id,
    )
    await audit(
        ctx.bus,
        ctx.caller.actor,
        "action.proposed",
        req.target,
        correlation_id=req.incident_id or proposal.proposal_id,
        outcome="pending",
        reason=f"{req.action} on {req.target} proposed by {ctx.caller.actor.id}",
        detail=proposal.model_dump(),
    )
    return ToolResult.approval_required(
        f"{req.action} on {req.target} proposed ({proposal.proposal_id}); it runs after the guard and approval",
        proposal,
    )
