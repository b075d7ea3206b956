"""The NOC chat: a question to the NOC agent, the answer streamed as it is written."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator

from fastapi import APIRouter
from sse_starlette import EventSourceResponse

from api.deps import NocDep, StateDep, ViewerDep
from api.problems import problem_responses
from api.schemas import ChatCreate

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/chat", tags=["NOC: chat"])


@router.post("", responses=problem_responses(401, 403, 413, 422, 429, 503), response_class=EventSourceResponse)
async def ask(body: ChatCreate, engineer: ViewerDep, state: StateDep, noc: NocDep) -> EventSourceResponse:
    """Ask the NOC agent. Server-sent events: ``chunk`` (text as written), ``citations``, then ``done``.

    The conversation is kept per engineer and ``thread_id``.
    """

    async def stream() -> AsyncIterator[dict[str, str]]:
        try:
            # The engineer's roles as authenticated: the agent's tools allow what they allow.
            async for part in noc.ask(engineer.name, body.thread_id, body.question, roles=engineer.roles):
                if isinstance(part, str):
                    yield {"event": "chunk", "data": json.dumps(part)}
                else:
                    yield {"event": "citations", "data": part.model_dump_json()}
        except Exception:  # the stream has started: the error travels as an event, not a status
            log.exception("the NOC agent failed on %r", body.question)
            yield {"event": "error", "data": json.dumps("the NOC agent failed on this question; the log has why")}
        yield {"event": "done", "data": "{}"}

    return state.streams.open(engineer, stream())
