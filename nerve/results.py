"""Waiting for command results: one watcher per process, shared by every saga and loop in it.

It reads ``command.results`` from the beginning, so a process restarted mid-saga finds the result
of a command it published before the crash instead of waiting for one that already came.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import CommandResult

log = logging.getLogger(__name__)


class ResultWatcher:
    def __init__(self, bus: Bus) -> None:
        self.bus = bus
        self._results: dict[str, CommandResult] = {}
        self._waiters: dict[str, list[asyncio.Future[CommandResult]]] = {}
        self._task: asyncio.Task[None] | None = None
        self._ready = asyncio.Event()

    async def start(self) -> None:
        """Start tailing results; returns once everything already on the topic has been read."""
        self._task = asyncio.create_task(self._tail(), name="result-watcher")
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

    def get(self, command_id: str) -> CommandResult | None:
        return self._results.get(command_id)

    async def wait(self, command_id: str, timeout_s: float) -> CommandResult | None:
        """The result for ``command_id``, or None if none arrives within ``timeout_s``."""
        if (done := self._results.get(command_id)) is not None:
            return done
        future: asyncio.Future[CommandResult] = asyncio.get_running_loop().create_future()
        self._waiters.setdefault(command_id, []).append(future)
        try:
            return await asyncio.wait_for(future, timeout_s)
        except TimeoutError:
            return None
        finally:
            waiters = self._waiters.get(command_id, [])
            if future in waiters:
                waiters.remove(future)

    def _store(self, result: CommandResult) -> None:
        self._results[result.command_id] = result
        for future in self._waiters.pop(result.command_id, []):
            if not future.done():
                future.set_result(result)

    async def _tail(self) -> None:
        consumer = self.bus.consumer(group_id=None)
        await consumer.start()
        try:
            partitions = await self.bus.partitions(consumer, t.COMMAND_RESULTS)
            consumer.assign(partitions)
            await consumer.seek_to_beginning(*partitions)
            backlog = await consumer.end_offsets(partitions)
            while True:
                if not self._ready.is_set():
                    positions = [await consumer.position(tp) for tp in backlog]
                    if all(pos >= end for pos, end in zip(positions, backlog.values(), strict=True)):
                        self._ready.set()
                for raws in (await consumer.getmany(timeout_ms=200)).values():
                    for raw in raws:
                        record = await self.bus.decode(raw)
                        if record is not None:
                            self._store(record.value)  # type: ignore[arg-type]
        finally:
            await consumer.stop()
