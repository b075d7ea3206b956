"""The guard policy: frequency limits, per-incident caps, maintenance scope, approval by risk.

The packaged defaults live in ``policy.yaml`` next to this module; an operator's copy at
``$NERVE_HOME/remediation-policy.yaml`` replaces them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from nerve.contracts import Risk
from nerve.errors import ConfigError
from nerve.estate import Estate, load_yaml
from nerve.settings import Settings

DEFAULT_POLICY = Path(__file__).with_name("policy.yaml")
Approver = Literal["policy", "person"]


class ActionLimit(BaseModel):
    model_config = ConfigDict(extra="forbid")
    max_per_target: int = 2  # frequency limiter: at most this many actions on one target ...
    window_s: float = 600.0  # ... within this window
    verify_s: float = 45.0  # how long to wait for recovery before the next step


class GuardPolicy(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: int = 1
    max_actions_per_incident: int = 3
    maintenance_blast_radius: bool = False
    predict_horizon_s: float = 900.0
    predict_confirm_s: float = 4.0
    hold_s: float = 1.5
    max_wait_s: float = 3600.0
    after_maintenance_s: float = 30.0
    result_timeout_s: float = 20.0
    default: ActionLimit = ActionLimit()
    actions: dict[str, ActionLimit] = {}
    target_kinds: dict[str, ActionLimit] = {}
    risk_overrides: dict[str, Risk] = {}

    def limit(self, action: str, target_kind: str) -> ActionLimit:
        return self.actions.get(action) or self.target_kinds.get(target_kind) or self.default

    def risk(self, estate: Estate, action: str) -> Risk:
        return self.risk_overrides.get(action) or estate.faults.actions[action].risk

    @staticmethod
    def approver(risk: Risk, auto_approve_medium: bool) -> Approver:
        """Low risk: the policy approves. Medium: the policy, or a person by setting. High: always a person."""
        if risk == "low" or (risk == "medium" and auto_approve_medium):
            return "policy"
        return "person"


def load_policy(settings: Settings) -> GuardPolicy:
    """The operator's policy file if there is one, else the packaged default."""
    path = settings.home / "remediation-policy.yaml"
    if not path.exists():
        path = DEFAULT_POLICY
    try:
        return GuardPolicy.model_validate(load_yaml(path.read_text()))
    except ValidationError as exc:
        raise ConfigError(f"{path}: not a valid guard policy: {exc.errors()[0]['msg']}") from exc
