"""The subscriber-intent service the API (and the eval runner) calls.

    service = IntentService(settings)
    await service.start()                      # resumes any saga a crash left half-done
    view = await service.submit(caller, subscriber, text="add <offer>")    # → awaiting_confirmation
    view = await service.confirm(caller, view.intent_id, accept=True)       # → acknowledged / inProgress
    view = await service.wait(view.intent_id)                               # → completed | failed | partial
    async for event in service.events(): ...                                # every transition
    await service.stop()

Each intent is one graph thread (thread id = intent id) in the durable checkpointer; each
transition is published as an ``IntentEvent`` on INTENT_EVENTS and INTENT_STATE (compacted).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack
from typing import Literal

from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph.state import CompiledStateGraph
from langgraph.types import Command
from pydantic import ValidationError

from agents.intent.graph import IntentDeps, build_graph
from agents.intent.lexicon import lexicon_for
from agents.intent.models import Intent, IntentReport, IntentView
from agents.intent.shapes import event_of, report_of_event, view_of, view_of_event
from agents.intent.state import CallerState, Confirmation, IntentState
from agents.intent.usage_answers import UsageAnswers
from agents.llm.provider import LLMProvider, get_provider
from memory.checkpoint import open_checkpointer
from nerve import topics as t
from nerve.audit import BusTrail, audit
from nerve.bus import Bus
from nerve.contracts import Actor, IntentEvent, new_id, now
from nerve.errors import NotPermitted, ToolError
from nerve.estate import Estate, load_estate
from nerve.kafka_auth import Principal
from nerve.results import ResultWatcher
from nerve.settings import Settings
from tools.base import Caller, ToolContext, ToolStatus
from tools.subscriber import SubscriberQuery, SubscriberServices, SubscriberStateView, get_services
from tools.views import SharedViews

log = logging.getLogger(__name__)

UNSETTLED = ("acknowledged", "inProgress")
AGENT = Actor(kind="agent", id="intent-agent")


class IntentService:
    def __init__(
        self,
        settings: Settings,
        estate: Estate | None = None,
        *,
        provider: LLMProvider | None = None,
        step_timeout_s: float = 60.0,
        jeopardy_after_s: float = 10.0,
        shared: SharedViews | None = None,
    ) -> None:
        self.settings = settings
        self.shared = shared  # None: this service reads the ops and usage topics itself
        self.estate = estate or load_estate(settings.estate_dir)
        self.provider = provider if provider is not None else get_provider(settings)
        self.step_timeout_s = step_timeout_s
        self.jeopardy_after_s = jeopardy_after_s
        self._stack = AsyncExitStack()
        self._views: dict[str, IntentView] = {}
        self._reports: dict[str, list[IntentReport]] = {}
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._listeners: set[asyncio.Queue[IntentEvent]] = set()
        self._changed = asyncio.Condition()
        self._graph: CompiledStateGraph[IntentState, IntentDeps, IntentState, IntentState] | None = None
        self._deps: IntentDeps | None = None
        self._saver: BaseCheckpointSaver[str] | None = None
        self._answering: set[str] = set()  # intents whose confirmation is being answered right now
        self.bus: Bus | None = None

    # -- life cycle -------------------------------------------------------------------------
    async def start(self) -> None:
        await t.ensure_topics(self.settings, principal=Principal.INTENT)
        self.bus = await self._stack.enter_async_context(
            Bus(self.settings, client_id="nerve-intent", principal=Principal.INTENT)
        )
        self.watcher = ResultWatcher(self.bus)
        await self.watcher.start()
        self._stack.push_async_callback(self.watcher.stop)
        self.states = SubscriberStateView(self.bus)
        await self.states.start()
        self._stack.push_async_callback(self.states.stop)
        # Issue reports are diagnosed from the live assurance context (the stream layer's topics), and
        # usage and bill questions answered from what the billing worker rated.
        shared = self.shared
        if shared is None:
            shared = SharedViews(self.bus, self.estate, self.settings.billing_epoch)
            await shared.start()
            self._stack.push_async_callback(shared.stop)
        self.ops = shared.ops
        usage = None if shared.usage is None else UsageAnswers(shared.usage, lexicon_for(self.estate))
        saver = self._saver = await self._stack.enter_async_context(open_checkpointer(self.settings))
        self._deps = IntentDeps(
            settings=self.settings,
            bus=self.bus,
            estate=self.estate,
            watcher=self.watcher,
            states=self.states,
            ops=self.ops,
            emit=self._emit,
            trail=BusTrail(self.bus),
            provider=self.provider,
            usage=usage,
            step_timeout_s=self.step_timeout_s,
            jeopardy_after_s=self.jeopardy_after_s,
        )
        self._graph = build_graph().compile(checkpointer=saver)
        await self._resume()
        sweeper = asyncio.create_task(self._sweep_forever(), name="intent-sweeper")
        self._stack.push_async_callback(_cancel, sweeper)

    async def stop(self) -> None:
        for task in self._tasks.values():
            task.cancel()
        for task in list(self._tasks.values()):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self._tasks.clear()
        await self._stack.aclose()
        self._stack = AsyncExitStack()

    async def _resume(self) -> None:
        """Rebuild the views from INTENT_STATE and run on every order a crash left unsettled."""
        assert self.bus is not None
        for key, event in (await self.bus.latest(t.INTENT_STATE)).items():
            if isinstance(event, IntentEvent):
                self._views[key] = view_of_event(event)
                if (report := report_of_event(event)) is not None:
                    self._reports[key] = [report]
        for intent_id, view in self._views.items():
            if view.lifecycle_status in UNSETTLED and view.order_state in UNSETTLED:
                log.info("resuming intent %s (%s)", intent_id, view.order_state)
                self._run(intent_id, None)

    # -- the API ----------------------------------------------------------------------------
    async def submit(
        self,
        caller: Caller,
        subscriber: str,
        text: str | None = None,
        structured: dict[str, object] | None = None,
    ) -> IntentView:
        """Understand and decide; returns at the decision (awaiting_confirmation, rejected, answered)."""
        if subscriber not in self.estate.subscriber:
            raise ToolError(f"no subscriber {subscriber}")
        if text is None and structured is None:
            raise ToolError("an intent needs text or a structured intent")
        if structured is not None:
            try:
                Intent.model_validate(structured)  # a clear error here, before any thread starts
            except ValidationError as exc:
                raise ToolError(
                    f"not a valid structured intent: {exc.errors()[0]['loc']}: {exc.errors()[0]['msg']}"
                ) from exc
        intent_id = new_id("int")
        state = IntentState(
            intent_id=intent_id,
            subscriber=subscriber,
            caller=CallerState.of(caller),
            text=text,
            structured=Intent.model_validate(structured) if structured is not None else None,
            created_at=now(),
        )
        # Up to the decision nothing is promised yet: one checkpoint at the interrupt (or the end) is
        # enough. From the confirmation on, every step is checkpointed as it completes.
        await self._invoke(intent_id, state, durability="exit")
        return self._views[intent_id]

    async def confirm(self, caller: Caller, intent_id: str, accept: bool) -> IntentView:
        """Answer the confirmation; an accepted order runs on in the background."""
        self._own(caller, intent_id)
        return await self._answer(intent_id, Confirmation(accept=accept, by=CallerState.of(caller)))

    async def cancel(self, caller: Caller, intent_id: str) -> IntentView:
        """Cancel an intent still awaiting confirmation (an order in progress runs to its end)."""
        return await self.confirm(caller, intent_id, accept=False)

    def get(self, intent_id: str) -> IntentView | None:
        return self._views.get(intent_id)

    def reports(self, intent_id: str) -> list[IntentReport]:
        return list(self._reports.get(intent_id, []))

    def orders(self, subscriber: str) -> list[IntentView]:
        return sorted(
            (v for v in self._views.values() if v.subscriber == subscriber and v.order_state is not None),
            key=lambda v: v.created_at,
        )

    async def services(self, caller: Caller, subscriber: str) -> SubscriberServices:
        assert self.bus is not None
        ctx = ToolContext(self.settings, self.bus, self.estate, caller, subscriber_state=self.states)
        found = await get_services(ctx, SubscriberQuery(subscriber=subscriber))
        if found.data is None:
            raise NotPermitted(found.message) if found.status is ToolStatus.not_permitted else ToolError(found.message)
        return found.data

    async def wait(self, intent_id: str, timeout_s: float = 120.0) -> IntentView:
        """The intent once settled (completed, failed, partial, rejected, answered, ...)."""
        await self._wait_for(intent_id, lambda v: v.settled, timeout_s)
        task = self._tasks.get(intent_id)
        if task is not None and task.done():
            task.result()
        return self._views[intent_id]

    async def events(self) -> AsyncIterator[IntentEvent]:
        """Every transition of every intent from now on, as published."""
        queue: asyncio.Queue[IntentEvent] = asyncio.Queue()
        self._listeners.add(queue)
        try:
            while True:
                yield await queue.get()
        finally:
            self._listeners.discard(queue)

    # -- internals --------------------------------------------------------------------------
    async def _answer(self, intent_id: str, answer: Confirmation) -> IntentView:
        """Resume the intent's confirmation with ``answer``; one answer per intent, the first wins."""
        view = self._views[intent_id]
        if view.lifecycle_status != "awaiting_confirmation" or intent_id in self._answering:
            status = "being answered" if intent_id in self._answering else view.lifecycle_status
            raise ToolError(f"intent {intent_id} is {status}, not awaiting confirmation")
        self._answering.add(intent_id)
        try:
            resume: Command[str] = Command(resume=answer.model_dump())  # plain values in the checkpoint
            if not answer.accept:
                await self._invoke(intent_id, resume)
                return self._views[intent_id]
            self._run(intent_id, resume)
            await self._wait_for(intent_id, lambda v: v.lifecycle_status != "awaiting_confirmation", 30.0)
            return self._views[intent_id]
        finally:
            self._answering.discard(intent_id)

    async def _sweep_forever(self) -> None:
        every = min(30.0, self.settings.intent_confirm_within_s / 4, self.settings.intent_retention_s / 4)
        while True:
            await asyncio.sleep(every)
            try:
                await self.sweep(now())
            except Exception:  # a failed sweep is retried on the next round; the service carries on
                log.exception("intent sweep failed")

    async def sweep(self, at: float) -> None:
        """Expire intents nobody confirmed in time, and forget settled ones past their retention:
        their views here and their checkpoint threads (their last state stays on intent.state)."""
        assert self.bus is not None and self._saver is not None
        for intent_id, view in list(self._views.items()):
            waited = at - view.created_at
            if view.lifecycle_status == "awaiting_confirmation" and waited > self.settings.intent_confirm_within_s:
                try:
                    await self._answer(intent_id, Confirmation(accept=False, expired=True))
                except ToolError:
                    continue  # answered meanwhile
                await audit(
                    self.bus,
                    AGENT,
                    "intent.expired",
                    view.subscriber,
                    correlation_id=intent_id,
                    outcome="expired",
                    reason=f"not confirmed within {self.settings.intent_confirm_within_s:.0f} s",
                )
            elif (
                view.settled
                and intent_id not in self._tasks
                and at - view.updated_at > self.settings.intent_retention_s
            ):
                del self._views[intent_id]
                self._reports.pop(intent_id, None)
                await self._saver.adelete_thread(intent_id)

    def _own(self, caller: Caller, intent_id: str) -> IntentView:
        view = self._views.get(intent_id)
        if view is None:
            raise ToolError(f"no intent {intent_id}")
        if not caller.may_act_for(view.subscriber):
            raise NotPermitted(f"{caller.actor.id} may not act on {intent_id}")
        return view

    async def _invoke(
        self,
        intent_id: str,
        payload: IntentState | Command[str] | None,
        durability: Literal["sync", "async", "exit"] = "sync",
    ) -> None:
        assert self._graph is not None
        config: RunnableConfig = {"configurable": {"thread_id": intent_id}}
        await self._graph.ainvoke(payload, config, context=self._deps, durability=durability)

    def _run(self, intent_id: str, payload: Command[str] | None) -> None:
        task = asyncio.create_task(self._invoke(intent_id, payload), name=f"intent-{intent_id}")
        self._tasks[intent_id] = task
        task.add_done_callback(lambda done: self._forget(intent_id, done))

    def _forget(self, intent_id: str, task: asyncio.Task[None]) -> None:
        if self._tasks.get(intent_id) is task:
            del self._tasks[intent_id]

    async def _wait_for(self, intent_id: str, done: Callable[[IntentView], bool], timeout_s: float) -> None:
        async def settled() -> None:
            async with self._changed:
                await self._changed.wait_for(lambda: intent_id in self._views and done(self._views[intent_id]))

        task = self._tasks.get(intent_id)
        waiter = asyncio.ensure_future(settled())
        pending = {waiter} | ({task} if task is not None else set())
        finished, _ = await asyncio.wait(pending, timeout=timeout_s, return_when=asyncio.FIRST_COMPLETED)
        if waiter not in finished:
            waiter.cancel()
            if task is not None and task in finished and task.exception() is not None:
                raise task.exception()  # type: ignore[misc]
            if not finished:
                raise TimeoutError(f"intent {intent_id} did not get there within {timeout_s:.0f}s")

    async def _emit(self, state: IntentState) -> None:
        """Publish the intent's new state and update the local view."""
        assert self.bus is not None
        view = view_of(state, self._views.get(state.intent_id))
        self._views[view.intent_id] = view
        if state.report is not None:
            reports = self._reports.setdefault(view.intent_id, [])
            if not reports or reports[-1] != state.report:
                reports.append(state.report)
        event = event_of(view, state.report)
        await asyncio.gather(
            self.bus.publish(t.INTENT_EVENTS, event, key=view.intent_id),
            self.bus.publish(t.INTENT_STATE, event, key=view.intent_id),
        )
        for queue in self._listeners:
            queue.put_nowait(event)
        async with self._changed:
            self._changed.notify_all()


async def _cancel(task: asyncio.Task[None]) -> None:
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
