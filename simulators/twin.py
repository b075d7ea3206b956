"""The estate twin's network: telemetry out, faults and remediation in, ground truth published.

``Twin(settings, estate).run()`` ticks at ``rate_hz``: each tick is one snapshot of the network
(healthy model + active faults), published as one TelemetryBatch per source on ``telemetry``
with the snapshot's wall-clock time as event time. It listens on ``sim.control`` for fault
injections (``nerve sim inject``) and on ``ops.commands`` for remediation, and publishes every
fault's ground truth on ``sim.faults`` whenever it changes (injected, cleared).

With ``late_share`` > 0, that share of batches is held back one to three intervals and sent
after newer ones, with their original event time: late and out of order, as real feeds are.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from typing import Any

from aiokafka import AIOKafkaConsumer

from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import FaultInjection, FaultTruth, TelemetryBatch, now
from nerve.errors import NerveError, SimulationError
from nerve.estate import Estate
from nerve.kafka_auth import Principal
from nerve.settings import Settings
from nerve.topics import ensure_topics
from simulators.network.faults import FaultEngine
from simulators.network.model import NetworkModel
from simulators.network.remediation import Remediator
from simulators.network.telemetry import BatchBuilder

log = logging.getLogger(__name__)

COMMANDS_GROUP = "sim-network"
CONTROL_GROUP = "sim-control"


class Twin:
    def __init__(
        self, settings: Settings, estate: Estate, *, seed: int = 0, rate_hz: float = 1.0, late_share: float = 0.0
    ) -> None:
        if rate_hz <= 0:
            raise SimulationError(f"rate must be positive, not {rate_hz}")
        self.settings = settings
        self.estate = estate
        self.interval = 1.0 / rate_hz
        self.late_share = late_share
        self.model = NetworkModel(estate, seed)
        self.engine = FaultEngine(estate, self.model)
        self.builder = BatchBuilder(estate)
        self.ready = asyncio.Event()  # set once it listens and has published its first tick
        self.ticks = 0
        self._late_rng = random.Random(seed)
        self._late: list[tuple[int, str, TelemetryBatch]] = []  # (due tick, source, batch)
        self._stop = asyncio.Event()
        self._bus: Bus | None = None
        self.remediator: Remediator | None = None

    def stop(self) -> None:
        self._stop.set()

    async def inject(
        self, kind: str, target: str, params: dict[str, Any] | None = None, *, at: float | None = None
    ) -> str:
        """Start a fault now (or at ``at``, epoch seconds); returns its id. Raises SimulationError."""
        fault = self.engine.inject(kind, target, params, at=now() if at is None else at)
        await self._flush()
        return fault.fault_id

    async def clear(self, fault_id: str, *, by: str = "manual") -> bool:
        cleared = self.engine.clear(fault_id, at=now(), by=by)
        await self._flush()
        return cleared

    def truth(self) -> list[FaultTruth]:
        self.engine.settle(now())
        return self.engine.truth()

    async def run(self) -> None:
        """Tick, listen and answer until ``stop()``."""
        await ensure_topics(self.settings, principal=Principal.TWIN)
        async with Bus(self.settings, client_id="sim-network", principal=Principal.TWIN) as bus:
            self._bus = bus
            self.remediator = Remediator(bus, self.engine)
            await self.remediator.load()
            commands = bus.consumer(t.OPS_COMMANDS, group_id=COMMANDS_GROUP)
            control = bus.consumer(t.SIM_CONTROL, group_id=CONTROL_GROUP, from_beginning=False)
            await commands.start()
            await control.start()
            tasks = [
                asyncio.create_task(self._consume(commands, self._on_command), name="twin-commands"),
                asyncio.create_task(self._consume(control, self._on_control), name="twin-control"),
            ]
            try:
                await _assigned(commands, control)
                tasks.append(asyncio.create_task(self._tick_loop(bus), name="twin-ticks"))
                stop = asyncio.create_task(self._stop.wait())
                done, _ = await asyncio.wait({stop, *tasks}, return_when=asyncio.FIRST_COMPLETED)
                for task in done - {stop}:
                    task.result()  # a loop that ended on its own failed: say why
                stop.cancel()
            finally:
                for task in tasks:
                    task.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await task
                try:
                    await self._flush()
                finally:  # a consumer left running would poll a broker that no longer knows its topics
                    await commands.stop()
                    await control.stop()
                    self._bus = None
        log.info("twin stopped after %d ticks", self.ticks)

    async def _tick_loop(self, bus: Bus) -> None:
        loop = asyncio.get_running_loop()
        next_at = loop.time()
        while True:
            await self.tick(bus)
            if not self.ready.is_set():
                self.ready.set()
            next_at += self.interval
            delay = next_at - loop.time()
            if delay < 0:  # fell behind (a stalled loop): skip ahead rather than burst
                next_at, delay = loop.time(), 0.0
            await asyncio.sleep(delay)

    async def tick(self, bus: Bus) -> None:
        at = now()
        snap = self.engine.snapshot(at)
        out: list[tuple[str, TelemetryBatch]] = []
        for source, batch in self.builder.batches(snap, at):
            if self.late_share and self._late_rng.random() < self.late_share:
                self._late.append((self.ticks + self._late_rng.randint(1, 3), source, batch))
            else:
                out.append((source, batch))
        due = [x for x in self._late if x[0] <= self.ticks]
        self._late = [x for x in self._late if x[0] > self.ticks]
        out += [(source, batch.model_copy(update={"sent_at": at})) for _, source, batch in due]
        await asyncio.gather(*(bus.publish(t.TELEMETRY, b, key=source) for source, b in out))
        self.ticks += 1
        await self._flush()

    async def _flush(self) -> None:
        """Publish ground-truth changes and network events; kept until a bus is there."""
        bus = self._bus
        if bus is None:
            return
        while self.engine.changed:
            fault = self.engine.faults[self.engine.changed.pop()]
            await bus.publish(t.SIM_FAULTS, fault.truth(), key=fault.fault_id)
        while self.engine.events:
            event = self.engine.events.pop(0)
            await bus.publish(t.NETWORK_EVENTS, event, key=event.entity)

    async def _consume(self, consumer: AIOKafkaConsumer, handle: Any) -> None:
        while True:
            for raws in (await consumer.getmany(timeout_ms=200)).values():
                for raw in raws:
                    try:
                        await handle(raw)
                    except NerveError as exc:
                        log.warning("twin ignored %s@%d: %s", raw.topic, raw.offset, exc)
                    except Exception:  # bad input never stops the twin; the trace shows the defect
                        log.exception("twin failed on %s@%d; carrying on", raw.topic, raw.offset)
                    await consumer.commit()
                await self._flush()

    async def _on_command(self, raw: Any) -> None:
        assert self.remediator is not None
        await self.remediator.handle_raw(raw)

    async def _on_control(self, raw: Any) -> None:
        assert self._bus is not None
        record = await self._bus.decode(raw)
        if record is None:
            return
        msg = record.value
        assert isinstance(msg, FaultInjection)
        if msg.op == "clear":
            self.engine.clear(msg.fault_id, at=now(), by="manual")
        elif msg.fault_id not in self.engine.faults:
            self.engine.inject(msg.kind, msg.target, msg.params, at=now(), fault_id=msg.fault_id)


async def _assigned(*consumers: AIOKafkaConsumer, timeout_s: float = 30.0) -> None:
    """Wait until each consumer has joined its group and owns its partitions."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while not all(c.assignment() for c in consumers):
        if loop.time() > deadline:
            raise NerveError("the twin's consumers got no partitions")
        await asyncio.sleep(0.05)
    # "latest" is resolved lazily; pin it now so an injection right after ready is not skipped.
    for consumer in consumers:
        for tp in consumer.assignment():
            await consumer.position(tp)
