"""Waiting for command results: one watcher per process, shared by every saga and loop in it.

It reads ``command.results`` from the beginning, so a process restarted mid-saga finds the result
of a command it published before the crash instead of waiting for one that already came.
"""

from __future__ import annotations

from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import CommandResult, Message
from nerve.tail import TopicTail


class ResultWatcher:
    def __init__(self, bus: Bus) -> None:
        self._results: dict[str, CommandResult] = {}
        self._tail = TopicTail(bus, (t.COMMAND_RESULTS,), self._store)

    async def start(self) -> None:
        """Start following results; returns once everything already on the topic has been read."""
        await self._tail.start()

    async def stop(self) -> None:
        await self._tail.stop()

    def get(self, command_id: str) -> CommandResult | None:
        return self._results.get(command_id)

    async def wait(self, command_id: str, timeout_s: float) -> CommandResult | None:
        """The result for ``command_id``, or None if none arrives within ``timeout_s``."""
        result: CommandResult | None = await self._tail.wait_for(lambda: self._results.get(command_id), timeout_s)
        return result

    def _store(self, message: Message, live: bool) -> None:
        assert isinstance(message, CommandResult)
        self._results[message.command_id] = message
