"""Liveness and readiness."""

from __future__ import annotations

import contextlib
import time

from aiokafka.errors import KafkaError
from fastapi import APIRouter
from fastapi.responses import JSONResponse

from api.deps import StateDep
from api.schemas import HealthPublic, ReadinessPublic
from nerve import topics as t

router = APIRouter(tags=["health"])
STREAM_SILENCE_S = 30.0


@router.get("/healthz", response_model=HealthPublic)
async def healthz(state: StateDep) -> HealthPublic:
    """Liveness: the process answers."""
    return HealthPublic(uptime_s=round(time.time() - state.started_at, 3))


@router.get("/readyz", response_model=ReadinessPublic, responses={503: {"model": ReadinessPublic}})
async def readyz(state: StateDep) -> JSONResponse:
    """Readiness: Kafka reachable, the agents running, the stream layer publishing."""
    checks: dict[str, str] = {}
    consumer = state.bus.consumer(group_id=None, request_timeout_ms=3000)
    try:
        await consumer.start()
        await state.bus.partitions(consumer, t.AUDIT)
        checks["kafka"] = "ok"
    except Exception as exc:  # any failure here means "not ready", with the reason
        checks["kafka"] = f"unreachable: {type(exc).__name__}: {exc}"
    finally:
        with contextlib.suppress(KafkaError):
            await consumer.stop()
    for name, reason in state.backends.status().items():
        checks[name] = "ok" if reason == "running" else reason
    checks["live feed"] = "ok" if state.feed.running and state.feed.error is None else (state.feed.error or "stopped")
    # The stream workers publish every entity's context each few seconds: silence means they are down
    # (or nothing feeds them telemetry).
    seen = state.feed.last_assurance_at
    if seen is not None and time.time() - seen < STREAM_SILENCE_S:
        checks["stream layer"] = "ok"
    else:
        checks["stream layer"] = f"no assurance context published in the last {STREAM_SILENCE_S:.0f} s"
    ready = all(v == "ok" for v in checks.values())
    body = ReadinessPublic(ready=ready, checks=checks)
    return JSONResponse(body.model_dump(), status_code=200 if ready else 503)
