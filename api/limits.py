"""Request limits: a body-size cap for every request and a token bucket per API key, session or login."""

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
    rate_per_s: float
    burst: int
    stamp: float = field(default_factory=time.monotonic)

    def refill(self, now: float) -> None:
        self.tokens = min(float(self.burst), self.tokens + (now - self.stamp) * self.rate_per_s)
        self.stamp = now


class RateLimiter:
    """A token bucket per principal (or login client, or username): ``rate_per_s`` sustained,
    ``burst`` at once.

    Keys can come from a caller (a username tried at login), so the table is trimmed: a bucket
    that has refilled is the same as none, and is dropped at the next sweep.
    """

    SWEEP_EVERY_S = 30.0

    def __init__(self) -> None:
        self._buckets: dict[str, _Bucket] = {}
        self._swept = time.monotonic()

    def __len__(self) -> int:
        return len(self._buckets)

    def take(self, who: str, rate_per_s: float, burst: int) -> float | None:
        """Take one token; None if allowed, else the seconds to wait before the next one."""
        wait = self.peek(who, rate_per_s, burst)
        if wait is None:
            self._buckets[who].tokens -= 1.0
        return wait

    def peek(self, who: str, rate_per_s: float, burst: int) -> float | None:
        """As ``take`` without taking: None if a token is there, else the seconds until one is."""
        now = time.monotonic()
        if now - self._swept > self.SWEEP_EVERY_S:
            self.sweep(now)
        bucket = self._buckets.get(who)
        if bucket is None:
            bucket = self._buckets[who] = _Bucket(float(burst), rate_per_s, burst, now)
        bucket.refill(now)
        if bucket.tokens >= 1.0:
            return None
        return (1.0 - bucket.tokens) / rate_per_s

    def sweep(self, now: float | None = None) -> None:
        """Drop the buckets that are full again."""
        now = time.monotonic() if now is None else now
        self._swept = now
        for who, bucket in list(self._buckets.items()):
            bucket.refill(now)
            if bucket.tokens >= bucket.burst:
                del self._buckets[who]
