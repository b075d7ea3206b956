"""Liveness and readiness."""

from __future__ import annotations

import time

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from api.deps import StateDep
from api.schemas import HealthPublic, ReadinessPublic

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=HealthPublic)
async def healthz(state: StateDep) -> HealthPublic:
    """Liveness: the process answers."""
    return HealthPublic(uptime_s=round(time.time() - state.started_at, 3))


@router.get("/readyz", response_model=ReadinessPublic, responses={503: {"model": ReadinessPublic}})
async def readyz(state: StateDep) -> JSONResponse:
    """Readiness: Kafka reachable, the agents running, the stream layer publishing (at most 2 s old)."""
    body = await state.readiness.get(state)
    return JSONResponse(body.model_dump(), status_code=200 if body.ready else 503)
