"""A live, in-process view of what operations needs to decide: incidents, anomalies, per-entity
context, the maintenance calendar and network events (configuration changes).

It follows its topics from the beginning (``nerve.tail.TopicTail``), so a process (re)started at
any time rebuilds the same view; ``start()`` returns once the backlog has been read. Readers
await ``wait_for`` instead of polling the broker.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import Anomaly, EntityContext, Incident, MaintenanceWindow, Message, NetworkEvent
from nerve.tail import TopicTail

log = logging.getLogger(__name__)

TOPICS = (t.INCIDENTS, t.ANOMALIES, t.CONTEXT, t.CALENDAR, t.NETWORK_EVENTS)
Listener = Callable[[Message], None]


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
        """The entity's latest context, with the ids of the open incidents it is part of."""
        ctx = self._contexts.get(entity)
        return None if ctx is None else self._with_incidents(ctx, self.incidents(open_only=True))

    def entities(self) -> list[EntityContext]:
        open_now = self.incidents(open_only=True)
        return [self._with_incidents(ctx, open_now) for ctx in self._contexts.values()]

    @staticmethod
    def _with_incidents(ctx: EntityContext, open_now: list[Incident]) -> EntityContext:
        return ctx.model_copy(update={"incidents": [i.incident_id for i in open_now if ctx.entity in i.entities]})

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
