"""The Faust app that watches the legacy inventory drift from Nerve's state: → legacy.drift.

  legacy.cdc.public.resource_inventory (Debezium, key: subscriber/offer) ─┐
  bss.subscriber.state (compacted, key: system/subscriber) ────────────────┼─▶ DriftWatch ─▶ legacy.drift
  legacy.drift (its own anomalies, read back after a restart) ─────────────┘   (compacted, key: subscriber)

For every subscriber the legacy inventory holds, the two views are compared by reconciliation's
rule (``nerve/inventory.py``, as ``nerve legacy reconcile`` compares them), counting only the offers
whose inventory ``migration.yaml`` routes to the legacy side (``kept_by_legacy``): where it routes
to Nerve the legacy inventory is no longer kept and differing is expected. A difference that lasts
``drift_after_s`` (migration.yaml) raises an anomaly once; the views agreeing again abate it. An
order the legacy side serves changes both views within about a second of each other (the inventory
and the order's end in one legacy transaction, then Debezium's capture), well inside the threshold,
so an order in flight never fires.

Drift anomalies do not go to ``assurance.anomalies``: they are a bookkeeping difference between two
systems about one subscriber, not a network symptom, and that topic is the live view of the network
the correlator's domains, the NOC agent and the remediation loop work from. People see open drifts
in ``nerve legacy status`` and the console's bridge line (``GET /api/legacy``).

The inputs are small, compacted tables of state, so the watcher reads them whole on every start
(``rewind`` sets its group back to their beginning first) instead of checkpointing: one worker per
estate. Its own anomalies are read back too, so a restart neither raises an open drift again nor
forgets to abate it.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import time
import uuid
from collections.abc import Callable
from typing import Any

from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.errors import KafkaError

from nerve import topics as t
from nerve.contracts import Anomaly, RowChange, SubscriberState
from nerve.errors import ContractError, TopicError
from nerve.estate import Estate, load_estate
from nerve.inventory import differences, kept_by_legacy, legacy_view, nerve_view
from nerve.kafka_auth import Principal
from nerve.kafka_client import client_options
from nerve.migration import migration_now
from nerve.settings import Settings
from streams.faust_app import dead_letter, worker_app

log = logging.getLogger(__name__)

APP_NAME = "nerve-drift"
TICK_S = 1.0
KPI = "inventory_drift"
INPUTS = (t.LEGACY_INVENTORY, t.SUBSCRIBER_STATE, t.LEGACY_DRIFT)
REWIND_RETRY_S, REWIND_WAIT_S = 1.0, 30.0  # past the broker's session timeout for a dead worker's group


class DriftWatch:
    """Both views of every subscriber the legacy inventory holds, since when they differ, and the
    drift anomalies open now."""

    def __init__(self, estate: Estate) -> None:
        self.estate = estate
        self.legacy: dict[str, dict[str, dict[str, Any]]] = {}  # subscriber → offer → inventory row
        self.nerve: dict[str, SubscriberState] = {}
        self.since: dict[str, float] = {}
        self.open: dict[str, Anomaly] = {}
        self.started = time.time()

    def row(self, change: RowChange) -> None:
        """A change of one legacy inventory row (a snapshot read, insert, update or delete)."""
        row = change.after if change.op in ("r", "c", "u") else change.before
        if not row or "subscriber" not in row or "offer" not in row:
            raise ContractError(f"an inventory change without its subscriber and offer: {change.op} {row}")
        rows = self.legacy.setdefault(row["subscriber"], {})
        if change.op == "d":
            rows.pop(row["offer"], None)
        else:
            rows[row["offer"]] = row

    def state(self, state: SubscriberState) -> None:
        if state.system == "activation":
            self.nerve[state.subscriber] = state

    def seen(self, anomaly: Anomaly) -> None:
        """One of the watcher's own anomalies, read back: what was open before a restart stays open."""
        if (anomaly.detected_at or 0.0) >= self.started:  # this run's own: already in ``open``
            return
        if anomaly.event == "ONSET":
            self.open[anomaly.entity] = anomaly
            self.since.setdefault(anomaly.entity, anomaly.at)
        else:
            self.open.pop(anomaly.entity, None)

    def judge(self, at: float) -> list[Anomaly]:
        """The anomalies to publish now: drifts older than the threshold, and drifts that ended."""
        threshold = migration_now(self.estate).drift_after_s
        out = []
        for sub, rows in self.legacy.items():
            legacy = legacy_view(sub, list(rows.values()))
            drifts = kept_by_legacy(self.estate, differences(legacy, nerve_view(self.estate, sub, self.nerve.get(sub))))
            if not drifts:
                self.since.pop(sub, None)
                ended = self.open.pop(sub, None)
                if ended is not None:
                    out.append(ended.model_copy(update={"event": "ABATED", "severity": "cleared", "detected_at": at}))
                continue
            since = self.since.setdefault(sub, at)
            if sub not in self.open and at - since >= threshold:
                what = "; ".join(f"{d.what}: {d.legacy or d.nerve}" for d in drifts)
                self.open[sub] = Anomaly(
                    anomaly_id=f"drift-{uuid.uuid5(uuid.NAMESPACE_URL, f'{sub}/{since}').hex[:12]}",
                    event="ONSET",
                    entity=sub,
                    entity_kind="subscriber",
                    kpi=KPI,
                    severity="minor",
                    detector="drift",
                    value=len(drifts),
                    threshold=threshold,
                    at=since,
                    probable_cause=f"the legacy inventory and Nerve differ ({what})",
                    detected_at=at,
                )
                out.append(self.open[sub])
        return out


