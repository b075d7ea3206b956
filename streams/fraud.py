"""The Faust app that watches usage for fraud: usage.records + network.sim_swaps → fraud.cases.

  usage.records (6 partitions, key: subscriber) ─┐
  network.sim_swaps (6 partitions, key: subscriber) ┼─▶ FraudDetector ─▶ fraud.cases (compacted, case id)
  fraud.marks (6 partitions, key: the case's judged_by)┘   (a person's false positive: the profile learns it)
        │ calls with a foreign number
        ▼
  <app>-calls-by-number (6 partitions, key: the number) ─▶ FraudDetector.add_call (wangiri)

The inputs are keyed by subscriber with the same partition count, so a line's usage and swaps
reach the same worker. Wangiri is one foreign number's calls to many lines, which are on any
workers: each worker re-keys the calls with a foreign number by that number onto the app's own
topic, so that all of one number's calls meet on one worker, which judges it; a wangiri case's
mark is keyed by its number to reach that worker. What each line taught its profile (baseline,
since when, what a person cleared) is saved once a second, for the lines that changed, into the
``profiles`` table (a changelog in the line's usage partition); a worker that takes a partition
over, or restarts, adopts a line's saved profile the first time the line needs it. Mediation batches are read as the
billing worker reads them (``read_usage``); records it dead-letters are skipped and counted here,
not dead-lettered twice. A broken SIM swap is dead-lettered. Event time moves on with the clock
once the inputs have been quiet for ``IDLE_S``, so a case closes when its line's traffic stops
even if nobody else makes any.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import orjson
from faust.streams import _current_event

from nerve import topics as t
from nerve.contracts import FraudCase, FraudMark, NumberCall, SimSwap
from nerve.errors import ContractError
from nerve.estate import Estate, load_estate
from nerve.settings import Settings
from streams.billing import partition_of, read_usage
from streams.faust_app import dead_letter, worker_app
from streams.fraud_detect import FraudDetector, Profile

log = logging.getLogger(__name__)

APP_NAME = "nerve-fraud"
CALLS_BY_NUMBER = f"{APP_NAME}-calls-by-number"  # the app's own topic: calls re-keyed by the foreign number
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
        # The app's own repartition topic (created and owned by it, as a changelog is).
        self.calls = self.app.topic(f"{prefix}{CALLS_BY_NUMBER}", partitions=t.USAGE.partitions,
                                    internal=True, **raw)  # fmt: skip
        self.dead_letter = self.app.topic(t.DEAD_LETTER.full_name(prefix), **raw)
        self.profiles = self.app.Table("profiles", partitions=t.USAGE.partitions, key_type=bytes, value_type=bytes)
        self.last_input = time.time()
        self.counters = {"records": 0, "swaps": 0, "skipped": 0, "cases": 0}
        self._wire()

    # -- profiles ---------------------------------------------------------------------------------
    def _load(self, subscriber: str) -> None:
        """Adopt the line's saved profile the first time this worker needs it."""
        if subscriber in self.detector.profiles:
            return
        token = _current_event.set(None)  # look in every partition's store, not only the event's
        try:
            saved: bytes | None = self.profiles.data.get(subscriber.encode())
        finally:
            _current_event.reset(token)
        if saved is not None:
            self.detector.profiles[subscriber] = Profile.adopt(orjson.loads(saved))

    def _save_profiles(self) -> None:
        """The changed lines' profiles into the local store and the changelog, in each line's partition."""
        for sub in self.detector.changed:
            key, value = sub.encode(), orjson.dumps(self.detector.profiles[sub].learnt())
            self.profiles.data[key] = value
            self.profiles.send_changelog(partition_of(sub), key, value)
        self.detector.changed.clear()

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
                        self._load(record.subscriber)
                        await self._send(detector.add(record))
                        if (call := detector.by_number(record)) is not None:
                            await self.calls.send(key=call.number.encode(), value=call.to_bytes())

        @app.agent(self.calls, name="fraud-calls-by-number")
        async def calls(stream: Any) -> None:
            async for events in stream.take_events(500, within=0.05):
                for ev in events:
                    try:
                        call = NumberCall.from_bytes(ev.value or b"")
                    except ContractError as exc:
                        await self._dead(ev, CALLS_BY_NUMBER, str(exc))
                        continue
                    await self._send(detector.add_call(call))

        @app.agent(self.swaps, name="fraud-swaps")
        async def swaps(stream: Any) -> None:
            async for ev in stream.events():
                self.last_input = time.time()
                try:
                    swap = SimSwap.from_bytes(ev.value or b"")
                except ContractError as exc:
                    await self._dead(ev, t.SIM_SWAPS.name, str(exc))
                    continue
                if swap.subscriber not in self.estate.subscriber:
                    await self._dead(ev, t.SIM_SWAPS.name, f"unknown subscriber {swap.subscriber!r}")
                    continue
                self.counters["swaps"] += 1
                self._load(swap.subscriber)
                await self._send(detector.add_swap(swap))

        @app.agent(self.marks, name="fraud-marks")
        async def marks(stream: Any) -> None:
            async for ev in stream.events():
                try:
                    mark = FraudMark.from_bytes(ev.value or b"")
                except ContractError as exc:
                    await self._dead(ev, t.FRAUD_MARKS.name, str(exc))
                    continue
                log.info("case %s marked a false positive by %s: %s", mark.case.case_id, mark.by.id, mark.reason)
                if mark.case.kind != "wangiri":  # a wangiri case is on the number's worker, not the line's
                    self._load(mark.case.subscriber)
                await self._send(detector.mark_false_positive(mark.case, mark.by))

        async def tick() -> None:
            self._save_profiles()
            quiet = time.time() - self.last_input >= IDLE_S
            await self._send(detector.close_quiet(time.time() - IDLE_S if quiet else None))

        app.timer(1.0)(tick)

    async def _dead(self, ev: Any, source: str, reason: str) -> None:
        await dead_letter(self.dead_letter, ev, source, reason)
