"""Checkpoints in Faust tables, by partition, from anywhere in the worker.

The workers keep hot state in memory and checkpoint it into the table partition that owns it,
from timers and rebalance callbacks as well as from agents. Faust's ``table[key] = value`` takes
the partition from the event being processed, so the workers write through Faust's public
changelog and store interfaces instead:

- ``write`` sends the record to the table's changelog in the owner's partition; once the broker
  has it, the record goes into the local store with its changelog offset, exactly as Faust's own
  recovery applies it (so a durable store restarted after a crash replays only what it lacks);
- ``read`` looks in every partition of the local store, which needs a table made with
  ``use_partitioner=True`` (otherwise a read inside an event looks only in the event's partition).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from faust.types import Message


@dataclass(frozen=True)
class _Record:
    """A changelog record as a store applies it (what Faust's recovery hands it)."""

    key: bytes
    value: bytes
    message: Message


def read(table: Any, key: str) -> bytes | None:
    value: bytes | None = table.data.get(key.encode())
    return value


async def write(table: Any, partition: int, key: str, value: bytes) -> None:
    raw_key = key.encode()

    def applied(sent: Any) -> None:
        meta = sent.result()
        message = Message(meta.topic, meta.partition, meta.offset, meta.timestamp, 0, None, raw_key, value, None)
        table.data.apply_changelog_batch([_Record(raw_key, value, message)], _same, _same)

    # Straight to the producer: Faust's send_soon buffers at most 100 messages and, past that, holds up
    # the delivery of every topic's messages until it drains (a checkpoint of hundreds of entities did).
    topic = table.changelog_topic.get_topic_name()
    sent = await table.app.producer.send(topic, raw_key, value, partition, None, None)
    sent.add_done_callback(applied)


def _same(x: Any) -> Any:
    return x
