"""What long-term memory stores and returns: incidents, resolved conversations, search hits."""

from __future__ import annotations

from pydantic import BaseModel, Field

from memory.runbooks import Runbook
from nerve.contracts import now


class IncidentRecord(BaseModel):
    """A closed incident, written back by the remediation loop when it closes."""

    incident_id: str
    summary: str  # what happened, in a sentence or two
    root_cause: str  # the confirmed root cause (fault kind and entity, or a description)
    target: str  # the root-cause entity id
    fault: str | None = None  # the fault kind of estate/faults.yaml, when known
    actions: list[str] = []  # what was done, in order: "<action> <target>: <outcome>"
    outcome: str  # recovered | cleared_by_itself | expected_effect | not_recovered | escalated | no_action
    opened_at: float
    closed_at: float = Field(default_factory=now)

    def text(self) -> str:
        """The text embedded for similarity: symptoms and cause first, then what was done."""
        done = "; ".join(self.actions) or "no action"
        return (
            f"{self.summary}\nRoot cause: {self.root_cause} on {self.target}.\n"
            f"Actions: {done}.\nOutcome: {self.outcome}."
        )


class ConversationRecord(BaseModel):
    """A resolved NOC conversation: the question, the answer given and what it rested on."""

    thread_id: str
    engineer: str
    question: str
    answer: str
    entities: list[str] = []  # entity ids the answer cited
    resolved_at: float = Field(default_factory=now)

    def text(self) -> str:
        return f"Q: {self.question}\nA: {self.answer}"


class RunbookHit(BaseModel):
    runbook: Runbook
    score: float  # cosine similarity, 1.0 = identical


class IncidentHit(BaseModel):
    incident: IncidentRecord
    score: float


class ConversationHit(BaseModel):
    conversation: ConversationRecord
    score: float
