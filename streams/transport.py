"""Faust's Kafka transport with a short fetch long-poll.

Faust's aiokafka driver asks the broker to hold each fetch for up to 1.5 s when there is nothing to
return (``fetch_max_wait_ms=1500``, not a setting). A worker has one fetch in flight per broker, and a
fetch sent while the telemetry partitions still have records buffered covers only the quiet topics
(calendar, network events, domains). Once the buffer drains, the worker idles until that fetch
returns: stalls of about a second under load, which halved the throughput in `nerve bench streams`.
"""

from __future__ import annotations

from typing import Any

import aiokafka
from faust.transport.drivers import aiokafka as driver

FETCH_MAX_WAIT_MS = 100


class _ConsumerThread(driver.AIOKafkaConsumerThread):
    def _create_worker_consumer(self, transport: Any) -> aiokafka.AIOKafkaConsumer:
        consumer = super()._create_worker_consumer(transport)
        consumer._fetch_max_wait_ms = FETCH_MAX_WAIT_MS  # read when the consumer starts its fetcher
        return consumer


class _Consumer(driver.Consumer):
    def _new_consumer_thread(self) -> driver.AIOKafkaConsumerThread:
        return _ConsumerThread(self, loop=self.loop, beacon=self.beacon)


class Transport(driver.Transport):
    Consumer = _Consumer
