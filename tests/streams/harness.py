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
