"""The shared command loop: parallel across subscribers, in order within one, commits after handling."""

from __future__ import annotations

import asyncio
import random

from nerve import contracts as c
from nerve import topics as t
from nerve.bus import Bus, Deduplicator
from nerve.estate import Estate
from nerve.settings import Settings
from simulators.bss.billing import Billing
from simulators.bss.config import BssConfig
from simulators.bss.loop import CommandLoop
from tests.simulators.bss.helpers import Send, billing


class GatedBilling(Billing):
    """Holds every command until commands of two different subscribers are in flight at once."""

    def __init__(self, bus: Bus, estate: Estate) -> None:
        super().__init__(bus, estate, BssConfig(delay_scale=0.0))
        self.events: list[tuple[str, str]] = []
        self._in_flight: set[str] = set()
        self._two_at_once = asyncio.Event()

    async def handle(self, command: c.Command, rng: random.Random) -> c.CommandResult:
        self.events.append(("start", command.command_id))
        self._in_flight.add(command.target)
        if len(self._in_flight) >= 2:
            self._two_at_once.set()
        await asyncio.wait_for(self._two_at_once.wait(), 20)  # a serial loop never gets here: internal_error
        await asyncio.sleep(0.01)
        self._in_flight.discard(command.target)
        self.events.append(("end", command.command_id))
        return self.result(command, "succeeded", None, {})


async def test_subscribers_in_parallel_each_in_order_and_offsets_committed(
    bus: Bus, settings: Settings, estate: Estate, send: Send
) -> None:
    system = GatedBilling(bus, estate)
    dedupe = Deduplicator(bus, "test.loop")
    await dedupe.load()
    loop = CommandLoop(bus, system, dedupe)
    stop = asyncio.Event()
    running = asyncio.create_task(loop.run(stop))
    a1, a2 = (billing(estate, "billing.charge", "sub-1001", "addon-data-10gb", command_id=f"a{i}") for i in (1, 2))
    b1 = billing(estate, "billing.charge", "sub-1004", "addon-data-10gb", command_id="b1")
    await bus.publish(t.BILLING_COMMANDS, a1, key=a1.target)
    await bus.publish(t.BILLING_COMMANDS, a2, key=a2.target)
    results = await asyncio.gather(send(b1), send(a1), send(a2))
    assert [r.status for r in results] == ["succeeded"] * 3, [r.reason for r in results]
    ordered = [e for e in system.events if e[1] in ("a1", "a2")]
    assert ordered == [("start", "a1"), ("end", "a1"), ("start", "a2"), ("end", "a2")]  # one lane, in order

    stop.set()
    await running
    consumer = bus.consumer(t.BILLING_COMMANDS, group_id=loop.group_id)
    await consumer.start()
    try:
        partitions = await bus.partitions(consumer, t.BILLING_COMMANDS)
        ends = await consumer.end_offsets(partitions)
        committed = {tp: await consumer.committed(tp) or 0 for tp in partitions}
    finally:
        await consumer.stop()
    assert committed == ends  # everything handled was committed, and nothing beyond
