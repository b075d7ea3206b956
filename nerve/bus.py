"""The typed command/event bus: a thin layer over aiokafka.

- ``Bus.publish`` sends a contract message with an idempotent producer (acks=all), so a retry
  after a broker hiccup neither loses nor duplicates it.
- ``Bus.subscribe`` yields decoded ``Record``s to a consumer that commits by hand after it has
  done its work (at-least-once); anything that does not match its topic's contract goes to the
  dead-letter topic with the reason, and the consumer moves on.
- ``Bus.snapshot`` reads a (compacted) topic from the beginning to its current end.
- ``Deduplicator`` makes a command consumer apply each ``command_id`` at most once, across
  redeliveries and restarts, by recording what it applied on a compacted topic.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.errors import KafkaError, KafkaTimeoutError, UnknownTopicOrPartitionError

from nerve import topics as t
from nerve.contracts import AppliedCommand, Command, CommandResult, DeadLetter, Message, now
from nerve.errors import BusError, ContractError
from nerve.kafka_auth import Principal
from nerve.kafka_client import client_options
from nerve.settings import Settings

log = logging.getLogger(__name__)

M = TypeVar("M", bound=Message)

OUTAGE_FIRST_DELAY_S = 0.5
OUTAGE_MAX_DELAY_S = 10.0


def _transient(exc: KafkaError) -> bool:
    """Errors of a cluster that is away or failing over (a deleted topic is not one)."""
    if isinstance(exc, UnknownTopicOrPartitionError):
        return False
    return isinstance(exc, KafkaTimeoutError) or exc.retriable


@dataclass(frozen=True)
class Record(Generic[M]):
    topic: t.Topic
    key: str | None
    value: M
    partition: int
    offset: int
    timestamp_ms: int


class Bus:
    """One producer per process; consumers are created per subscription."""

    def __init__(self, settings: Settings, *, client_id: str = "nerve", principal: Principal | None = None) -> None:
        self.settings = settings
        self.principal = principal  # the component this bus acts for; None: settings.kafka_principal
        self.prefix = settings.topic_prefix
        self.client_id = client_id
        self._producer: AIOKafkaProducer | None = None
        self._by_name = {topic.full_name(self.prefix): topic for topic in t.ALL}

    async def __aenter__(self) -> Bus:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def start(self) -> None:
        self._producer = AIOKafkaProducer(
            **client_options(self.settings, self.principal),
            client_id=self.client_id,
            enable_idempotence=True,
            acks="all",
            linger_ms=0,  # send_and_wait callers wait for each send; concurrent sends batch anyway
            request_timeout_ms=30000,
        )
        try:
            await self._producer.start()
        except KafkaError as exc:
            raise BusError(f"cannot reach Kafka at {self.settings.bootstrap_servers}: {exc}") from exc

    async def stop(self) -> None:
        if self._producer is not None:
            await self._producer.stop()
            self._producer = None

    def name(self, topic: t.Topic) -> str:
        return topic.full_name(self.prefix)

    async def publish(self, topic: t.Topic, message: Message, key: str | None = None) -> None:
        """Send and wait for the broker's acknowledgement; while Kafka is away, wait for it."""
        if not isinstance(message, topic.model):
            raise ContractError(f"{type(message).__name__} does not belong on {topic.name} ({topic.model.__name__})")
        await self.publish_raw(topic, message.to_bytes(), key)

    async def publish_raw(self, topic: t.Topic, value: bytes, key: str | None = None) -> None:
        """Send bytes as they are (simulating foreign producers, or high-rate batches).

        A send that fails because the cluster is unreachable or electing leaders is retried with
        exponential backoff for up to ``kafka_outage_wait_s``: every part rides out a broker
        restart instead of failing and being restarted. (A retried send may be written twice;
        consumers are idempotent.) Anything else fails at once, as a ``BusError``.
        """
        if self._producer is None:
            raise BusError("bus not started")
        loop = asyncio.get_running_loop()
        give_up = loop.time() + self.settings.kafka_outage_wait_s
        delay = OUTAGE_FIRST_DELAY_S
        while True:
            try:
                await self._producer.send_and_wait(
                    self.name(topic), value, key=key.encode() if key is not None else None
                )
                return
            except KafkaError as exc:
                if not _transient(exc) or loop.time() + delay > give_up:
                    raise BusError(f"could not publish to {topic.name}: {exc}") from exc
                # Said once per interval per process however many sends wait (nerve.logs).
                log.warning("Kafka unreachable; sends wait and retry (up to every %.0f s): %r", OUTAGE_MAX_DELAY_S, exc)
                await asyncio.sleep(delay)
                delay = min(delay * 2, OUTAGE_MAX_DELAY_S)

    def consumer(
        self, *topics: t.Topic, group_id: str | None = None, from_beginning: bool = True, **kwargs: Any
    ) -> AIOKafkaConsumer:
        """A raw aiokafka consumer with manual commits, on prefixed topic names."""
        return AIOKafkaConsumer(
            *(self.name(x) for x in topics),
            **client_options(self.settings, self.principal),
            group_id=f"{self.prefix}{group_id}" if group_id else None,
            client_id=self.client_id,
            enable_auto_commit=False,
            auto_offset_reset="earliest" if from_beginning else "latest",
            **kwargs,
        )

    async def subscribe(
        self, *topics: t.Topic, group_id: str | None, from_beginning: bool = True
    ) -> AsyncIterator[tuple[AIOKafkaConsumer, Record[Message]]]:
        """Yield (consumer, record) pairs; call ``await consumer.commit()`` once a record is handled.

        Records that break their contract are dead-lettered (and committed past) here.
        """
        consumer = self.consumer(*topics, group_id=group_id, from_beginning=from_beginning)
        await consumer.start()
        try:
            async for raw in consumer:
                record = await self.decode(raw)
                if record is not None:
                    yield consumer, record
                elif group_id:
                    await consumer.commit()
        finally:
            await consumer.stop()

    async def decode(self, raw: Any, *, dead_letter: bool = True) -> Record[Message] | None:
        """Decode one aiokafka record by its topic's contract; dead-letter it if it breaks it, unless
        the reader is a view (``dead_letter=False``): it reads the topic again from the start at every
        start, so its letters would repeat those of the topic's own consumers. A view skips the record."""
        topic = self._by_name[raw.topic]
        key = raw.key.decode(errors="replace") if raw.key is not None else None
        try:
            value = topic.model.from_bytes(raw.value)
        except ContractError as exc:
            if dead_letter:
                await self.dead_letter(topic, raw.partition, raw.offset, key, raw.value or b"", str(exc))
            else:
                log.debug("skipped %s[%d]@%d: %s", topic.name, raw.partition, raw.offset, exc)
            return None
        return Record(topic, key, value, raw.partition, raw.offset, raw.timestamp)

    async def dead_letter(
        self, source: t.Topic, partition: int, offset: int, key: str | None, raw: bytes, reason: str
    ) -> None:
        log.warning("dead-lettered %s[%d]@%d: %s", source.name, partition, offset, reason)
        letter = DeadLetter(
            source_topic=source.name,
            partition=partition,
            offset=offset,
            key=key,
            raw=raw.decode(errors="replace"),
            reason=reason,
            at=now(),
        )
        await self.publish(t.DEAD_LETTER, letter, key=source.name)

    async def snapshot(self, topic: t.Topic, *, since: float | None = None) -> list[Record[Message]]:
        """Every record of ``topic`` from the beginning (or from the first written at or after
        ``since``, epoch seconds: the broker's time index finds it) to its end as of now."""
        options = client_options(self.settings, self.principal)
        consumer = AIOKafkaConsumer(**options, enable_auto_commit=False, group_id=None, auto_offset_reset="earliest")
        await consumer.start()
        try:
            partitions = await self.partitions(consumer, topic)
            ends = await consumer.end_offsets(partitions)
            starts = await consumer.beginning_offsets(partitions)
            if since is not None:
                found = await consumer.offsets_for_times(dict.fromkeys(partitions, int(since * 1000)))
                starts = {tp: found[tp].offset if found.get(tp) is not None else ends[tp] for tp in partitions}
            # Positions are set in the same step as the assignment: with an await in between, the
            # fetcher can reset a new assignment to its default position first, and the seek be lost.
            consumer.assign(partitions)
            for tp, offset in starts.items():
                consumer.seek(tp, offset)
            remaining = {tp for tp in partitions if ends[tp] > starts[tp]}
            out: list[Record[Message]] = []
            while remaining:
                batch = await consumer.getmany(*remaining, timeout_ms=1000)
                for tp, raws in batch.items():
                    for raw in raws:
                        if raw.offset < ends[tp]:
                            record = await self.decode(raw)
                            if record is not None:
                                out.append(record)
                    if await consumer.position(tp) >= ends[tp]:
                        remaining.discard(tp)
            return out
        finally:
            await consumer.stop()

    async def partitions(self, consumer: AIOKafkaConsumer, topic: t.Topic) -> list[TopicPartition]:
        """All partitions of ``topic``, waiting briefly for a just-created topic's metadata."""
        name = self.name(topic)
        for _ in range(50):
            found = consumer.partitions_for_topic(name)
            if found:
                return [TopicPartition(name, p) for p in sorted(found)]
            await consumer._client.force_metadata_update()  # a new topic may not be in the cache yet
            await asyncio.sleep(0.1)
        raise BusError(f"topic {name} does not exist; run `nerve topics create`")

    async def latest(self, topic: t.Topic) -> dict[str, Message]:
        """The current value per key of a compacted topic."""
        return {r.key or "": r.value for r in await self.snapshot(topic)}


