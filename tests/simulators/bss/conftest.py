"""Fixtures for the BSS systems' tests: fast settings and a command sender that waits for results."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from nerve import contracts as c
from nerve.bus import Bus
from nerve.results import ResultWatcher
from nerve.settings import Settings
from nerve.topics import Topic, command_topic
from tests.simulators.bss.helpers import Send


@pytest.fixture
def fast(settings: Settings) -> Settings:
    """Delays scaled down to a few ms, no random failures: tests stay fast and deterministic."""
    return settings.model_copy(update={"sim_delay_scale": 0.01, "sim_activation_failure_rate": 0.0})


@pytest.fixture
async def send(bus: Bus) -> AsyncIterator[Send]:
    """Publish a command to its topic and wait for its result."""
    watcher = ResultWatcher(bus)
    await watcher.start()

    async def _send(cmd: c.Command, topic: Topic | None = None) -> c.CommandResult:
        await bus.publish(topic or command_topic(cmd.type), cmd, key=cmd.target)
        result = await watcher.wait(cmd.command_id, timeout_s=30)
        assert result is not None, f"no result for {cmd.command_id}"
        return result

    yield _send
    await watcher.stop()
