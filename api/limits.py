"""Request limits: a body-size cap for every request and a token bucket per API key or session."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.problems import problem_response


class BodyLimit:
    """Refuse request bodies over ``max_bytes`` with a 413 problem document.

    The body is read (up to the limit) before the app sees it, so a chunked upload without a
    Content-Length is caught too; API bodies are small, so buffering them costs nothing.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(scope, receive, send, int(declared))
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self._refuse(scope, receive, send, size)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send, size: int) -> None:
        response = problem_response(
            None,
            "payload-too-large",
            f"the body has at least {size} bytes; this API accepts at most {self.max_bytes} per request",
            instance=scope.get("path", ""),
        )
        await response(scope, receive, send)


@dataclass
class _Bucket:
    tokens: float
    stamp: float = field(default_factory=time.monotonic)


class RateLimiter:
    """A token bucket per principal: ``rate_per_s`` sustained, ``burst`` at once."""

    def __init__(self) -> None:
        self._buckets: dict[str, _Bucket] = {}

    def take(self, who: str, rate_per_s: float, burst: int) -> float | None:
        """Take one token; None if allowed, else the seconds to wait before the next one."""
        now = time.monotonic()
        bucket = self._buckets.get(who)
        if bucket is None:
            bucket = self._buckets[who] = _Bucket(tokens=float(burst), stamp=now)
        bucket.tokens = min(float(burst), bucket.tokens + (now - bucket.stamp) * rate_per_s)
        bucket.stamp = now
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            return None
        return (1.0 - bucket.tokens) / rate_per_s