class Deduplicator:
    """Applies each command at most once per consumer, across redeliveries and restarts.

    Usage in a command consumer::

        if (done := dedupe.get(cmd.command_id)) is not None:
            await bus.publish(COMMAND_RESULTS, done)   # answer again, change nothing
        else:
            result = await apply(cmd)
            await dedupe.record(result)                # then publish the result
    """

    def __init__(self, bus: Bus, consumer: str) -> None:
        self.bus = bus
        self.consumer = consumer
        self._applied: dict[str, CommandResult] = {}

    async def load(self) -> None:
        for record in await self.bus.snapshot(t.APPLIED_COMMANDS):
            applied = record.value
            assert isinstance(applied, AppliedCommand)
            if applied.consumer == self.consumer:
                self._applied[applied.command_id] = applied.result

    def get(self, command_id: str) -> CommandResult | None:
        return self._applied.get(command_id)

    async def record(self, result: CommandResult) -> None:
        self._applied[result.command_id] = result
        await self.bus.publish(
            t.APPLIED_COMMANDS,
            AppliedCommand(consumer=self.consumer, command_id=result.command_id, result=result),
            key=f"{self.consumer}/{result.command_id}",
        )

    async def handle(self, command: Command, apply: Any) -> tuple[CommandResult, bool]:
        """Apply ``command`` once via ``await apply(command) -> CommandResult``.

        Returns the result and whether it was applied now (False: a redelivery, answered from record).
        """
        done = self.get(command.command_id)
        if done is not None:
            log.info("%s: %s already applied; answering from record", self.consumer, command.command_id)
            return done, False
        result: CommandResult = await apply(command)
        await self.record(result)
        return result, True
