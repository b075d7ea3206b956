"""Faust's Kafka transport with a short fetch long-poll.

Faust's aiokafka driver asks the broker to hold each fetch for up to 1.5 s when there is nothing to
return (``fetch_max_wait_ms=1500``, not a setting). A worker has one fetch in flight per broker, and a
fetch sent while the telemetry partitions still have records buffered covers only the quiet topics
(calendar, network events, domains). Once the buffer drains, the worker idles until that fetch
returns: stalls of about a second under load, which halved the throughput in `nerve bench streams`.

It also keeps Faust's table recovery from seeking before a partition's start, stops the fetch loop
while the stream partitions are seeked to their committed offsets (else records delivered meanwhile
were dropped yet committed), and hands each fetched message to its topics without four asyncio
tasks (below).
"""

from __future__ import annotations

import inspect
from collections.abc import Coroutine, Generator, Mapping
from typing import Any

import aiokafka
from faust.transport.drivers import aiokafka as driver
from faust.types import TP
from mode.services import WaitResults

FETCH_MAX_WAIT_MS = 100


class _ConsumerThread(driver.AIOKafkaConsumerThread):
    def _create_worker_consumer(self, transport: Any) -> aiokafka.AIOKafkaConsumer:
        consumer = super()._create_worker_consumer(transport)
        consumer._fetch_max_wait_ms = FETCH_MAX_WAIT_MS  # read when the consumer starts its fetcher
        return consumer

    async def _seek_wait(self, consumer: aiokafka.AIOKafkaConsumer, partitions: Mapping[TP, int]) -> None:
        # After a rebalance, table recovery can ask for a negative offset other than -1 on a changelog
        # partition (its "offset - 1" bookkeeping maps only -1 to 0), and aiokafka refuses a negative
        # seek: the worker crashed (found by `nerve eval chaos`). The partition's start is what it means.
        await super()._seek_wait(consumer, {tp: max(offset, 0) for tp, offset in partitions.items()})


class _Consumer(driver.Consumer):
    def _new_consumer_thread(self) -> driver.AIOKafkaConsumerThread:
        return _ConsumerThread(self, loop=self.loop, beacon=self.beacon)

    async def perform_seek(self) -> None:
        # Faust's recovery resumes the stream partitions, seeks them to their committed offsets, then
        # clears the streams' queues and resumes the flow. But the flow is already on (it was resumed to
        # read the changelogs), so the fetch loop went on delivering a batch fetched before the seek:
        # what it delivered during the seek was then cleared from the queues unprocessed, and as the seek
        # had set the partition's read offset back, the next message looked like a gap in the log, which
        # Faust counts as processed. Its commit skipped those records (a worker that took over after a
        # kill -9 lost them). Stopped here, the fetch loop drops the rest of its batch and waits for the
        # flow to resume, after the queues are cleared; it then reads again from the committed offsets.
        self.stop_flow()
        await super().perform_seek()

    async def wait_first(self, *coros: Any, timeout: Any = None) -> WaitResults:  # noqa: ASYNC109 (Faust's signature)
        # Faust's drain loop hands each message to its topics as ``wait_first(deliver(message),
        # suspend_flow.wait())``: four tasks and an asyncio.wait per message, the largest cost of a
        # worker on live telemetry. Delivery rarely has to wait (only on a full queue or suspended
        # flow), so the first awaitable runs at once; only if it blocks does it go on as Faust does.
        first, *rest = coros
        if not inspect.iscoroutine(first):
            return await super().wait_first(*coros, timeout=timeout)
        try:
            pending = first.send(None)
        except BaseException as exc:
            for other in rest:
                if inspect.iscoroutine(other):
                    other.close()  # never started: nothing to wait for
            if not isinstance(exc, StopIteration):
                raise
            if self._stopped.is_set() or self._crashed.is_set():
                return WaitResults([], [], True)
            return WaitResults([first], [exc.value], False)
        return await super().wait_first(_Started(first, pending), *rest, timeout=timeout)


class _Started:
    """A coroutine stepped once already (it yielded ``pending``), as an awaitable that finishes it."""

    def __init__(self, coro: Coroutine[Any, Any, Any], pending: Any) -> None:
        self.coro, self.pending = coro, pending

    def __await__(self) -> Generator[Any, Any, Any]:
        pending = self.pending
        while True:
            try:
                try:
                    sent = yield pending
                except BaseException as exc:  # cancellation included: the coroutine handles it
                    pending = self.coro.throw(exc)
                else:
                    pending = self.coro.send(sent)
            except StopIteration as done:
                return done.value


class Transport(driver.Transport):
    Consumer = _Consumer
