"""Server-sent event streams, counted per principal.

Each open stream holds a queue of up to 1000 events in this process, so one key or session may
hold only ``Settings.api_streams_per_principal`` at once; one more is a 429 until one closes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator, Callable
from typing import Any

from sse_starlette import EventSourceResponse
from starlette.types import Receive, Scope, Send

from api.credentials import Principal
from api.problems import Problem


class CountedStream(EventSourceResponse):
    """An event stream that gives its slot back however it ends (closed, cancelled, failed)."""

    def __init__(self, content: AsyncIterator[dict[str, str]], release: Callable[[], None], **kw: Any) -> None:
        super().__init__(content, **kw)
        self._release = release

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:
            self._release()


class StreamSlots:
    def __init__(self, per_principal: int) -> None:
        self.per_principal = per_principal
        self._open: Counter[str] = Counter()

    def open(self, principal: Principal, content: AsyncIterator[dict[str, str]]) -> EventSourceResponse:
        """The response streaming ``content`` for ``principal``; a Problem (429) past the limit."""
        who = f"{principal.kind}:{principal.name}"
        if self._open[who] >= self.per_principal:
            raise Problem(
                "rate-limited",
                f"{principal.name} has {self._open[who]} event streams open, the most allowed; close one first",
                headers={"Retry-After": "5"},
            )
        self._open[who] += 1

        def release() -> None:
            self._open[who] -= 1
            if self._open[who] <= 0:
                del self._open[who]

        return CountedStream(content, release, ping=15)
