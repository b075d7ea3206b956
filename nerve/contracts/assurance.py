"""Assurance: anomalies (ONAP ONSET/ABATED), incidents (TMF642-like) and per-entity context."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from nerve.contracts.base import Message

Severity = Literal["critical", "major", "minor", "warning", "cleared"]
Health = Literal["ok", "degraded", "failing", "unknown"]


class Anomaly(Message):
    anomaly_id: str
    event: Literal["ONSET", "ABATED"]
    entity: str
    entity_kind: str
    kpi: str
    severity: Severity
    predicted: bool = False
    detector: Literal["threshold", "baseline", "forecast", "drift"]
    value: float
    threshold: float | None = None
    at: float  # event time of the sample that raised it
    expected_impact_at: float | None = None  # predicted anomalies: when the forecast breaches critical
    failure_domain: str | None = None  # the re-key for correlation (site, link, region, partner)
    probable_cause: str | None = None
    detected_at: float | None = None  # wall-clock time the stream layer emitted it


class CausedBy(BaseModel):
    """The action (Nerve's own, or one a person approved or ran through it) whose expected effect an
    incident's symptoms are: they follow it, inside its blast radius, before ``expected_until``."""

    model_config = ConfigDict(extra="forbid")
    command_id: str
    action: str
    target: str
    at: float
    expected_until: float
    incident_id: str | None = None  # the incident the action was taken for, if any


class Incident(Message):
    incident_id: str
    state: Literal["open", "updated", "closed"]
    root_cause: str
    root_cause_kind: str
    probable_cause: str  # e.g. transport_link_down, cell_outage, nf_overload
    perceived_severity: Severity
    is_root_cause: bool = True
    entities: list[str]
    anomalies: list[str]  # correlated anomaly ids
    predicted: bool = False
    expected_impact_at: float | None = None
    opened_at: float
    updated_at: float
    closed_at: float | None = None
    summary: str = ""
    caused_by: CausedBy | None = None


class EntityContext(Message):
    """Latest view of one entity for the agents (compacted by entity id)."""

    entity: str
    kind: str
    ts: float
    kpis: dict[str, float]
    health: Health
    open_anomalies: list[Anomaly] = []
    incidents: list[str] = []
