"""The remediation graph's state: one thread per incident (or per engineer's proposal).

Every field is a typed model, checkpointed as such. A thread checkpointed before the state was
typed holds plain dicts and strings under the same names: LangGraph builds this model from the
checkpoint's values at every step, so such a thread is migrated by validation when it resumes (see
``from_checkpoint``), and a value that no longer fits is refused with a ``StateRefused``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Literal, TypedDict

from pydantic import BaseModel, ValidationError

from agents.remediation.guard import Verdict
from nerve.errors import NerveError
from tools.remediation import Proposal

Outcome = Literal[
    "recovered",  # the action fixed it
    "cleared_by_itself",  # it recovered, but not by the action's doing
    "expected_effect",  # an action's expected disturbance, nothing to fix
    "escalated",
    "unresolved",
    "blocked",
    "denied",
    "no_action",
    "symptom",  # recovered with its upstream cause
    "closed",  # closed (or unknown) before anything was needed
]
AttemptStatus = Literal["succeeded", "failed", "rejected", "no_result"]
ApprovalStatus = Literal["pending", "approved", "denied"]


class Diagnosis(BaseModel):
    root_cause: str
    root_kind: str
    fault: str
    predicted: bool = False
    expected_impact_at: float | None = None
    entities: list[str] = []
    evidence: list[str] = []
    recent_changes: list[str] = []
    maintenance: list[str] = []
    notes: list[str] = []
    similar: list[str] = []  # similar past incidents from memory


class Attempt(BaseModel):
    step: int
    action: str
    target: str
    command_id: str
    approved_by: str  # "policy" or the person's id
    status: AttemptStatus
    reason: str
    at: float
    symptoms: list[str] = []  # the KPIs anomalous on the target when the action ran


class ApprovalAsk(TypedDict):
    """What the graph's interrupt carries while it waits for a person."""

    approval_id: str
    action: str


class Answer(BaseModel):
    """A person's decision, the value an approval interrupt is resumed with."""

    approved: bool
    person: str = "unknown"
    reason: str = ""
    at: float | None = None


class ApprovalState(BaseModel):
    approval_id: str
    step: int
    status: ApprovalStatus
    person: str | None = None
    reason: str = ""
    at: float | None = None


class RemediationState(BaseModel):
    incident_id: str  # the correlation id of every command and audit record of this thread
    proposal: Proposal | None = None  # set when an engineer proposed the action (NOC agent)
    diagnosis: Diagnosis | None = None
    diagnosed_cause: str = ""  # the incident's root cause when diagnosed: the correlator may revise it
    target: str = ""
    plan: list[str] = []
    step: int = 0
    attempts: list[Attempt] = []
    verdict: Verdict | None = None
    approval: ApprovalState | None = None
    outcome: Outcome | None = None
    summary: str = ""

    @property
    def action(self) -> str:
        """The action of the plan's current step."""
        return self.plan[self.step]

    @property
    def thread_id(self) -> str:
        return self.proposal.proposal_id if self.proposal is not None else self.incident_id


class StateRefused(NerveError):
    """A checkpointed thread whose values no longer fit the state: it is not resumed."""


def from_checkpoint(values: Mapping[str, object]) -> RemediationState:
    """The typed state of a checkpoint's values, in the current shape or the old dict shape."""
    try:
        return RemediationState.model_validate(dict(values))
    except ValidationError as exc:
        raise StateRefused(f"checkpointed remediation state does not fit: {exc}") from exc


class Update(TypedDict, total=False):
    """What a node changes: the fields it returns replace the state's."""

    diagnosis: Diagnosis | None  # None: diagnose again (the root cause was revised)
    diagnosed_cause: str
    target: str
    plan: list[str]
    step: int
    attempts: list[Attempt]
    verdict: Verdict
    approval: ApprovalState
    outcome: Outcome
    summary: str
