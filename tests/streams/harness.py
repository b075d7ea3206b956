"""Real-stack helpers: stream workers as processes, and a feeder publishing FakeNetwork telemetry."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import orjson

from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import NetworkEvent
from nerve.settings import Settings
from nerve.topics import group_states
from streams.app import APP_NAME
from tests.streams.fakenet import FakeNetwork

NERVE = str(Path(sys.executable).parent / "nerve")


class WorkerProcess:
    """`nerve streams worker` with the test's prefix and home; its log goes to a file."""

    def __init__(self, settings: Settings, worker_id: str = "0", store: str = "memory://") -> None:
        self.settings = settings
        self.worker_id = worker_id
        self.store = store
        self.log = settings.home / f"worker-{worker_id}.log"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> WorkerProcess:
        self.settings.home.mkdir(parents=True, exist_ok=True)
        env = {
            **os.environ,
            **self.settings.run_env(),
            "NERVE_STREAMS__WORKER_ID": self.worker_id,
            "NERVE_STREAMS__STORE": self.store,
        }
        with self.log.open("ab") as out:
            self.proc = subprocess.Popen([NERVE, "streams", "worker"], env=env, stdout=out, stderr=subprocess.STDOUT)
        return self

    def kill(self) -> None:
        """SIGKILL: no shutdown, no final commit, no checkpoint."""
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait(10)

    def stop(self) -> int | None:
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        return self.proc.returncode


async def workers_joined(settings: Settings, members: int, timeout_s: float = 120.0) -> None:
    """Wait until the stream workers' group is stable with ``members`` members.

    A worker process takes 2 s to join on a quiet machine and over 20 s under CI load: a script fed
    before that reaches it as one backlog, read partition by partition out of event-time order, not
    as the live stream the test means to play (and a kill meant for a running worker hits one still
    starting)."""
    deadline = asyncio.get_running_loop().time() + timeout_s
    while (state := (await group_states(settings, [APP_NAME]))[APP_NAME]) != ("Stable", members):
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"the workers' group is {state}, not stable with {members} after {timeout_s:.0f} s")
        await asyncio.sleep(0.5)


async def feed(
    bus: Bus,
    net: FakeNetwork,
    start: float,
    ticks: range,
    speed: float,
    script: dict[int, Callable[[float], None]] | None = None,
) -> None:
    """Publish every source's batch for each tick (event time ``start + tick``), ``speed`` ticks per second."""
    script = script or {}
    sent_events = len(net.events)
    for tick in ticks:
        ts = start + tick
        if tick in script:
            script[tick](ts)
        for event in net.events[sent_events:]:
            await bus.publish(t.NETWORK_EVENTS, NetworkEvent.model_validate(event), key=event["entity"])
        sent_events = len(net.events)
        for key, batch in net.batches(ts):
            await bus.publish_raw(t.TELEMETRY, orjson.dumps(batch), key=key)
        await asyncio.sleep(1 / speed)
