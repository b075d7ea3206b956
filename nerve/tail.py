"""Following topics from the beginning: the one way a process builds a live view from Kafka.

``TopicTail`` reads its topics from the first offset, hands every decoded record to ``apply``
and keeps following. ``start()`` returns once the backlog present at start has been read, so a
process (re)started at any time rebuilds the same view before it answers. ``wait_for`` lets
readers await a condition instead of polling the broker. A record that breaks its contract is
skipped: dead-lettering it is for the topic's consumers, which read it once (a view reads it again
at every start, and the usage view's letters doubled the billing worker's).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from typing import Any

from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import Message

Apply = Callable[[Message, bool], None]  # (message, live): live is False while the backlog is read


class TopicTail:
    def __init__(self, bus: Bus, topics: tuple[t.Topic, ...], apply: Apply, *, max_records: int = 2000) -> None:
        self.bus = bus
        self.topics = topics
        self.apply = apply
        self.max_records = max_records
        self._changed = asyncio.Condition()
        self._ready = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        self._task = asyncio.create_task(self._follow(), name=f"tail-{self.topics[0].name}")
        ready = asyncio.create_task(self._ready.wait())
        await asyncio.wait({ready, self._task}, return_when=asyncio.FIRST_COMPLETED)
        if self._task.done():
            ready.cancel()
            self._task.result()  # raises what stopped the tail

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def wait_for(self, predicate: Callable[[], Any], timeout_s: float) -> Any:
        """Wait until ``predicate()`` is truthy (re-checked on every batch); its value, or None on timeout."""

        async def check() -> Any:
            async with self._changed:
                while not (value := predicate()):
                    await self._changed.wait()
                return value

        try:
            return await asyncio.wait_for(check(), timeout_s)
        except TimeoutError:
            return None

    async def _follow(self) -> None:
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
                batch = await consumer.getmany(timeout_ms=200, max_records=self.max_records)
                for raws in batch.values():
                    for raw in raws:
                        record = await self.bus.decode(raw, dead_letter=False)
                        if record is not None:
                            self.apply(record.value, live)
                # Wake waiters even without news: some predicates depend on the clock.
                async with self._changed:
                    self._changed.notify_all()
        finally:
            await consumer.stop()
