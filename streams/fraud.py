"""The Faust app that watches usage for fraud: usage.records + network.sim_swaps → fraud.cases.

  usage.records (6 partitions, key: subscriber) ─┐
  network.sim_swaps (6 partitions, key: subscriber) ┼─▶ FraudDetector ─▶ fraud.cases (compacted, case id)
  fraud.marks (6 partitions, key: subscriber) ────┘   (a person's false positive: the line's profile learns it)

Both inputs are keyed by subscriber with the same partition count, so a line's usage and swaps
reach the same worker. Profiles live in the worker's memory and are learnt again after a restart
(the usage topic keeps hours); wangiri is judged on the lines a worker owns, so it needs the rung
lines and the victim on one worker (one worker per estate today). Mediation batches are read as the billing worker reads
them (``read_usage``); records it dead-letters are skipped and counted here, not dead-lettered twice. A broken SIM
swap is dead-lettered. Event time moves on with the clock once the inputs have been quiet for
``IDLE_S``, so a case closes when its line's traffic stops even if nobody else makes any.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from nerve import topics as t
from nerve.contracts import FraudCase, FraudMark, SimSwap
from nerve.errors import ContractError
from nerve.estate import Estate, load_estate
from nerve.settings import Settings
from streams.billing import read_usage
from streams.faust_app import dead_letter, worker_app
from streams.fraud_detect import FraudDetector

log = logging.getLogger(__name__)

APP_NAME = "nerve-fraud"
IDLE_S = 3.0


class FraudApp:
    """Builds the Faust app for one topic prefix; ``app`` is what a faust Worker runs."""

    def __init__(self, settings: Settings, estate: Estate | None = None) -> None:
        self.settings = settings
        self.estate = estate = estate or load_estate(settings.estate_dir)
        self.detector = FraudDetector(estate)
        prefix = settings.topic_prefix
        datadir = settings.home / "fraud" / f"worker-{settings.streams.worker_id}"
        self.app = worker_app(
            settings, f"{prefix}{APP_NAME}", datadir, store="memory://", partitions=t.USAGE.partitions
        )
        raw: dict[str, Any] = {"key_serializer": "raw", "value_serializer": "raw"}
        self.usage = self.app.topic(t.USAGE.full_name(prefix), partitions=t.USAGE.partitions, **raw)
        self.swaps = self.app.topic(t.SIM_SWAPS.full_name(prefix), partitions=t.SIM_SWAPS.partitions, **raw)
        self.marks = self.app.topic(t.FRAUD_MARKS.full_name(prefix), partitions=t.FRAUD_MARKS.partitions, **raw)
        self.cases = self.app.topic(t.FRAUD_CASES.full_name(prefix), partitions=t.FRAUD_CASES.partitions, **raw)
        self.dead_letter = self.app.topic(t.DEAD_LETTER.full_name(prefix), **raw)
        self.last_input = time.time()
        self.counters = {"records": 0, "swaps": 0, "skipped": 0, "cases": 0}
        self._wire()

    async def _send(self, cases: list[FraudCase]) -> None:
        for case in cases:
            self.counters["cases"] += case.state == "open" and case.updated_at == case.opened_at
            log.info("fraud case %s %s on %s: %s", case.case_id, case.state, case.subscriber, case.features)
            await self.cases.send(key=case.case_id.encode(), value=case.to_bytes())

    def _wire(self) -> None:
        app, detector = self.app, self.detector

        @app.agent(self.usage, name="fraud-usage")
        async def usage(stream: Any) -> None:
            async for events in stream.take_events(500, within=0.05):
                self.last_input = time.time()
                for ev in events:
                    records, broken = read_usage(self.estate, 0.0, ev.value or b"")
                    self.counters["skipped"] += len(broken)
                    for record in records:
                        self.counters["records"] += 1
                        await self._send(detector.add(record))

        @app.agent(self.swaps, name="fraud-swaps")
        async def swaps(stream: Any) -> None:
            async for ev in stream.events():
                self.last_input = time.time()
                try:
                    swap = SimSwap.from_bytes(ev.value or b"")
                except ContractError as exc:
                    await self._dead(ev, t.SIM_SWAPS, str(exc))
                    continue
                if swap.subscriber not in self.estate.subscriber:
                    await self._dead(ev, t.SIM_SWAPS, f"unknown subscriber {swap.subscriber!r}")
                    continue
                self.counters["swaps"] += 1
                await self._send(detector.add_swap(swap))

        @app.agent(self.marks, name="fraud-marks")
        async def marks(stream: Any) -> None:
            async for ev in stream.events():
                try:
                    mark = FraudMark.from_bytes(ev.value or b"")
                except ContractError as exc:
                    await self._dead(ev, t.FRAUD_MARKS, str(exc))
                    continue
                log.info("case %s marked a false positive by %s: %s", mark.case.case_id, mark.by.id, mark.reason)
                await self._send(detector.mark_false_positive(mark.case))

        async def tick() -> None:
            quiet = time.time() - self.last_input >= IDLE_S
            await self._send(detector.close_quiet(time.time() - IDLE_S if quiet else None))

        app.timer(1.0)(tick)

    async def _dead(self, ev: Any, source: t.Topic, reason: str) -> None:
        await dead_letter(self.dead_letter, ev, source, reason)