class DriftApp:
    """Builds the Faust app for one topic prefix; ``app`` is what a faust Worker runs."""

    def __init__(self, settings: Settings, estate: Estate | None = None) -> None:
        self.settings = settings
        self.estate = estate or load_estate(settings.estate_dir)
        self.watch = DriftWatch(self.estate)
        prefix = settings.topic_prefix
        self.app_id = f"{prefix}{APP_NAME}"
        self.app = worker_app(settings, self.app_id, settings.home / "drift", store="memory://", partitions=1)
        raw: dict[str, Any] = {"key_serializer": "raw", "value_serializer": "raw"}

        def topic(x: t.Topic) -> Any:
            return self.app.topic(x.full_name(prefix), partitions=x.partitions, **raw)

        self.inventory, self.states, self.drift = (
            topic(t.LEGACY_INVENTORY),
            topic(t.SUBSCRIBER_STATE),
            topic(t.LEGACY_DRIFT),
        )
        self.dead_letter = topic(t.DEAD_LETTER)
        self._wire()

    async def rewind(self) -> None:
        """Before the worker starts: its group's offsets back to the beginning of every input, so that
        it reads them whole. A previous worker that died may hold the group until its session ends."""
        inputs = [
            TopicPartition(x.full_name(self.settings.topic_prefix), p) for x in INPUTS for p in range(x.partitions)
        ]
        consumer = AIOKafkaConsumer(
            group_id=self.app_id, enable_auto_commit=False, **client_options(self.settings, Principal.STREAMS)
        )
        await consumer.start()
        try:
            consumer.assign(inputs)
            beginning = await consumer.beginning_offsets(inputs)
            for attempt in itertools.count(1):
                try:
                    await consumer.commit(beginning)
                    return
                except KafkaError as exc:
                    if attempt * REWIND_RETRY_S > REWIND_WAIT_S:
                        raise TopicError(f"cannot rewind {self.app_id}: {exc}") from exc
                    log.info("the drift watcher's group is still held (%s); retrying", exc)
                    await asyncio.sleep(REWIND_RETRY_S)
        finally:
            await consumer.stop()

    def _wire(self) -> None:
        app, watch = self.app, self.watch

        def follow(channel: Any, name: str, source: t.Topic, apply: Callable[[bytes], None]) -> None:
            @app.agent(channel, name=name)
            async def agent(stream: Any) -> None:
                async for ev in stream.events():
                    if ev.value is None:  # a tombstone: the change before it said it all
                        continue
                    try:
                        apply(ev.value)
                    except ContractError as exc:
                        await dead_letter(self.dead_letter, ev, source.name, str(exc))

        follow(self.inventory, "drift-inventory", t.LEGACY_INVENTORY, lambda b: watch.row(RowChange.from_bytes(b)))
        follow(self.states, "drift-states", t.SUBSCRIBER_STATE, lambda b: watch.state(SubscriberState.from_bytes(b)))

        @app.agent(self.drift, name="drift-own")
        async def own(stream: Any) -> None:
            async for ev in stream.events():
                if ev.value is not None:
                    watch.seen(Anomaly.from_bytes(ev.value))

        async def tick() -> None:
            for anomaly in watch.judge(time.time()):
                log.info("drift %s on %s: %s", anomaly.event, anomaly.entity, anomaly.probable_cause)
                await self.drift.send(key=anomaly.entity.encode(), value=anomaly.to_bytes())

        app.timer(TICK_S)(tick)
