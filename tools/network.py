"""Network reads for the agents: assurance context, incidents, anomalies, topology, affected subscribers.

Every tool reads the estate and the live ``OpsView`` of ``ctx.ops`` (without one it answers
``unavailable``); none changes anything. Results name entities by their ids so that answers can cite them.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from nerve.contracts import Anomaly, EntityContext, Incident, now
from nerve.ids import estate_ids
from tools.base import ToolContext, ToolResult

NO_OPS = "no live network view in this context"


class EntityQuery(BaseModel):
    """An entity of the network: a cell, site, transport link, core function or partner id."""

    entity: str = Field(description="the exact id, as the topology names it")


class IncidentQuery(BaseModel):
    """Incidents, open ones by default, optionally only those touching one entity or region."""

    open_only: bool = True
    entity: str | None = None
    region: str | None = Field(None, description="a region id of the topology")


class IncidentId(BaseModel):
    """One incident by id (inc-...)."""

    incident_id: str


class AnomalyQuery(BaseModel):
    """Anomalies raised in the last ``since_s`` seconds and not yet abated, optionally for one entity or region."""

    entity: str | None = None
    region: str | None = Field(None, description="a region id of the topology")
    since_s: float = 3600.0


class Topo(BaseModel):
    entity: str
    kind: str
    region: str | None
    depends_on: list[str]  # nearest first: site, links, UPF
    affects: list[str]  # what fails with it
    neighbours: list[str] = []
    backup_via: str | None = None
    failover: str | None = None


class EntityReport(BaseModel):
    context: EntityContext | None
    topology: Topo
    incidents: list[Incident]


class AffectedSubscribers(BaseModel):
    incident_id: str
    root_cause: str
    cells: list[str]
    subscribers: list[dict[str, str]]  # id, name, home_cell, plan, status


def topology_of(ctx: ToolContext, entity: str) -> Topo | None:
    topo = ctx.estate.topology
    kind = topo.kind_of.get(entity)
    if kind is None:
        return None
    return Topo(
        entity=entity,
        kind=kind,
        region=topo.region_of(entity),
        depends_on=topo.failure_domain(entity),
        affects=[e for e in topo.affected_by(entity) if e != entity],
        neighbours=topo.neighbours(entity) if kind == "cell" else [],
        backup_via=topo.link[entity].backup_via if kind == "transport_link" else None,
        failover=topo.partner[entity].failover if kind == "partner" else None,
    )


def _unknown(ctx: ToolContext, entity: str) -> str:
    topo = ctx.estate.topology
    kinds = sorted(set(topo.kind_of.values()))
    examples = [items[0].id for items in (topo.cells, topo.sites, topo.transport_links) if items]
    such = ", ".join(examples)
    return f"no entity {entity!r} in the topology (kinds: {', '.join(kinds)}); use exact ids such as {such}"


def _as_spelt(ctx: ToolContext, entity: str) -> str:
    """The id as the topology spells it, whatever letter case the caller wrote it in."""
    return estate_ids(ctx.estate).entities.get(entity) or entity


def _region(ctx: ToolContext, region: str) -> str | None:
    """The region id as the topology spells it, or None for a region the topology does not have."""
    return estate_ids(ctx.estate).regions.get(region)


def _unknown_region(ctx: ToolContext, region: str) -> str:
    regions = ", ".join(r.id for r in ctx.estate.topology.regions)
    return f"no region {region!r} in the topology; its regions are {regions}"


async def get_topology(ctx: ToolContext, params: EntityQuery) -> ToolResult[Topo]:
    """Where an entity sits: what it depends on, what depends on it, neighbours, backup/failover."""
    found = topology_of(ctx, _as_spelt(ctx, params.entity))
    return ToolResult.ok(found) if found else ToolResult.invalid(_unknown(ctx, params.entity))


async def get_entity(ctx: ToolContext, params: EntityQuery) -> ToolResult[EntityReport]:
    """An entity's live assurance context (KPIs, health, open anomalies), topology and incidents."""
    entity = _as_spelt(ctx, params.entity)
    topo = topology_of(ctx, entity)
    if topo is None:
        return ToolResult.invalid(_unknown(ctx, params.entity))
    if (view := ctx.ops) is None:
        return ToolResult.unavailable(NO_OPS)
    incidents = [i for i in view.incidents() if entity in i.entities or i.root_cause == entity]
    return ToolResult.ok(EntityReport(context=view.entity(entity), topology=topo, incidents=incidents))


