"""The query path of the agents' tools: assurance context, incidents and anomalies, tailed into memory.

view = AssuranceView(settings)
await view.start()                      # replays the topics of this prefix, then follows them
view.entity("cell-r02-a")               # EntityContext, with the ids of its open incidents
view.incidents()                        # open incidents (latest state of each)
inc = await view.wait_for(lambda v: next((i for i in v.incidents() if i.root_cause == "link-r02"), None), 10)
await view.stop()
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import KafkaError

from nerve import topics as t
from nerve.contracts import Anomaly, EntityContext, Incident
from nerve.errors import BusError, ContractError
from nerve.settings import Settings

log = logging.getLogger(__name__)
T = TypeVar("T")
MAX_ANOMALIES = 100_000  # the oldest anomaly events are forgotten beyond this


class AssuranceView:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._contexts: dict[str, EntityContext] = {}
        self._incidents: dict[str, Incident] = {}
        self._anomalies: list[Anomaly] = []
        self._changed = asyncio.Condition()
        self._consumer: AIOKafkaConsumer | None = None
        self._task: asyncio.Task[None] | None = None
        self._caught_up = asyncio.Event()
        self._names = {x.full_name(settings.topic_prefix): x for x in (t.CONTEXT, t.INCIDENTS, t.ANOMALIES)}

    # -- lifecycle ----------------------------------------------------------------------------------
    async def start(self, catch_up_timeout_s: float = 30.0) -> None:
        """Replay the three topics from the beginning and keep following them; returns once caught up."""
        consumer = AIOKafkaConsumer(
            bootstrap_servers=self.settings.bootstrap_servers, enable_auto_commit=False, group_id=None
        )
        try:
            await consumer.start()
            partitions: list[TopicPartition] = []
            for name in self._names:
                found = await self._partitions(consumer, name)
                partitions.extend(TopicPartition(name, p) for p in found)
            consumer.assign(partitions)
            await consumer.seek_to_beginning(*partitions)
            ends = await consumer.end_offsets(partitions)
        except KafkaError as exc:
            await consumer.stop()
            raise BusError(f"assurance view cannot read Kafka: {exc}") from exc
        self._consumer = consumer
        self._task = asyncio.create_task(self._follow(consumer, ends))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._caught_up.wait(), catch_up_timeout_s)

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        if self._consumer is not None:
            await self._consumer.stop()
            self._consumer = None

    async def __aenter__(self) -> AssuranceView:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def _partitions(self, consumer: AIOKafkaConsumer, name: str) -> set[int]:
        for _ in range(50):
            found = consumer.partitions_for_topic(name)
            if found:
                return set(found)
            await consumer._client.force_metadata_update()  # a new topic may not be in the cache yet
            await asyncio.sleep(0.1)
        raise BusError(f"topic {name} does not exist; run `nerve topics create`")

    async def _follow(self, consumer: AIOKafkaConsumer, ends: dict[TopicPartition, int]) -> None:
        pending = {tp for tp, end in ends.items() if end > 0}
        if not pending:
            self._caught_up.set()
        while True:
            batch = await consumer.getmany(timeout_ms=200, max_records=5000)
            for tp, records in batch.items():
                for record in records:
                    self._apply(record.topic, record.value)
                if tp in pending and records and records[-1].offset >= ends[tp] - 1:
                    pending.discard(tp)
            if pending and not batch:
                for tp in list(pending):
                    if await consumer.position(tp) >= ends[tp]:
                        pending.discard(tp)
            if not pending:
                self._caught_up.set()
            if batch:
                async with self._changed:
                    self._changed.notify_all()

    def _apply(self, topic: str, raw: bytes | None) -> None:
        which = self._names[topic]
        try:
            if which is t.CONTEXT and raw:
                ctx = EntityContext.from_bytes(raw)
                self._contexts[ctx.entity] = ctx
            elif which is t.INCIDENTS and raw:
                inc = Incident.from_bytes(raw)
                self._incidents[inc.incident_id] = inc
            elif which is t.ANOMALIES and raw:
                self._anomalies.append(Anomaly.from_bytes(raw))
                if len(self._anomalies) > MAX_ANOMALIES:
                    del self._anomalies[: len(self._anomalies) - MAX_ANOMALIES]
        except ContractError as exc:
            log.warning("assurance view skipped a record of %s: %s", topic, exc)

    # -- queries -------------------------------------------------------------------------------------
    def entity(self, entity: str) -> EntityContext | None:
        ctx = self._contexts.get(entity)
        if ctx is None:
            return None
        ids = [i.incident_id for i in self.incidents() if entity in i.entities]
        return ctx.model_copy(update={"incidents": ids})

    def entities(self) -> list[EntityContext]:
        return [c for e in sorted(self._contexts) if (c := self.entity(e)) is not None]

    def incidents(self, open_only: bool = True) -> list[Incident]:
        found = sorted(self._incidents.values(), key=lambda i: i.opened_at)
        return [i for i in found if i.state != "closed"] if open_only else found

    def incident(self, incident_id: str) -> Incident | None:
        return self._incidents.get(incident_id)

    def anomalies(self, entity: str | None = None, since: float | None = None) -> list[Anomaly]:
        """Anomaly events (ONSET and ABATED) in arrival order; of one entity, from ``since`` (event time)."""
        return [
            a for a in self._anomalies if (entity is None or a.entity == entity) and (since is None or a.at >= since)
        ]

    async def wait_for(self, predicate: Callable[[AssuranceView], T], timeout: float) -> T:  # noqa: ASYNC109
        """Wait until ``predicate(view)`` is truthy and return its value; TimeoutError after ``timeout`` s."""

        async def until() -> T:
            async with self._changed:
                while not (value := predicate(self)):
                    await self._changed.wait()
                return value

        return await asyncio.wait_for(until(), timeout)

    def stats(self) -> dict[str, Any]:
        return {"entities": len(self._contexts), "incidents": len(self._incidents), "anomalies": len(self._anomalies)}
