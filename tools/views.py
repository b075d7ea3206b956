"""The read-only views of Kafka that the agents of one process share.

Each view is a tail of busy topics read from their start: the API process, which runs the intent,
NOC and approval agents, keeps one of each for all of them, so a restart reads each backlog once.
An agent run on its own makes its own.
"""

from __future__ import annotations

import asyncio

from nerve.bus import Bus
from nerve.estate import Estate
from tools.ops_view import OpsView
from tools.usage import UsageView


class SharedViews:
    def __init__(self, bus: Bus, estate: Estate, billing_epoch: float) -> None:
        self.ops = OpsView(bus)
        # Balances and mediation lag, when the operator rates usage.
        self.usage = UsageView(bus, estate, billing_epoch) if estate.rating is not None else None

    async def start(self) -> None:
        await asyncio.gather(self.ops.start(), *([self.usage.start()] if self.usage is not None else []))

    async def stop(self) -> None:
        if self.usage is not None:
            await self.usage.stop()
        await self.ops.stop()
