"""A Faust topic read as batches of raw Kafka messages, for the telemetry hot path.

Faust's stream machinery costs tens of microseconds per message (an event, the processors, the take
buffer, sensors, one ack per event), which was the largest part of a sample's cost in
`nerve bench streams`. Here the conductor hands the messages themselves to the topic's queue (no
event is built), and ``batches`` takes them off it a batch at a time. Faust still does the rest: the
consumer group and its partition assignment (the topic is subscribed like an agent's), flow control
and the queue's back-pressure, the rebalance hooks, and committing the offsets of the messages
``done`` acknowledges.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any, cast

import faust
from faust.types import Message


class RawTopic(faust.Topic):
    """A topic whose consumers get Faust's messages, not events (see ``batches``)."""

    def _compile_decode(self) -> None:
        # Faust's Topic sets its decoder (message → event) up here; the conductor calls it.
        self.decode = _itself  # type: ignore[method-assign,assignment]


async def _itself(message: Message, *, propagate: bool = False) -> Message:
    return message


QUIET_S = 0.01  # a batch stops waiting once nothing has arrived for this long


async def batches(channel: Any, max_: int, within: float) -> AsyncIterator[list[Message]]:
    """The messages of ``channel`` (an iterated ``RawTopic``, so that the conductor delivers to it) in
    batches of at most ``max_``: what has arrived, or if that is less, what arrives within ``within``
    seconds of the first message while messages keep arriving (Faust's consumer delivers one message
    per turn of the event loop, so without the wait every batch would be a single message; without
    the quiet rule the last batch of a backlog would wait out all of ``within``)."""
    queue = channel.queue
    loop = asyncio.get_running_loop()
    step = min(within, QUIET_S)
    while True:
        batch = [cast(Message, await queue.get())]
        deadline = loop.time() + within
        while (had := queue.qsize()) < max_ - 1 and loop.time() < deadline:
            await asyncio.sleep(min(step, deadline - loop.time()))
            if queue.qsize() == had:
                break
        for _ in range(min(queue.qsize(), max_ - 1)):
            batch.append(queue.get_nowait())
        yield batch


def done(app: faust.App, batch: list[Message]) -> None:
    """Acknowledge processed messages: their offsets may now be committed."""
    consumer = app.consumer
    for message in batch:
        message.ack(consumer)
