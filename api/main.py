"""The API/UI server: ``create_app(settings)`` builds it; ``nerve api run`` serves it with uvicorn.

On start-up (the lifespan) it loads the estate and the demo credentials, connects to Kafka,
starts the live feed, the usage view (when the estate rates usage) and the agents (subscriber-intent,
NOC, approvals) in this process.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline

from api import problems
from api.backends import Backends, Provided, Unavailable
from api.credentials import Credentials
from api.feed import Feed
from api.limits import BodyLimit
from api.routers import (
    approvals,
    audit,
    bills,
    chat,
    fraud,
    health,
    incidents,
    intents,
    kpis,
    legacy,
    orders,
    services,
    session,
    usage,
)
from api.sessions import Revoked
from api.state import MAX_BODY_BYTES, AppState
from api.streams import StreamSlots
from api.web_guard import WebGuard
from nerve.bus import Bus
from nerve.estate import Estate
from nerve.kafka_auth import Principal
from nerve.settings import Settings, get_settings
from tools.views import SharedViews

log = logging.getLogger(__name__)
STATIC = Path(__file__).parent / "static"

DESCRIPTION = """Nerve's subscriber-intent API (TMF921 intents, TMF622 product orders, TMF638 services)
and the NOC endpoints behind the dashboard.

Authenticate with an API key (`X-API-Key` header or `Authorization: Bearer`), or as an operator
with the session cookie from `POST /api/session`. Every error is an RFC 9457 problem document."""


def allowed_hosts(settings: Settings) -> list[str]:
    """The Host names this server answers to: the configured ones and the address it binds."""
    wildcard = settings.api_host in ("0.0.0.0", "::", "")
    return [*settings.api_allowed_hosts, *([] if wildcard else [settings.api_host])]


def create_app(settings: Settings | None = None, *, provided: Provided | None = None) -> FastAPI:
    """The app. ``provided`` hands in services already running (``{"intents": IntentService}``,
    ``"noc"``, ``"remediation"``; None for one not to run at all) instead of starting them here: a
    benchmark or eval that owns its services measures them through the whole HTTP stack."""
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        estate = Estate.load(settings.estate_dir)
        credentials = Credentials.load_or_create(settings.home, estate)
        bus = Bus(settings, client_id="nerve-api", principal=Principal.API)
        await bus.start()
        feed = Feed(bus)
        shared = SharedViews(bus, estate, settings.billing_epoch)  # one ops and usage view for every agent here
        backends = Backends(settings, shared, provided)

        try:
            await feed.start()  # it reads its backlog in the background
            await shared.start()  # the agents read these views from their first step (a resumed order's too)
            await backends.start()
            app.state.nerve = AppState(
                settings,
                estate,
                credentials,
                bus,
                feed,
                backends,
                Revoked(settings.home / "revoked-sessions.json"),
                StreamSlots(settings.api_streams_per_principal),
                shared.usage,
            )
            log.info("API ready: %s", ", ".join(f"{k}: {v}" for k, v in backends.status().items()))
            # What start-up loaded (estate, models, agents) lives as long as the process. Out of the
            # collector's reach, a full collection pauses requests ~25 ms instead of ~110 ms.
            gc.freeze()
            yield
        finally:
            await backends.stop()
            await shared.stop()
            await feed.stop()
            await bus.stop()

    # Swagger UI from files installed with the package: the stock page loads it from a CDN, and an
    # operator's network often has no way out. No ReDoc: its bundle still calls out to its CDN.
    app = FastAPIOffline(
        redoc_url=None,
        title="Nerve API",
        version="1.0.0",
        description=DESCRIPTION,
        lifespan=lifespan,
        responses=problems.problem_responses(413),
    )
    problems.install(app)

    async def on_unavailable(request: Request, exc: Exception) -> JSONResponse:
        return problems.problem_response(request, "unavailable", str(exc), headers={"Retry-After": "5"})

    app.add_exception_handler(Unavailable, on_unavailable)
    app.add_middleware(BodyLimit, max_bytes=MAX_BODY_BYTES)
    app.add_middleware(WebGuard, allowed_hosts=allowed_hosts(settings))  # the outermost: runs first
    routers = (
        *(health, session, intents, orders, services, usage, bills),
        *(incidents, audit, kpis, approvals, fraud, legacy, chat),
    )
    for module in routers:
        app.include_router(module.router)

    @app.get("/problems/{slug}", response_class=HTMLResponse, include_in_schema=False)
    async def problem_type(slug: str) -> HTMLResponse:
        if slug not in problems.KINDS:
            return HTMLResponse("<!doctype html><title>Unknown problem type</title><h1>Unknown problem type</h1>", 404)
        status, title = problems.KINDS[slug]
        page = f"<!doctype html><title>{title}</title><h1>{status} {title}</h1><p>{problems.ADVICE[slug]}</p>"
        return HTMLResponse(page)

    @app.get("/", include_in_schema=False)
    async def root() -> RedirectResponse:
        return RedirectResponse("/ui/")

    app.mount("/ui", StaticFiles(directory=STATIC, html=True), name="ui")
    return app
