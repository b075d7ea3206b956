"""The approvals queue: pending medium/high-risk actions; approve or deny (approver role).

Each pending action shows its blast radius (what it will disturb, for how long) and the target's
health now. Four eyes: the proposer of an action may not approve it (403); another approver must.
Approving an action on a healthy target needs a reason (422 ``reason-required`` without one).
"""

from __future__ import annotations

from fastapi import APIRouter

from agents.remediation.approvals import PendingApproval
from api.deps import ApprovalsDep, ApproverDep, StateDep, ViewerDep
from api.problems import problem_responses
from api.routers.kpis import latest_readings
from api.schemas import ApprovalCreate, ApprovalPublic, DecisionPublic, DenialCreate
from api.state import AppState

router = APIRouter(prefix="/api/approvals", tags=["NOC: approvals"])
ERRORS = problem_responses(401, 403, 404, 409, 422, 429, 503)


def approval_public(pending: PendingApproval, state: AppState) -> ApprovalPublic:
    """The request as a decision card needs it: what the action does (the estate's words) and the
    target's live KPIs beside what the loop sent."""
    spec = state.estate.faults.actions.get(pending.action)
    return ApprovalPublic.model_validate(pending, from_attributes=True).model_copy(
        update={
            "effect": spec.effect if spec is not None else "",
            "target_kpis": latest_readings(state.estate, state.feed, pending.target),
            "detail": pending.model_dump(mode="json", exclude=set(ApprovalPublic.model_fields)),
        }
    )


@router.get("", response_model=list[ApprovalPublic], responses=ERRORS)
async def list_approvals(_: ViewerDep, approvals: ApprovalsDep, state: StateDep) -> list[ApprovalPublic]:
    """Actions waiting for a person, with their evidence, the action's effect and the target's KPIs."""
    return [approval_public(p, state) for p in await approvals.pending_approvals()]


@router.post("/{approval_id:path}/approve", response_model=DecisionPublic, responses=ERRORS)
async def approve(
    approval_id: str, person: ApproverDep, approvals: ApprovalsDep, body: ApprovalCreate | None = None
) -> DecisionPublic:
    """Approve the action: the loop executes it and the decision is audited with your name, the
    proposer's, your reason and the target's health. Your own proposal needs another approver (403);
    an action on a healthy target needs a reason (422)."""
    record = await approvals.approve(approval_id, person.name, body.reason if body is not None else "")
    return DecisionPublic(approval_id=approval_id, decision="approved", by=person.name, detail=record)


@router.post("/{approval_id:path}/deny", response_model=DecisionPublic, responses=ERRORS)
async def deny(approval_id: str, body: DenialCreate, person: ApproverDep, approvals: ApprovalsDep) -> DecisionPublic:
    """Deny the action with a reason: the loop does not execute it."""
    record = await approvals.deny(approval_id, person.name, body.reason)
    return DecisionPublic(approval_id=approval_id, decision="denied", by=person.name, detail=record)
