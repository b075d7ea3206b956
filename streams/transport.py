"""Faust's Kafka transport with a short fetch long-poll.

Faust's aiokafka driver asks the broker to hold each fetch for up to 1.5 s when there is nothing to
return (``fetch_max_wait_ms=1500``, not a setting). A worker has one fetch in flight per broker, and a
fetch sent while the telemetry partitions still have records buffered covers only the quiet topics
(calendar, network events, domains). Once the buffer drains, the worker idles until that fetch
returns: stalls of about a second under load, which halved the throughput in `nerve bench streams`.

It also keeps Faust's table recovery from seeking before a partition's start (below).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import aiokafka
from faust.transport.drivers import aiokafka as driver
from faust.types import TP

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


class Transport(driver.Transport):
    Consumer = _Consumer