async def list_incidents(ctx: ToolContext, params: IncidentQuery) -> ToolResult[list[Incident]]:
    """Incidents (latest state of each), oldest first; open ones only unless told otherwise."""
    topo = ctx.estate.topology
    if ctx.ops is None:
        return ToolResult.unavailable(NO_OPS)
    found = ctx.ops.incidents(open_only=params.open_only)
    if params.entity:
        entity = _as_spelt(ctx, params.entity)
        found = [i for i in found if entity in i.entities or i.root_cause == entity]
    if params.region:
        region = _region(ctx, params.region)
        if region is None:
            return ToolResult.invalid(_unknown_region(ctx, params.region))
        found = [i for i in found if topo.region_of(i.root_cause) == region]
    return ToolResult.ok(found) if found else ToolResult.not_found("no incidents match")


async def get_incident(ctx: ToolContext, params: IncidentId) -> ToolResult[Incident]:
    """One incident with its root cause, probable cause, entities and state."""
    if ctx.ops is None:
        return ToolResult.unavailable(NO_OPS)
    found = ctx.ops.incident(params.incident_id)
    return ToolResult.ok(found) if found else ToolResult.invalid(f"no incident {params.incident_id!r}")


async def list_anomalies(ctx: ToolContext, params: AnomalyQuery) -> ToolResult[list[Anomaly]]:
    """Anomaly onsets (threshold, baseline, forecast) of the last ``since_s`` seconds."""
    if ctx.ops is None:
        return ToolResult.unavailable(NO_OPS)
    entity = _as_spelt(ctx, params.entity) if params.entity else None
    events = ctx.ops.anomalies(entity, since=now() - params.since_s)
    abated = {a.anomaly_id for a in events if a.event == "ABATED"}
    found = [a for a in events if a.event == "ONSET" and a.anomaly_id not in abated]
    if params.region:
        region = _region(ctx, params.region)
        if region is None:
            return ToolResult.invalid(_unknown_region(ctx, params.region))
        found = [a for a in found if ctx.estate.topology.region_of(a.entity) == region]
    return ToolResult.ok(found) if found else ToolResult.not_found("no anomalies in that window")


async def affected_subscribers(ctx: ToolContext, params: IncidentId) -> ToolResult[AffectedSubscribers]:
    """Subscribers whose home cell is among the cells an incident affects."""
    if ctx.ops is None:
        return ToolResult.unavailable(NO_OPS)
    incident = ctx.ops.incident(params.incident_id)
    if incident is None:
        return ToolResult.invalid(f"no incident {params.incident_id!r}")
    topo = ctx.estate.topology
    cells = {e for e in (*incident.entities, *topo.affected_by(incident.root_cause)) if topo.kind_of.get(e) == "cell"}
    if topo.kind_of.get(incident.root_cause) == "core_function":
        cells = {e for e in incident.entities if topo.kind_of.get(e) == "cell"}  # a UPF dip is not every cell down
    subs = [
        {"id": s.id, "name": s.name, "home_cell": s.home_cell, "plan": s.plan, "status": s.status}
        for s in ctx.estate.subscribers
        if s.home_cell in cells
    ]
    return ToolResult.ok(
        AffectedSubscribers(
            incident_id=incident.incident_id, root_cause=incident.root_cause, cells=sorted(cells), subscribers=subs
        )
    )
