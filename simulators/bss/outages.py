"""Which partners are down right now, read from the twin's ground truth (SIM_FAULTS).

A partner is down while a ``partner_outage`` fault targets it and has not cleared. A fault whose
``cleared_by`` is ``failover_partner`` counts as cleared even before ``cleared_at`` is set: traffic
already runs on the failover endpoint.
"""

from __future__ import annotations

import asyncio
import logging

from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import FaultTruth

log = logging.getLogger(__name__)


class PartnerOutages:
    def __init__(self, bus: Bus) -> None:
        self.bus = bus
        self.ready = asyncio.Event()  # set once the topic has been read to its end as of start
        self._faults: dict[str, FaultTruth] = {}

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

    async def run(self, stop: asyncio.Event) -> None:
        """Tail SIM_FAULTS from the beginning until ``stop`` is set."""
        consumer = self.bus.consumer(group_id=None)
        await consumer.start()
        try:
            partitions = await self.bus.partitions(consumer, t.SIM_FAULTS)
            consumer.assign(partitions)
            await consumer.seek_to_beginning(*partitions)
            backlog = await consumer.end_offsets(partitions)
            while not stop.is_set():
                for raws in (await consumer.getmany(timeout_ms=100)).values():
                    for raw in raws:
                        record = await self.bus.decode(raw)
                        if record is not None and isinstance(record.value, FaultTruth):
                            self.update(record.value)
                if not self.ready.is_set() and all([await consumer.position(tp) >= end for tp, end in backlog.items()]):
                    self.ready.set()
        finally:
            await consumer.stop()
