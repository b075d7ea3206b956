"""The NOC agent as a service for the API, the UI and ``nerve chat``.

    noc = NocService(settings)
    await noc.start()
    async for part in noc.ask("alice", "t1", f"why is {cell} down?", roles=alice_roles):  # any cell id
        ...   # str chunks as the answer is written, then one Answer (text + citations)
    answer = await noc.answer("alice", "t1", "which subscribers are affected by it?", roles=alice_roles)
    await noc.stop()

Conversations are checkpointed per engineer and thread (thread id ``engineer/thread``), so a
follow-up question ("it", "that incident") is understood after a restart too. The engineer is the
caller of every tool: a proposed action carries their name and waits for a person's approval.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
from collections.abc import AsyncIterator

from langchain_core.runnables import RunnableConfig
from langgraph.graph.state import CompiledStateGraph
from pydantic import BaseModel

from agents.llm.provider import LLMProvider, get_provider
from agents.noc.graph import NocDeps, build_graph
from agents.noc.state import NocState
from memory.checkpoint import graph_checkpointer
from memory.records import ConversationRecord
from memory.store import Memory
from nerve.bus import Bus
from nerve.contracts import Actor
from nerve.estate import Estate, load_estate
from nerve.kafka_auth import Principal
from nerve.settings import Settings
from tools.base import Caller, ToolContext
from tools.views import SharedViews

log = logging.getLogger(__name__)

NO_ROLES: frozenset[str] = frozenset()  # read tools only: a caller who names no roles proposes nothing


class Answer(BaseModel):
    text: str
    citations: list[str]
    kind: str = ""
    tools: list[str] = []


class NocService:
    def __init__(
        self,
        settings: Settings,
        *,
        estate: Estate | None = None,
        provider: LLMProvider | None = None,
        use_provider: bool = True,
        shared: SharedViews | None = None,
    ) -> None:
        self.settings = settings
        self.estate = estate or load_estate(settings.estate_dir)
        self.provider = provider if provider is not None else (get_provider(settings) if use_provider else None)
        self.bus = Bus(settings, client_id="noc-agent", principal=Principal.API)
        self._owns_views = shared is None  # None: this agent reads the ops and usage topics itself
        self.shared = shared or SharedViews(self.bus, self.estate, settings.billing_epoch)
        self.view, self.usage = self.shared.ops, self.shared.usage
        self.memory = Memory(settings, estate=self.estate)  # with its fraud kinds' runbooks
        self._stack = contextlib.AsyncExitStack()
        self._graph: CompiledStateGraph[NocState, NocDeps, NocState, NocState] | None = None
        self._deps = NocDeps(self._ctx_for, self.provider)

    async def start(self) -> None:
        await self.bus.start()
        if self._owns_views:
            await self.shared.start()
        await self.memory.start()
        saver = await self._stack.enter_async_context(graph_checkpointer(self.settings, "noc"))
        self._graph = build_graph().compile(checkpointer=saver)

    async def stop(self) -> None:
        await self._stack.aclose()
        if self._owns_views:
            await self.shared.stop()
        await self.bus.stop()

    def _ctx_for(self, engineer: str, roles: frozenset[str]) -> ToolContext:
        caller = Caller(Actor(kind="person", id=engineer), roles)
        return ToolContext(
            self.settings, self.bus, self.estate, caller, ops=self.view, memory=self.memory, usage=self.usage
        )

    async def ask(
        self, engineer: str, thread_id: str, question: str, *, roles: frozenset[str] = NO_ROLES
    ) -> AsyncIterator[str | Answer]:
        """The answer as it is written (str chunks), then the whole Answer with its citations.

        ``roles`` are the engineer's as authenticated (viewer, operator, approver); the tools check
        them, so a viewer (or a caller naming none) cannot propose actions.
        """
        if self._graph is None:
            raise RuntimeError("NocService.start() first")
        config: RunnableConfig = {"configurable": {"thread_id": f"{engineer}/{thread_id}"}}
        # A new question starts its own plan, evidence and answer; the history goes on.
        turn = NocState(engineer=engineer, roles=sorted(roles), question=question)
        final = turn
        async for mode, part in self._graph.astream(turn, config, context=self._deps, stream_mode=["custom", "values"]):
            if mode == "custom":
                yield str(part)
            else:
                final = NocState.model_validate(part)
        answer = Answer(
            text=final.answer, citations=final.citations, kind=final.kind, tools=[e["tool"] for e in final.evidence]
        )
        await self._remember(engineer, thread_id, question, answer)
        yield answer

    async def answer(self, engineer: str, thread_id: str, question: str, *, roles: frozenset[str] = NO_ROLES) -> Answer:
        """The whole answer at once."""
        result: Answer | None = None
        async for part in self.ask(engineer, thread_id, question, roles=roles):
            if isinstance(part, Answer):
                result = part
        assert result is not None
        return result

    async def _remember(self, engineer: str, thread_id: str, question: str, answer: Answer) -> None:
        try:
            await self.memory.add_conversation(
                ConversationRecord(
                    thread_id=f"{engineer}/{thread_id}/{hashlib.sha1(question.encode()).hexdigest()[:10]}",
                    engineer=engineer,
                    question=question,
                    answer=answer.text,
                    entities=answer.citations,
                )
            )
        except Exception:  # memory is an aid; an answer already given stands
            log.exception("could not keep the conversation in memory")
