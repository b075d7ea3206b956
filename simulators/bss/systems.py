"""The fulfilment, billing, compliance and partner systems of the estate twin, run together.

``BssSystems(settings, estate).run()`` consumes ACTIVATION_COMMANDS, PARTNER_COMMANDS,
BILLING_COMMANDS and COMPLIANCE_COMMANDS until ``stop()``, answering each command on
COMMAND_RESULTS and publishing every state change on SUBSCRIBER_STATE. On start it rebuilds each
system's state from SUBSCRIBER_STATE and its dedupe record from APPLIED_COMMANDS, and seeds from
the estate only the subscribers a system has never published (so seeding happens once per topic
prefix). Run one instance per topic prefix.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from typing import Any

from nerve import topics as t
from nerve.bus import Bus, Deduplicator
from nerve.estate import Estate
from nerve.kafka_auth import Principal
from nerve.settings import Settings
from simulators.bss.activation import Activation
from simulators.bss.base import BssSystem
from simulators.bss.billing import Billing
from simulators.bss.compliance import ComplianceSystem
from simulators.bss.config import BssConfig
from simulators.bss.loop import CommandLoop
from simulators.bss.outages import PartnerOutages
from simulators.bss.partner import Partner

log = logging.getLogger(__name__)


class BssSystems:
    def __init__(
        self,
        settings: Settings,
        estate: Estate,
        *,
        seed: int = 0,
        failure_rate: float | None = None,
        delays: Mapping[str, tuple[float, float]] | None = None,
    ) -> None:
        """``failure_rate``: share of activations that fail (default: settings.sim_activation_failure_rate).
        ``delays``: per system (activation, partner, billing, compliance) (min, max) seconds, before
        settings.sim_delay_scale; unnamed systems keep ``config.DEFAULT_DELAYS``."""
        self.settings = settings
        self.estate = estate
        self.config = BssConfig.from_settings(settings, seed=seed, failure_rate=failure_rate, delays=delays)
        self.ready = asyncio.Event()  # set once state is rebuilt and every consumer runs
        self.systems: dict[str, BssSystem[Any]] = {}
        self.outages: PartnerOutages | None = None
        self._stop = asyncio.Event()

    def stop(self) -> None:
        self._stop.set()

    async def run(self) -> None:
        await t.ensure_topics(self.settings, principal=Principal.BSS)
        async with Bus(self.settings, client_id="nerve-sim-bss", principal=Principal.BSS) as bus:
            self.outages = PartnerOutages(bus)
            systems: list[BssSystem[Any]] = [
                Activation(bus, self.estate, self.config),
                Partner(bus, self.estate, self.config, self.outages),
                Billing(bus, self.estate, self.config),
                ComplianceSystem(bus, self.estate, self.config),
            ]
            self.systems = {s.name: s for s in systems}
            await self.outages.start()
            try:
                loops = await self._restore(bus, systems)
                async with asyncio.TaskGroup() as group:
                    for loop in loops:
                        group.create_task(loop.run(self._stop), name=f"bss-{loop.system.name}")
                    self.ready.set()
                    log.info("BSS systems running (seed %d, delay scale %s)", self.config.seed, self.config.delay_scale)
            finally:
                await self.outages.stop()
        log.info("BSS systems stopped")

    async def _restore(self, bus: Bus, systems: list[BssSystem[Any]]) -> list[CommandLoop]:
        latest = await bus.latest(t.SUBSCRIBER_STATE)

        async def restore(system: BssSystem[Any]) -> CommandLoop:
            restored = system.store.restore(latest)
            seeded = await system.seed_missing()
            dedupe = Deduplicator(bus, f"sim.bss.{system.name}")
            await dedupe.load()
            log.info("%s: %d subscribers restored, %d seeded", system.name, restored, seeded)
            return CommandLoop(bus, system, dedupe)

        return list(await asyncio.gather(*(restore(s) for s in systems)))
