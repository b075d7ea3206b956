"""What the throughput benches share: a run's own topics, a backlog produced, and the bare consumer.

A bench measures a worker against the rate at which a bare aiokafka consumer reads the same topic
in the same run (parsing each message with ``json.loads`` and counting the items in it): the
reference that `nerve bench streams` and `nerve bench usage` report their ratio to.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import Iterable

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from nerve import topics as t
from nerve.kafka_client import client_options
from nerve.settings import Settings


def fresh(settings: Settings, name: str) -> Settings:
    """The settings of a run on topics of its own (a new prefix), left to ``t.discard_prefixed``."""
    return settings.model_copy(update={"topic_prefix": f"{settings.topic_prefix}{name}-{uuid.uuid4().hex[:6]}."})


async def produce(settings: Settings, topic: t.Topic, messages: Iterable[tuple[bytes | None, bytes]]) -> None:
    """Write (key, value) messages to ``topic`` as fast as the broker takes them."""
    producer = AIOKafkaProducer(**client_options(settings), linger_ms=20, acks=1)
    await producer.start()
    name = topic.full_name(settings.topic_prefix)
    try:
        pending = []
        for key, value in messages:
            pending.append(await producer.send(name, value, key=key))
            if len(pending) > 5000:
                await asyncio.gather(*pending)
                pending.clear()
        await asyncio.gather(*pending)
    finally:
        await producer.stop()


async def bare_consume(settings: Settings, topic: t.Topic, items: str, expected: int) -> tuple[float, float]:
    """Items per second, and per CPU second of this process, of a bare consumer reading ``topic`` from
    the start until it has counted ``expected`` items (the length of each message's ``items`` list; a
    message that is not JSON counts as one), from its first batch on."""
    consumer = AIOKafkaConsumer(**client_options(settings), enable_auto_commit=False)
    await consumer.start()
    try:
        name = topic.full_name(settings.topic_prefix)
        parts = [TopicPartition(name, p) for p in range(topic.partitions)]
        consumer.assign(parts)
        await consumer.seek_to_beginning(*parts)
        seen, first, cpu = 0, 0.0, 0.0
        while seen < expected:
            batch = await consumer.getmany(timeout_ms=1000, max_records=10_000)
            if not first and batch:
                first, cpu = time.perf_counter(), time.process_time()
            for records in batch.values():
                for record in records:
                    try:
                        seen += len(json.loads(record.value)[items])
                    except ValueError:
                        seen += 1  # a message broken in transit carries one item
        return seen / (time.perf_counter() - first), seen / max(1e-9, time.process_time() - cpu)
    finally:
        await consumer.stop()
