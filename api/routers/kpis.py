"""KPI series per entity over the last minutes, for the dashboard's chart."""

from __future__ import annotations

from fastapi import APIRouter, Query

from api.deps import StateDep, ViewerDep
from api.feed import Feed
from api.problems import Problem, problem_responses
from api.schemas import EntityPublic, KpiReadingPublic, KpiSeriesPublic
from nerve.contracts import kpi_names
from nerve.estate import Estate

router = APIRouter(prefix="/api", tags=["NOC: KPIs"])


@router.get("/entities", response_model=list[EntityPublic], responses=problem_responses(401, 403, 429))
async def list_entities(_: ViewerDep, state: StateDep) -> list[EntityPublic]:
    """Every entity that reports KPIs."""
    return [EntityPublic(id=e, kind=k) for e, k in state.estate.topology.reporting_entities()]


@router.get("/kpis/{entity}", response_model=KpiSeriesPublic, responses=problem_responses(401, 403, 404, 422, 429))
async def kpi_series(
    entity: str, _: ViewerDep, state: StateDep, minutes: float = Query(5.0, gt=0, le=15)
) -> KpiSeriesPublic:
    """The entity's KPIs over the last ``minutes`` (the twin reports every second), with thresholds."""
    kind = dict(state.estate.topology.reporting_entities()).get(entity)
    if kind is None:
        raise Problem("not-found", f"no entity {entity!r} reports KPIs; see /api/entities")
    names = list(kpi_names(kind))
    table = state.estate.kpis.get(kind, {})
    technology = state.estate.topology.cell[entity].technology if kind == "cell" else None
    thresholds = {
        k: {"warn": spec.threshold("warn", technology), "critical": spec.threshold("critical", technology)}
        for k, spec in table.items()
    }
    points = [{"ts": ts, **values} for ts, values in state.feed.kpi_series(entity, minutes)]
    units = {k: spec.unit for k, spec in table.items()}
    return KpiSeriesPublic(
        entity=entity, kind=kind, minutes=minutes, kpis=names, points=points, thresholds=thresholds, units=units
    )


def latest_readings(estate: Estate, feed: Feed, entity: str) -> list[KpiReadingPublic]:
    """The entity's latest value of each KPI, with its unit and where it stands against the estate's
    warn and critical levels (empty when it has not reported in the feed's window)."""
    kind = estate.topology.kind_of.get(entity)
    series = feed.kpis.get(entity)
    if kind is None or not series:
        return []
    at, values = series[-1]
    technology = estate.topology.cell[entity].technology if kind == "cell" else None
    out = []
    for name, spec in estate.kpis.get(kind, {}).items():
        if name not in values:
            continue
        value, level = values[name], "ok"
        for limit in ("warn", "critical"):
            edge = spec.threshold(limit, technology)
            if edge is None or spec.direction == "none":
                continue
            if (value < edge) if spec.direction == "higher_better" else (value > edge):
                level = limit
        out.append(KpiReadingPublic(kpi=name, value=value, unit=spec.unit, level=level, at=at))
    return out
