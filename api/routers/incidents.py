"""Incidents with their timelines, anomalies, and the dashboard's live stream."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

from fastapi import APIRouter, Query
from sse_starlette import EventSourceResponse

from api.deps import StateDep, ViewerDep
from api.problems import Problem, problem_responses
from api.schemas import AnomalyPublic, IncidentPublic

router = APIRouter(prefix="/api", tags=["NOC: incidents and anomalies"])
ERRORS = problem_responses(401, 403, 404, 429)


@router.get("/incidents", response_model=list[IncidentPublic], responses=ERRORS)
async def list_incidents(
    _: ViewerDep, state: StateDep, open_only: bool = Query(False, description="only incidents not closed")
) -> list[IncidentPublic]:
    """Incidents of the last half hour and any newer, newest first (timelines via the single read)."""
    found = [IncidentPublic.model_validate(i) for i in state.feed.incident_list()]
    return [i for i in found if not open_only or i.state != "closed"]


@router.get("/incidents/{incident_id}", response_model=IncidentPublic, responses=ERRORS)
async def get_incident(incident_id: str, _: ViewerDep, state: StateDep) -> IncidentPublic:
    """One incident with its timeline: anomalies, root cause, decisions, actions, results, verification."""
    view = state.feed.incidents.get(incident_id)
    if view is None:
        raise Problem("not-found", f"no incident {incident_id!r} in the last half hour; see /api/incidents")
    return IncidentPublic.model_validate(view.public(with_timeline=True))


@router.get("/anomalies", response_model=list[AnomalyPublic], responses=ERRORS)
async def list_anomalies(
    _: ViewerDep,
    state: StateDep,
    active: bool = Query(True, description="only anomalies still in ONSET (not ABATED)"),
    limit: int = Query(200, ge=1, le=500),
) -> list[AnomalyPublic]:
    """Anomalies, newest first."""
    found = state.feed.active_anomalies() if active else list(reversed(state.feed.recent_anomalies))
    return [AnomalyPublic.model_validate(a.dump()) for a in found[:limit]]


@router.get("/stream", responses=ERRORS, response_class=EventSourceResponse)
async def live(viewer: ViewerDep, state: StateDep) -> EventSourceResponse:
    """Server-sent events for the dashboard: ``ready`` once subscribed, then incident, anomaly, audit,
    intent and result changes."""

    async def stream() -> AsyncIterator[dict[str, str]]:
        async for event in state.feed.subscribe():
            if event is None:
                yield {"event": "ready", "data": "{}"}
            else:
                yield {"event": event.kind, "data": json.dumps(event.data)}

    return state.streams.open(viewer, stream())
