"""The NOC chat: a question to the NOC agent, the answer streamed as it is written."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator

from fastapi import APIRouter
from sse_starlette import EventSourceResponse

from api.backends import Unavailable
from api.deps import StateDep, ViewerDep
from api.problems import problem_responses
from api.schemas import ChatCreate

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/chat", tags=["NOC: chat"])


@router.post("", responses=problem_responses(401, 403, 413, 422, 429, 503), response_class=EventSourceResponse)
async def ask(body: ChatCreate, engineer: ViewerDep, state: StateDep) -> EventSourceResponse:
    """Ask the NOC agent. Server-sent events: ``chunk`` (text as written), ``citations``, then ``done``.

    The conversation is kept per engineer and ``thread_id``.
    """
    backends = state.backends
    backends.noc.get()  # fail with 503 before the stream starts if the agent is not running

    async def stream() -> AsyncIterator[dict[str, str]]:
        try:
            async for part in backends.ask(engineer.name, engineer.roles, body.thread_id, body.question):
                if "text" in part and len(part) == 1:
                    yield {"event": "chunk", "data": json.dumps(part["text"])}
                else:
                    yield {"event": "citations", "data": json.dumps(part, default=str)}
        except Unavailable as exc:
            yield {"event": "error", "data": json.dumps(str(exc))}
        except Exception:  # the stream has started: the error travels as an event, not a status
            log.exception("the NOC agent failed on %r", body.question)
            yield {"event": "error", "data": json.dumps("the NOC agent failed on this question; the log has why")}
        yield {"event": "done", "data": "{}"}

    return state.streams.open(engineer, stream())
