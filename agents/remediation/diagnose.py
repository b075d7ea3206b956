"""Diagnosis: gather an incident's evidence and confirm or refine its root cause.

Refinements the stream layer cannot always make on its own:
- a cell reported as congested (or interfered, or drifted) whose availability is below critical
  is down: a cell outage (its neighbours' load rising is a consequence, not the cause);
- a probable cause with no runbook, on an entity that had a configuration change shortly before,
  is configuration drift of the changed cell;
- a cell or site incident whose entity sits behind another open incident's root cause (a link
  down, a site on battery) is a symptom of that incident: acting on the cell would be wrong;
- an incident whose symptoms an action is expected to cause (named so by the stream layer, or opened
  inside a recent action's blast radius while its effect was due) is that action's hand: nothing is
  done while the effect is expected to pass.
"""

from __future__ import annotations

from agents.remediation.guard import Ledger
from agents.remediation.policy import GuardPolicy
from agents.remediation.state import Diagnosis
from nerve.contracts import CausedBy, Incident
from nerve.effects import GRACE_S, effect_of
from nerve.estate import Estate
from tools.ops_view import OpsView

CHANGE_LOOKBACK_S = 600.0
IMMINENT_S = 3.0
RECOVERY_S = 15.0  # cells behind a cause fixed this recently may still be coming back
CELL_FAULTS = frozenset({"cell_congestion", "interference", "config_drift", "transient_spike"})
UPSTREAM_CAUSES = frozenset({"transport_link_down", "transport_degradation", "site_power_failure"})


def ready_to_act(incident: Incident, policy: GuardPolicy, estate: Estate, at: float) -> bool:
    """Whether an open incident is ripe for action.

    Every incident is held ``hold_s`` first (the stream layer may still refine its root cause).
    Gradual faults (predicted, or a fault kind with a ramp) must also have held for
    ``predict_confirm_s`` — a forecast or a load rise that flickers for a second or two is noise —
    or a third of the time left before the forecast breach when that is shorter; a breach forecast
    beyond the horizon waits.
    """
    age = at - incident.opened_at
    if age < policy.hold_s:
        return False
    spec = estate.faults.faults.get(incident.probable_cause)
    if not (incident.predicted or (spec is not None and spec.ramp_s != 0)):
        return True
    confirm = policy.predict_confirm_s
    if incident.expected_impact_at is not None:
        to_impact = incident.expected_impact_at - at
        if to_impact > policy.predict_horizon_s:
            return False
        # The nearer the forecast breach, the less confirmation it can afford.
        confirm = min(confirm, max(IMMINENT_S / 3, to_impact / 3))
    return age >= confirm


def symptom_of(view: OpsView, estate: Estate, incident: Incident, at: float) -> Incident | None:
    """Another incident, open or just closed, whose root cause is upstream of this one's."""
    upstream = set(estate.topology.failure_domain(incident.root_cause))
    for other in view.incidents():
        recent = other.state != "closed" or (other.closed_at or other.updated_at) >= at - RECOVERY_S
        if (
            other.incident_id != incident.incident_id
            and recent
            and other.root_cause in upstream
            and other.probable_cause in UPSTREAM_CAUSES
        ):
            return other
    return None


def explaining_action(incident: Incident, ledger: Ledger, estate: Estate) -> CausedBy | None:
    """The action whose expected effect this incident is: the one the stream layer named, or one in the
    ledger whose blast radius holds the root cause and whose effect was still due when the incident
    opened (the stream layer may hear of the symptoms before it hears of the command)."""
    if incident.caused_by is not None:
        return incident.caused_by
    for issued in sorted(ledger.issued.values(), key=lambda i: -i.at):
        if issued.incident_id == incident.incident_id:
            continue  # its own action: verification judges that
        effect = effect_of(estate, issued.action, issued.target)
        until = issued.at + effect.duration_s
        if incident.root_cause in effect.entities and issued.at <= incident.opened_at <= until + GRACE_S:
            return CausedBy(
                command_id=issued.command_id,
                action=issued.action,
                target=issued.target,
                at=issued.at,
                expected_until=until,
                incident_id=issued.incident_id,
            )
    return None


def evidence_of(view: OpsView, entity: str) -> list[str]:
    ctx = view.entity(entity)
    if ctx is None:
        return [f"{entity}: no assurance context yet"]
    lines = [f"{entity}: health {ctx.health}"]
    lines += [
        f"{a.entity} {a.kpi}={a.value:g} ({a.severity}{', predicted' if a.predicted else ''}, {a.detector})"
        for a in ctx.open_anomalies
    ]
    return lines


def _down(view: OpsView, estate: Estate, cell: str) -> bool:
    ctx = view.entity(cell)
    critical = estate.kpis["cell"]["availability_pct"].threshold("critical")
    value = ctx.kpis.get("availability_pct") if ctx is not None else None
    return value is not None and critical is not None and value <= critical


def diagnose(view: OpsView, estate: Estate, incident: Incident, at: float) -> Diagnosis:
    topo = estate.topology
    root, fault = incident.root_cause, incident.probable_cause
    notes: list[str] = []
    changes = view.events(set(incident.entities) | {root}, since=incident.opened_at - CHANGE_LOOKBACK_S)
    config_changes = [e for e in changes if e.kind == "config_change"]
    if fault not in estate.faults.faults and config_changes:
        changed = config_changes[-1]
        root, fault = changed.entity, "config_drift"
        notes.append(f"refined: configuration change {changed.change_id} on {changed.entity} preceded the symptoms")
    if fault in CELL_FAULTS and topo.kind_of.get(root) == "cell" and _down(view, estate, root):
        notes.append(f"refined: {root} is unavailable, an outage rather than {fault}")
        fault = "cell_outage"
    if incident.caused_by is not None:
        act = incident.caused_by
        notes.append(f"outlasted the expected effect of {act.action} on {act.target} (command {act.command_id})")
    windows = view.windows_at({root, *incident.entities}, at)
    return Diagnosis(
        root_cause=root,
        root_kind=topo.kind_of.get(root, incident.root_cause_kind),
        fault=fault,
        predicted=incident.predicted,
        expected_impact_at=incident.expected_impact_at,
        entities=incident.entities,
        evidence=evidence_of(view, root),
        recent_changes=[f"{e.kind} {e.change_id or ''} on {e.entity} at {e.ts:.0f}".strip() for e in changes],
        maintenance=[f"{w.window_id} on {w.target} ({w.reason})" for w in windows],
        notes=notes,
    )
