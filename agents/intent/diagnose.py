"""Diagnosing a subscriber's issue report from the assurance context of their home cell.

The home cell and what it depends on (site, transport links, the region's UPF) are looked up in
the topology; each one's latest context (health, open anomalies) and any open incident touching
them explain the symptom. With no stream layer running there is nothing known: that is said.
"""

from __future__ import annotations

from typing import Any

from nerve.contracts import EntityContext, Incident
from nerve.estate import Estate


def diagnose(
    estate: Estate,
    home_cell: str,
    symptom: str,
    contexts: dict[str, EntityContext],
    incidents: list[Incident],
) -> dict[str, Any]:
    """What explains ``symptom`` at ``home_cell``: an open incident, an unhealthy dependency, or nothing known."""
    domain = [home_cell, *estate.topology.failure_domain(home_cell)]
    touching = [i for i in incidents if set(i.entities) & set(domain) or i.root_cause in domain]
    unhealthy = [
        {"entity": e, "health": contexts[e].health, "anomalies": [a.kpi for a in contexts[e].open_anomalies]}
        for e in domain
        if e in contexts and contexts[e].health in ("degraded", "failing")
    ]
    out: dict[str, Any] = {"home_cell": home_cell, "failure_domain": domain, "symptom": symptom}
    if touching:
        incident = touching[0]
        out.update(
            finding="known_incident",
            incident=incident.incident_id,
            root_cause=incident.root_cause,
            probable_cause=incident.probable_cause,
            text=(
                f"There is a known problem affecting your area: {incident.probable_cause} at "
                f"{incident.root_cause} (incident {incident.incident_id}); our engineers are on it."
            ),
        )
    elif unhealthy:
        worst = unhealthy[0]
        out.update(
            finding="degraded",
            entity=worst["entity"],
            unhealthy=unhealthy,
            text=f"{worst['entity']} serving you is {worst['health']}; we are watching it.",
        )
    else:
        known = any(e in contexts for e in domain)
        out.update(
            finding="no_known_issue",
            text=(
                "Your home cell and the network behind it look healthy; try restarting your phone."
                if known
                else "We have no known issue in your area right now."
            ),
        )
    return out
