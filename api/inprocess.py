"""The API in this process, without a server or a client library: for benchmarks of the API itself.

    key = Credentials.load_or_create(settings.home, estate).bench_key(estate)  # before the app reads the file
    only_intents = {"intents": service, "noc": None, "remediation": None}
    async with running_app(settings, provided=only_intents) as app:
        status, body = await call(app, "POST", "/tmf-api/intentManagement/v5/intent", {...}, api_key=key)

The app's lifespan runs (Kafka, feed, agents start and stop with the block); each call goes
through the whole ASGI stack (middleware, auth, rate limits, validation, routers, serialisation).
A call is handed to the app's ASGI interface directly, as a server hands it a parsed request: an
HTTP client library in the same process would spend as much CPU as the API's own routing, and a
remote client's cost is not the API's.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import orjson
from fastapi import FastAPI
from starlette.types import Message

from api.backends import Provided
from api.main import create_app
from nerve.settings import Settings


@asynccontextmanager
async def running_app(settings: Settings, *, provided: Provided | None = None) -> AsyncIterator[FastAPI]:
    """The app with its lifespan running; ``provided`` as for ``create_app`` (e.g. an eval's service)."""
    app = create_app(settings, provided=provided)
    async with app.router.lifespan_context(app):
        yield app


async def call(
    app: FastAPI,
    method: str,
    path: str,
    body: Any = None,
    *,
    api_key: str | None = None,
    headers: dict[str, str] | None = None,
) -> tuple[int, Any]:
    """One JSON request to the app (``path`` may carry a query string): its status and its decoded JSON body."""
    payload = b"" if body is None else orjson.dumps(body)
    path, _, query = path.partition("?")
    sent = [(b"host", b"127.0.0.1"), (b"content-type", b"application/json")]
    sent.append((b"content-length", str(len(payload)).encode()))
    if api_key is not None:
        sent.append((b"x-api-key", api_key.encode()))
    sent += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": query.encode(),
        "root_path": "",
        "headers": sent,
        "client": ("127.0.0.1", 0),
        "server": ("127.0.0.1", 80),
    }
    answered = asyncio.Event()
    requested = False
    status = 0
    chunks: list[bytes] = []

    async def receive() -> Message:
        nonlocal requested
        if not requested:
            requested = True
            return {"type": "http.request", "body": payload, "more_body": False}
        await answered.wait()  # the client stays connected until the response is complete
        return {"type": "http.disconnect"}

    async def send(message: Message) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                answered.set()

    await app(scope, receive, send)
    answered.set()
    content = b"".join(chunks)
    return status, orjson.loads(content) if content else None
