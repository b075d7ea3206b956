"""The one command consumer loop every simulated system runs.

- Commands of one subscriber are handled in order (a lane per subscriber); different
  subscribers are handled concurrently, so a slow partner call does not hold up everyone.
- Each command is applied at most once (``Deduplicator``); a redelivery is answered again from
  the record, without a delay and without changing anything.
- Offsets are committed only up to the oldest command still in flight (at-least-once): after a
  crash, whatever was not finished is redelivered and the dedupe record absorbs the repeats.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import KafkaError
from pydantic import BaseModel, ValidationError

from nerve import topics as t
from nerve.bus import Bus, Deduplicator
from nerve.contracts import Command, CommandResult, CommandType, now
from nerve.errors import BusError, ContractError
from simulators.bss.base import BssSystem

log = logging.getLogger(__name__)


class _Envelope(BaseModel):
    """The parts of a broken command needed to answer it."""

    command_id: str
    type: CommandType
    target: str
    correlation_id: str = ""


class OffsetTracker:
    """What may be committed per partition: everything before the oldest unfinished record."""

    def __init__(self) -> None:
        self._pending: dict[TopicPartition, set[int]] = {}
        self._next: dict[TopicPartition, int] = {}
        self._committed: dict[TopicPartition, int] = {}

    def started(self, tp: TopicPartition, offset: int) -> None:
        self._pending.setdefault(tp, set()).add(offset)
        self._next[tp] = max(self._next.get(tp, 0), offset + 1)

    def done(self, tp: TopicPartition, offset: int) -> None:
        self._pending[tp].discard(offset)

    def to_commit(self) -> dict[TopicPartition, int]:
        out = {}
        for tp, end in self._next.items():
            pending = self._pending.get(tp)
            position = min(pending) if pending else end
            if position > self._committed.get(tp, -1):
                out[tp] = position
        return out

    def committed(self, offsets: dict[TopicPartition, int]) -> None:
        self._committed.update(offsets)


class CommandLoop:
    def __init__(self, bus: Bus, system: BssSystem[Any], dedupe: Deduplicator, *, max_in_flight: int = 500) -> None:
        self.bus = bus
        self.system = system
        self.dedupe = dedupe
        self.max_in_flight = max_in_flight
        self.offsets = OffsetTracker()
        self._lanes: dict[str, asyncio.Task[None]] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._error: BaseException | None = None

    @property
    def group_id(self) -> str:
        return f"sim.bss.{self.system.name}"

    async def run(self, stop: asyncio.Event) -> None:
        """Consume until ``stop`` is set, then finish what is in flight and commit."""
        consumer = self.bus.consumer(self.system.topic, group_id=self.group_id)
        await consumer.start()
        try:
            while not stop.is_set():
                batch = await consumer.getmany(timeout_ms=100)
                for tp, raws in batch.items():
                    for raw in raws:
                        self.offsets.started(tp, raw.offset)
                        record = await self.bus.decode(raw)  # a broken record is dead-lettered
                        if record is None or not isinstance(record.value, Command):
                            await self._answer_malformed(raw.value or b"")
                            self.offsets.done(tp, raw.offset)
                            continue
                        self._dispatch(tp, raw.offset, record.value)
                await self._raise_if_failed()
                await self._commit(consumer)
                if len(self._tasks) >= self.max_in_flight:
                    await asyncio.wait(self._tasks, return_when=asyncio.FIRST_COMPLETED)
            if self._tasks:
                await asyncio.wait(self._tasks)
            await self._raise_if_failed()
            await self._commit(consumer)
        finally:
            for task in self._tasks:
                task.cancel()
            await consumer.stop()

    def _dispatch(self, tp: TopicPartition, offset: int, command: Command) -> None:
        lane = command.target
        task = asyncio.create_task(self._in_lane(self._lanes.get(lane), tp, offset, command))
        self._lanes[lane] = task
        self._tasks.add(task)
        task.add_done_callback(lambda done: self._finished(lane, done))

    def _finished(self, lane: str, task: asyncio.Task[None]) -> None:
        self._tasks.discard(task)
        if self._lanes.get(lane) is task:
            del self._lanes[lane]
        if not task.cancelled() and task.exception() is not None and self._error is None:
            self._error = task.exception()

    async def _in_lane(
        self, previous: asyncio.Task[None] | None, tp: TopicPartition, offset: int, cmd: Command
    ) -> None:
        if previous is not None:
            await asyncio.wait({previous})  # order only; its failure is reported by the loop
        await self._process(cmd)
        self.offsets.done(tp, offset)  # never reached on failure: the record stays uncommitted

    async def _process(self, command: Command) -> None:
        rng = self.system.config.rng(self.system.name, command.command_id)

        async def apply(cmd: Command) -> CommandResult:
            await asyncio.sleep(self.system.delay(rng))
            try:
                return await self.system.handle(cmd, rng)
            except BusError:
                raise
            except Exception as exc:  # a bug must not leave the issuer waiting forever
                log.exception("%s: %s crashed", self.system.name, cmd.command_id)
                return self.system.result(cmd, "failed", "internal_error", {"error": repr(exc)})

        result, _fresh = await self.dedupe.handle(command, apply)
        await self.bus.publish(t.COMMAND_RESULTS, result, key=result.command_id)

    async def _answer_malformed(self, raw: bytes) -> None:
        """Reject a command that breaks its contract, if it names itself well enough to be answered.

        Otherwise its issuer would wait for a result that never comes.
        """
        try:
            Command.from_bytes(raw)
            return
        except ContractError as exc:
            error = str(exc)
        try:
            envelope = _Envelope.model_validate_json(raw)
        except ValidationError:
            return  # nothing to echo: the dead letter is all there is
        result = CommandResult(
            command_id=envelope.command_id,
            type=envelope.type,
            status="rejected",
            reason="malformed_command",
            correlation_id=envelope.correlation_id,
            target=envelope.target,
            system=self.system.name,
            detail={"error": error},
            completed_at=now(),
        )
        await self.bus.publish(t.COMMAND_RESULTS, result, key=result.command_id)

    async def _raise_if_failed(self) -> None:
        if self._error is not None:
            raise self._error

    async def _commit(self, consumer: AIOKafkaConsumer) -> None:
        offsets = self.offsets.to_commit()
        if not offsets:
            return
        try:
            await consumer.commit(offsets)
        except KafkaError as exc:  # e.g. a rebalance took the partition away; it will be redelivered
            log.warning("%s: commit failed: %s", self.system.name, exc)
            return
        self.offsets.committed(offsets)
