"""The remediation graph's state: one thread per incident (or per engineer's proposal)."""

from __future__ import annotations

from typing import Any, NotRequired, TypedDict


class Attempt(TypedDict):
    step: int
    action: str
    target: str
    command_id: str
    approved_by: str  # "policy" or the person's id
    status: str  # succeeded | failed | rejected | no_result
    reason: str
    at: float
    symptoms: NotRequired[list[str]]  # the KPIs anomalous on the target when the action ran


class RemediationState(TypedDict, total=False):
    incident_id: str  # the correlation id of every command and audit record of this thread
    proposal: dict[str, Any] | None  # set when an engineer proposed the action (NOC agent)
    diagnosis: dict[str, Any]
    target: str
    plan: list[str]
    step: int
    attempts: list[Attempt]
    verdict: dict[str, Any] | None
    approval: dict[str, Any] | None
    # recovered (the action fixed it) | cleared_by_itself | expected_effect (of an action: nothing to fix)
    # | escalated | unresolved | blocked | denied | no_action | symptom | closed
    outcome: str
    summary: str
