"""A local HTTP server that speaks the OpenAI chat-completions protocol, with scripted replies.

For tests of anything that uses the OpenAI-compatible provider (the provider itself, the agents'
graphs): point ``Settings(llm_base_url=server.base_url)`` at it. It runs in the test's event loop
on 127.0.0.1 (a free port); the agent under test may be in-process or a subprocess.

API::

    async with FakeOpenAI() as server:
        server.enqueue(Reply.json({"action": "add_offer"}))          # answered in order
        server.enqueue(Reply.text("not json"), Reply.json({...}))    # several at once
        server.enqueue(Reply.tool_calls(("get_incident", {"incident_id": "inc-1"})))
        server.enqueue(Reply.text("slow", delay_s=5))                 # for timeouts
        server.enqueue(Reply.error(503, "overloaded"))
        settings = Settings(llm_base_url=server.base_url, llm_max_retries=0)
        ...
        server.requests          # every request body received (dicts), in order
        server.requests[-1]["messages"][-1]["content"]

    FakeOpenAI(responder=fn)     # fn(request_body) -> Reply, used when the queue is empty: for
                                 # graphs whose calls are not known in advance (dispatch on the
                                 # prompt text, the tools offered, response_format, ...)

With neither a queued reply nor a responder the server answers 500 (the test forgot a reply).
Streaming requests (``"stream": true``) get the reply's text as server-sent events, word by word,
then a usage chunk and ``[DONE]``. Every reply reports usage (10 prompt + 5 completion tokens
unless given).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import socket
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Self

from aiohttp import web

Body = dict[str, Any]


@dataclass(frozen=True)
class Reply:
    """One scripted answer of the fake endpoint."""

    content: str | None = None
    calls: list[tuple[str, dict[str, Any] | str]] = field(default_factory=list)  # tool calls
    status: int = 200
    delay_s: float = 0.0
    prompt_tokens: int = 10
    completion_tokens: int = 5

    @classmethod
    def text(cls, content: str, *, delay_s: float = 0.0) -> Reply:
        return cls(content=content, delay_s=delay_s)

    @classmethod
    def json(cls, value: Any, *, delay_s: float = 0.0) -> Reply:
        return cls(content=json.dumps(value), delay_s=delay_s)

    @classmethod
    def tool_calls(cls, *calls: tuple[str, dict[str, Any] | str], content: str | None = None) -> Reply:
        """Tool calls as (name, arguments); arguments given as a str are sent verbatim (malformed JSON)."""
        return cls(content=content, calls=list(calls))

    @classmethod
    def error(cls, status: int, message: str = "error") -> Reply:
        return cls(content=message, status=status)


class FakeOpenAI:
    """The fake endpoint (async context manager). ``base_url`` ends in ``/v1``."""

    def __init__(self, responder: Callable[[Body], Reply] | None = None) -> None:
        self.responder = responder
        self.requests: list[Body] = []
        self._queue: deque[Reply] = deque()
        self._ids = itertools.count(1)
        self._runner: web.AppRunner | None = None
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def enqueue(self, *replies: Reply) -> None:
        self._queue.extend(replies)

    @property
    def pending(self) -> int:
        """Queued replies not yet used."""
        return len(self._queue)

    async def __aenter__(self) -> Self:
        app = web.Application()
        app.router.add_post("/v1/chat/completions", self._chat)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        with socket.socket() as probe:  # a free port, known before the site starts
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _chat(self, request: web.Request) -> web.StreamResponse:
        body: Body = await request.json()
        self.requests.append(body)
        if self._queue:
            reply = self._queue.popleft()
        elif self.responder is not None:
            reply = self.responder(body)
        else:
            return web.json_response({"error": {"message": "no scripted reply"}}, status=500)
        if reply.delay_s:
            await asyncio.sleep(reply.delay_s)
        if reply.status != 200:
            return web.json_response({"error": {"message": reply.content, "type": "fake"}}, status=reply.status)
        if body.get("stream"):
            return await self._stream(request, body, reply)
        return web.json_response(self._completion(body, reply))

    def _completion(self, body: Body, reply: Reply) -> Body:
        message: Body = {"role": "assistant", "content": reply.content}
        if reply.calls:
            message["tool_calls"] = [
                {
                    "id": f"call_{next(self._ids)}",
                    "type": "function",
                    "function": {"name": name, "arguments": args if isinstance(args, str) else json.dumps(args)},
                }
                for name, args in reply.calls
            ]
        return {
            "id": f"chatcmpl-{next(self._ids)}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model", "fake"),
            "choices": [{"index": 0, "message": message, "finish_reason": "tool_calls" if reply.calls else "stop"}],
            "usage": _usage(reply),
        }

    async def _stream(self, request: web.Request, body: Body, reply: Reply) -> web.StreamResponse:
        response = web.StreamResponse(headers={"Content-Type": "text/event-stream"})
        await response.prepare(request)
        base = {"id": f"chatcmpl-{next(self._ids)}", "object": "chat.completion.chunk", "created": int(time.time())}
        base["model"] = body.get("model", "fake")
        words = (reply.content or "").split(" ")
        for i, word in enumerate(words):
            piece = word if i == len(words) - 1 else word + " "
            chunk = {**base, "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}
            await response.write(f"data: {json.dumps(chunk)}\n\n".encode())
        final = {**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
        await response.write(f"data: {json.dumps(final)}\n\n".encode())
        await response.write(f"data: {json.dumps({**base, 'choices': [], 'usage': _usage(reply)})}\n\n".encode())
        await response.write(b"data: [DONE]\n\n")
        await response.write_eof()
        return response


def _usage(reply: Reply) -> Body:
    return {
        "prompt_tokens": reply.prompt_tokens,
        "completion_tokens": reply.completion_tokens,
        "total_tokens": reply.prompt_tokens + reply.completion_tokens,
    }
