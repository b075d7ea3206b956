"""The API in this process, without a server: for benchmarks and tests that measure the API itself.

    only_intents = {"intents": service, "noc": None, "remediation": None}
    async with api_client(settings, provided=only_intents) as (client, credentials):
        r = await client.post("/tmf-api/intentManagement/v5/intent", json={...},
                              headers={"X-API-Key": credentials.app_key(BENCH_APP)})

The app's lifespan runs (Kafka, feed, agents start and stop with the block); requests go through
the whole ASGI stack (middleware, auth, rate limits, validation) over httpx's ASGI transport.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx

from api.credentials import Credentials
from api.main import create_app
from api.state import AppState
from nerve.settings import Settings


@asynccontextmanager
async def api_client(
    settings: Settings, *, provided: dict[str, Any] | None = None
) -> AsyncIterator[tuple[httpx.AsyncClient, Credentials]]:
    """A client of the app; ``provided`` as for ``create_app`` (e.g. the eval's own IntentService)."""
    app = create_app(settings, provided=provided)
    async with app.router.lifespan_context(app):
        state: AppState = app.state.nerve
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://nerve.local", timeout=60) as client:
            yield client, state.credentials
