"""Which partners are down right now, read from the twin's ground truth (SIM_FAULTS).

A partner is down while a ``partner_outage`` fault targets it and has not cleared. A fault whose
``cleared_by`` is ``failover_partner`` counts as cleared even before ``cleared_at`` is set: traffic
already runs on the failover endpoint.
"""

from __future__ import annotations

import logging

from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import FaultTruth, Message
from nerve.tail import TopicTail

log = logging.getLogger(__name__)


class PartnerOutages:
    def __init__(self, bus: Bus) -> None:
        self._faults: dict[str, FaultTruth] = {}
        self._tail = TopicTail(bus, (t.SIM_FAULTS,), self._apply)

    async def start(self) -> None:
        """Follow SIM_FAULTS; returns once every fault already recorded is known."""
        await self._tail.start()

    async def stop(self) -> None:
        await self._tail.stop()

    def down(self, partner: str) -> bool:
        return any(
            f.kind == "partner_outage"
            and f.target == partner
            and f.cleared_at is None
            and f.cleared_by != "failover_partner"
            for f in self._faults.values()
        )

    def update(self, fault: FaultTruth) -> None:
        was_down = self.down(fault.target)
        self._faults[fault.fault_id] = fault
        if fault.kind == "partner_outage" and was_down != self.down(fault.target):
            log.info("partner %s is %s (fault %s)", fault.target, "down" if not was_down else "back", fault.fault_id)

    def _apply(self, message: Message, live: bool) -> None:
        assert isinstance(message, FaultTruth)
        self.update(message)
