"""ONAP-style guard: may this action run on this target now, and who must approve it?

Checks, in order (the first that fails decides):
1. incident cap — at most ``max_actions_per_incident`` actions per incident;
2. maintenance — no action when the target or what it sits in is in a planned window (a cell:
   the cell and its site); with ``maintenance_blast_radius``, also when anything the action
   affects is (a site's cells, a link's sites and cells);
3. conflict — no action on a target another open incident has already acted on;
4. frequency — at most N actions per target within the window (per action / target kind);
5. approval by risk — low: the policy; medium: the policy or a person by setting; high: a person.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from agents.remediation.policy import GuardPolicy
from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import Command, RemediationPayload, Risk
from nerve.estate import Estate
from tools.ops_view import OpsView

Outcome = Literal["allow", "approval", "block"]
Rule = Literal["incident_cap", "maintenance", "conflict", "frequency", "risk"]


@dataclass(frozen=True)
class Verdict:
    outcome: Outcome
    rule: Rule
    reason: str
    risk: Risk
    other: str | None = None  # conflict: the incident already acting on the target


@dataclass(frozen=True)
class Issued:
    command_id: str
    action: str
    target: str
    incident_id: str
    at: float


@dataclass
class Ledger:
    """Every remediation command issued, rebuilt from the ops command topic at start."""

    issued: dict[str, Issued] = field(default_factory=dict)

    async def load(self, bus: Bus) -> None:
        for record in await bus.snapshot(t.OPS_COMMANDS):
            cmd = record.value
            if isinstance(cmd, Command):
                self.add(cmd)

    def add(self, cmd: Command) -> None:
        if isinstance(cmd.payload, RemediationPayload):
            self.issued[cmd.command_id] = Issued(
                cmd.command_id, cmd.payload.action, cmd.target, cmd.correlation_id, cmd.issued_at
            )

    def on_target(self, target: str, since: float = 0.0, action: str | None = None) -> list[Issued]:
        return [
            i
            for i in self.issued.values()
            if i.target == target and i.at >= since and (action is None or i.action == action)
        ]

    def for_incident(self, incident_id: str) -> list[Issued]:
        return [i for i in self.issued.values() if i.incident_id == incident_id]


def maintenance_scope(estate: Estate, target: str, *, blast_radius: bool) -> set[str]:
    """What must be free of planned work for an action on ``target``: the target and what it sits
    in (a cell's site) always; with ``blast_radius``, also what the action affects downstream."""
    topo = estate.topology
    if blast_radius and topo.kind_of.get(target) in ("site", "transport_link"):
        return set(topo.affected_by(target))
    return topo.enclosing(target)


class Guard:
    def __init__(
        self, policy: GuardPolicy, estate: Estate, view: OpsView, ledger: Ledger, *, auto_approve_medium: bool
    ) -> None:
        self.policy = policy
        self.estate = estate
        self.view = view
        self.ledger = ledger
        self.auto_approve_medium = auto_approve_medium

    def check(self, action: str, target: str, incident_id: str, at: float) -> Verdict:
        risk = self.policy.risk(self.estate, action)
        kind = self.estate.topology.kind_of.get(target, "unknown")
        taken = self.ledger.for_incident(incident_id)
        cap = self.policy.max_actions_per_incident
        if len(taken) >= cap:
            return Verdict("block", "incident_cap", f"{incident_id} already had {len(taken)} actions (max {cap})", risk)
        scope = maintenance_scope(self.estate, target, blast_radius=self.policy.maintenance_blast_radius)
        if windows := self.view.windows_at(scope, at):
            w = windows[0]
            return Verdict(
                "block",
                "maintenance",
                f"{w.target} is in maintenance window {w.window_id} until {w.end:.0f} ({w.reason or 'planned work'})",
                risk,
            )
        for other in self.ledger.on_target(target):
            inc = self.view.incident(other.incident_id)
            if other.incident_id != incident_id and inc is not None and inc.state != "closed":
                return Verdict(
                    "block",
                    "conflict",
                    f"open incident {other.incident_id} is already fixing {target}",
                    risk,
                    other.incident_id,
                )
        limit = self.policy.limit(action, kind)
        # Pages are limited apart from fixes: being blocked from fixing a flapping entity must still page once.
        paging = action == "escalate"
        recent = [
            i for i in self.ledger.on_target(target, since=at - limit.window_s) if (i.action == "escalate") == paging
        ]
        if len(recent) >= limit.max_per_target:
            return Verdict(
                "block",
                "frequency",
                f"{len(recent)} actions on {target} in the last {limit.window_s:.0f}s (max {limit.max_per_target})",
                risk,
            )
        if GuardPolicy.approver(risk, self.auto_approve_medium) == "person":
            return Verdict("approval", "risk", f"{risk}-risk {action} needs a person's approval", risk)
        return Verdict("allow", "risk", f"{risk}-risk {action} approved by policy", risk)
