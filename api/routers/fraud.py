"""Fraud cases for the NOC: each with its evidence and the responses taken; a person (approver) may
mark one a false positive, which the fraud worker learns from and the audit trail keeps.

The pending approvals of fraud responses (a line's suspension always waits for a person) are in the
approvals queue with everyone else's: /api/approvals.
"""

from __future__ import annotations

from fastapi import APIRouter, Query

from api.deps import ApproverDep, StateDep, ViewerDep
from api.problems import Problem, problem_responses
from api.schemas import FalsePositiveCreate, FalsePositivePublic
from nerve import topics as t
from nerve.audit import audit
from nerve.contracts import Actor, FraudCase, FraudMark, now
from nerve.contracts.fraud import MARK_AUDIT
from tools.fraud import FraudCaseReport, case_reports

router = APIRouter(prefix="/api/fraud", tags=["NOC: fraud"])
ERRORS = problem_responses(401, 403, 404, 409, 422, 429)


@router.get("/cases", response_model=list[FraudCaseReport], responses=ERRORS)
async def list_cases(
    _: ViewerDep,
    state: StateDep,
    open_only: bool = Query(False, description="only cases still open"),
    since_s: float = Query(86400.0, gt=0, le=30 * 86400, description="cases updated this recently, and every open one"),
) -> list[FraudCaseReport]:
    """Fraud cases, oldest first: the features that passed their thresholds against the line's
    baseline, the records that made them, the responses taken and who approved them, what contained
    each, what waits for a person's approval, and the spend per hour a contained case was running up."""
    return await case_reports(state.bus, state.estate, open_only=open_only, since_s=since_s)


@router.post("/cases/{case_id}/false-positive", response_model=FalsePositivePublic, status_code=202, responses=ERRORS)
async def mark_false_positive(
    case_id: str, body: FalsePositiveCreate, person: ApproverDep, state: StateDep
) -> FalsePositivePublic:
    """Mark a case a false positive, with a reason: the fraud worker closes it as such and the line
    may do as much again without a case of its kind; the responses in force for it are lifted, on
    your word, and the line works again; the mark is audited with your name."""
    case = (await state.bus.latest(t.FRAUD_CASES)).get(case_id)
    if not isinstance(case, FraudCase):
        raise Problem("not-found", f"no fraud case {case_id!r}; see /api/fraud/cases")
    if case.state == "false_positive":
        raise Problem("conflict", f"{case_id} is marked a false positive already")
    by = Actor(kind="person", id=person.name)
    mark = FraudMark(mark_id=f"fp-{case_id}", case=case, by=by, reason=body.reason, at=now())
    await state.bus.publish(t.FRAUD_MARKS, mark, key=case.judged_by)
    await audit(state.bus, by, MARK_AUDIT, case.subscriber, correlation_id=case_id, outcome="marked",
                reason=body.reason, detail={"case": case_id, "kind": case.kind, "features": case.features})  # fmt: skip
    return FalsePositivePublic(case_id=case_id, mark_id=mark.mark_id, by=person.name)
