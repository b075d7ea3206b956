"""A live, in-process view of what operations needs to decide: incidents, anomalies, per-entity
context, the maintenance calendar and network events (configuration changes).

It tails its topics from the beginning, so a process (re)started at any time rebuilds the same
view; ``start()`` returns once the backlog has been read. Readers await ``wait_for`` instead of
polling the broker.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import Any

from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import Anomaly, EntityContext, Incident, MaintenanceWindow, Message, NetworkEvent

log = logging.getLogger(__name__)

TOPICS = (t.INCIDENTS, t.ANOMALIES, t.CONTEXT, t.CALENDAR, t.NETWORK_EVENTS)
Listener = Callable[[Message], None]


class TopicTail:
    """Reads topics from the beginning and hands every record to ``apply``; ``start()`` returns
    once the backlog is read. ``wait_for`` wakes on every batch."""

    def __init__(self, bus: Bus, topics: tuple[t.Topic, ...], apply: Callable[[Message, bool], None]) -> None:
        self.bus = bus
        self.topics = topics
        self.apply = apply  # (message, live): live is False while the backlog is read
        self._changed = asyncio.Condition()
        self._ready = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self._task = asyncio.create_task(self._tail(), name=f"tail-{self.topics[0].name}")
        ready = asyncio.create_task(self._ready.wait())
        await asyncio.wait({ready, self._task}, return_when=asyncio.FIRST_COMPLETED)
        if self._task.done():
            ready.cancel()
            self._task.result()

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def wait_for(self, predicate: Callable[[], Any], timeout_s: float) -> Any:
        """Wait until ``predicate()`` is truthy (re-checked on every update); its value, or None on timeout."""

        async def check() -> Any:
            async with self._changed:
                while not (value := predicate()):
                    await self._changed.wait()
                return value

        try:
            return await asyncio.wait_for(check(), timeout_s)
        except TimeoutError:
            return None

    async def _tail(self) -> None:
        consumer = self.bus.consumer(group_id=None)
        await consumer.start()
        try:
            partitions = [tp for topic in self.topics for tp in await self.bus.partitions(consumer, topic)]
            consumer.assign(partitions)
            await consumer.seek_to_beginning(*partitions)
            backlog = await consumer.end_offsets(partitions)
            while True:
                if not self._ready.is_set():
                    positions = [await consumer.position(tp) for tp in backlog]
                    if all(pos >= end for pos, end in zip(positions, backlog.values(), strict=True)):
                        self._ready.set()
                live = self._ready.is_set()  # anything read from here on arrived after the backlog
                batch = await consumer.getmany(timeout_ms=200)
                for raws in batch.values():
                    for raw in raws:
                        record = await self.bus.decode(raw)
                        if record is not None:
                            self.apply(record.value, live)
                # Wake waiters even without news: some predicates depend on the clock.
                async with self._changed:
                    self._changed.notify_all()
        finally:
            await consumer.stop()


class OpsView:
    def __init__(self, bus: Bus, *, keep_anomalies: int = 20_000) -> None:
        self.bus = bus
        self._incidents: dict[str, Incident] = {}
        self._contexts: dict[str, EntityContext] = {}
        self._anomalies: list[Anomaly] = []
        self._keep_anomalies = keep_anomalies
        self._windows: dict[str, MaintenanceWindow] = {}
        self._events: list[NetworkEvent] = []
        self._listeners: list[Listener] = []
        self._tail = TopicTail(bus, TOPICS, self._apply)

    # -- lifecycle --------------------------------------------------------------------------
    async def start(self) -> None:
        await self._tail.start()

    async def stop(self) -> None:
        await self._tail.stop()

    def on_message(self, listener: Listener) -> None:
        """Call ``listener`` for every message read after the backlog (new incidents, windows...)."""
        self._listeners.append(listener)

    # -- reads ------------------------------------------------------------------------------
    def incident(self, incident_id: str) -> Incident | None:
        return self._incidents.get(incident_id)

    def incidents(self, open_only: bool = False) -> list[Incident]:
        found = [i for i in self._incidents.values() if not open_only or i.state != "closed"]
        return sorted(found, key=lambda i: i.opened_at)

    def entity(self, entity: str) -> EntityContext | None:
        return self._contexts.get(entity)

    def entities(self) -> list[EntityContext]:
        return list(self._contexts.values())

    def anomalies(self, entity: str | None = None, since: float = 0.0) -> list[Anomaly]:
        return [a for a in self._anomalies if (entity is None or a.entity == entity) and a.at >= since]

    def windows(self) -> list[MaintenanceWindow]:
        return [w for w in self._windows.values() if not w.cancelled]

    def windows_at(self, entities: set[str], at: float) -> list[MaintenanceWindow]:
        """Maintenance windows active at ``at`` on any of ``entities``."""
        return [w for w in self.windows() if w.target in entities and w.start <= at < w.end]

    def events(self, entities: set[str] | None = None, since: float = 0.0) -> list[NetworkEvent]:
        return [e for e in self._events if (entities is None or e.entity in entities) and e.ts >= since]

    async def wait_for(self, predicate: Callable[[], Any], timeout_s: float) -> Any:
        """Wait until ``predicate()`` is truthy (re-checked on every update); its value, or None on timeout."""
        return await self._tail.wait_for(predicate, timeout_s)

    # -- tail -------------------------------------------------------------------------------
    def _apply(self, msg: Message, live: bool) -> None:
        if isinstance(msg, Incident):
            self._incidents[msg.incident_id] = msg
        elif isinstance(msg, EntityContext):
            self._contexts[msg.entity] = msg
        elif isinstance(msg, Anomaly):
            self._anomalies.append(msg)
            if len(self._anomalies) > self._keep_anomalies:
                del self._anomalies[: len(self._anomalies) // 2]
        elif isinstance(msg, MaintenanceWindow):
            self._windows[msg.window_id] = msg
        elif isinstance(msg, NetworkEvent):
            self._events.append(msg)
        if live:
            for listener in self._listeners:
                listener(msg)
