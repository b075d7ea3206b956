"""The Faust app: telemetry → validated samples → anomalies → incidents, plus per-entity context.

Data flow (all topic names carry the run's topic prefix, Faust's own ones through the app id):

  telemetry (6 partitions, key: source) ──detect──▶ assurance.anomalies (key: entity)
        │  bad input ─▶ dead-letter                 └─▶ <app>-domains (key: failure domain)
        │  every second ─▶ assurance.context (compacted, key: entity)          │
  network.events ──changes──▶ <app>-domains                                     │
  ops.calendar ──calendar──▶ <app>-domains (maintenance windows)                │
  ops.commands, command.results ──actions──▶ <app>-domains (remediation)       ▼
                                           correlate ──▶ assurance.incidents (key: incident id)

Hot state lives in memory (detector arrays, correlation domains) and is checkpointed to Faust
tables by changelog writes into the partition that owns it (``streams.tables``), so a restarted or
new worker recovers it from the changelog. Processing is at-least-once; anomaly and incident ids are
deterministic, so what a replay re-emits has the ids it had the first time.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from typing import Any, TypeVar, cast

import orjson
from faust.types import TP
from faust.types import Message as KafkaMessage

from nerve import topics as t
from nerve.contracts import Command, CommandResult, MaintenanceWindow, Message, NetworkEvent, RemediationPayload
from nerve.errors import ContractError
from nerve.estate import Estate, load_estate
from nerve.settings import Settings, StreamsConfig
from nerve.telemetry_decode import Rejected, Sample, decode_message
from streams import raw, tables
from streams.correlate import Domain
from streams.detector import ENTITY, Detector
from streams.faust_app import worker_app
from streams.kpis import domain_names, failure_domain
from streams.raw import RawTopic

log = logging.getLogger(__name__)

APP_NAME = "nerve-streams"
M = TypeVar("M", bound=Message)
DOMAIN_PARTITIONS = 3
TIMER_SLICE = 100  # entities a timer handles before it lets the telemetry agent run
# The re-keyed anomaly stream is internal to the app; it lives in the registry's style so that
# `ensure_topics` can create it with the others.
DOMAINS = t.Topic(f"{APP_NAME}-domains", Message, "failure domain", DOMAIN_PARTITIONS, retention_ms=2 * t.HOUR_MS)


class StreamsApp:
    """Builds the Faust app for one topic prefix; ``app`` is what a faust Worker runs."""

    def __init__(self, settings: Settings, cfg: StreamsConfig | None = None, estate: Estate | None = None) -> None:
        self.settings = settings
        self.cfg = cfg = cfg or settings.streams
        self.estate = estate or load_estate(settings.estate_dir)
        prefix = settings.topic_prefix
        self.app_id = f"{prefix}{APP_NAME}"
        datadir = settings.home / "streams" / f"worker-{cfg.worker_id}"
        self.app = worker_app(
            settings,
            self.app_id,
            datadir,
            store=cfg.store,
            partitions=t.TELEMETRY.partitions,
            # Context and checkpoints go out as hundreds of small messages a second: a few ms of linger
            # sends them in a handful of requests instead of one write to the broker each.
            producer_linger=0.005,
            consumer_group_instance_id=f"{self.app_id}-{cfg.worker_id}" if cfg.static_membership else None,
        )
        raw: dict[str, Any] = {"key_serializer": "raw", "value_serializer": "raw"}

        def topic(x: t.Topic) -> Any:
            return self.app.topic(x.full_name(prefix), partitions=x.partitions, **raw)

        self.telemetry = RawTopic(
            self.app, topics=[t.TELEMETRY.full_name(prefix)], partitions=t.TELEMETRY.partitions, **raw
        )
        self.network_events = topic(t.NETWORK_EVENTS)
        self.calendar = topic(t.CALENDAR)
        self.commands = topic(t.OPS_COMMANDS)
        self.results = topic(t.COMMAND_RESULTS)
        self.domains = topic(DOMAINS)
        # Written straight through the producer (``_send``): Faust's Topic.send builds several objects
        # per message, and the context alone is a message per entity every second.
        self.out = {x: x.full_name(prefix) for x in (t.ANOMALIES, t.INCIDENTS, t.CONTEXT, t.DEAD_LETTER, DOMAINS)}
        # Checkpoints, written by partition and read from any (streams.tables).
        table: dict[str, Any] = {"key_type": bytes, "value_type": bytes, "use_partitioner": True}
        self.entity_table = self.app.Table("entity-state", partitions=t.TELEMETRY.partitions, **table)
        self.domain_table = self.app.Table("domain-state", partitions=DOMAIN_PARTITIONS, **table)
        self.detector = Detector(self.estate, cfg, loader=self._load_entity)
        self.domain_list = domain_names(self.estate)
        self.domain_partition = {d: i % DOMAIN_PARTITIONS for i, d in enumerate(self.domain_list)}
        self.live_domains: dict[str, Domain] = {}
        self.entity_partition: dict[str, int] = {}
        self.worker_name = f"{cfg.worker_id}-{uuid.uuid4().hex[:6]}"
        self.heard = 0.0  # the watermark last announced to the domains
        self._wire()

    def _load_entity(self, entity: str) -> bytes | None:
        return tables.read(self.entity_table, entity)

    def _domain(self, name: str) -> Domain:
        if name not in self.live_domains:
            saved = tables.read(self.domain_table, name)
            self.live_domains[name] = Domain(name, self.estate, self.cfg, orjson.loads(saved) if saved else None)
        return self.live_domains[name]

    async def checkpoint_entities(self, entities: set[str] | None = None) -> None:
        """Checkpoint these entities (default: every one changed since the last checkpoint)."""
        det = self.detector
        # A copy: the timers, the telemetry task and the rebalance callback checkpoint concurrently, and
        # each write gives the loop away, so the set changes meanwhile (iterating it crashed a worker in
        # its rebalance). An entity is marked saved as its state is taken, so a change after that
        # keeps it unsaved for the next checkpoint.
        for entity in list(det.unsaved if entities is None else entities):
            det.unsaved.discard(entity)
            partition = self.entity_partition.get(entity)
            if partition is not None:
                await tables.write(self.entity_table, partition, entity, det.checkpoint(entity))

    # -- outputs -----------------------------------------------------------------------------------
    async def _send(self, topic: t.Topic, key: bytes | None, value: bytes, partition: int | None = None) -> None:
        await self.app.producer.send(self.out[topic], key, value, partition, None, None)

    async def _dead_letter(self, rejected: Rejected, partition: int, offset: int) -> None:
        letter = {
            "schema_version": 1,
            "source_topic": t.TELEMETRY.name,
            "partition": partition,
            "offset": offset,
            "key": rejected.key,
            "raw": rejected.raw.decode(errors="replace"),
            "reason": rejected.reason,
            "at": time.time(),
        }
        log.warning("dead-lettered telemetry[%d]@%d: %s", partition, offset, rejected.reason)
        await self._send(t.DEAD_LETTER, t.TELEMETRY.name.encode(), orjson.dumps(letter))

    async def _read(self, ev: Any, model: type[M]) -> M | None:
        """The event's message, or None once it is dead-lettered for breaking its contract."""
        try:
            return model.from_bytes(ev.value)
        except ContractError as exc:
            await self._dead_letter(Rejected(ev.value or b"", str(exc)), ev.message.partition, ev.message.offset)
            return None

    async def _to_domain(self, entity: str, body: dict[str, Any]) -> None:
        """Forward to the correlator of the entity's failure domain (nothing for unknown entities)."""
        if entity not in self.estate.topology.kind_of:
            return
        domain = failure_domain(self.estate, entity)
        await self._send(DOMAINS, domain.encode(), orjson.dumps(body), self.domain_partition[domain])

    async def _emit_incidents(self, events: list[dict[str, Any]]) -> None:
        for inc in events:
            log.info(
                "incident %s %s: %s (%s)", inc["incident_id"], inc["state"], inc["root_cause"], inc["probable_cause"]
            )
            await self._send(t.INCIDENTS, inc["incident_id"].encode(), orjson.dumps(inc))

    async def _detect(self, batch: list[KafkaMessage]) -> None:
        det = self.detector
        now = time.time()
        det.counters.first_batch_at = det.counters.first_batch_at or time.perf_counter()
        samples: list[Sample] = []
        for msg in batch:
            good, bad = decode_message(msg.value or b"")
            for rejected in bad:
                await self._dead_letter(rejected, msg.partition, msg.offset)
            samples += good
            # Every sample of a message is in its partition (messages are keyed by source).
            self.entity_partition.update(dict.fromkeys(map(ENTITY, good), msg.partition))
        emitted, rejected_samples = det.ingest(samples, now)
        for rejected in rejected_samples:
            await self._dead_letter(rejected, *_position(batch, rejected.key))
        # An entity whose anomalies changed is checkpointed before its offsets can be committed,
        # so a worker taking over after a crash knows what is open and abates it in time.
        await self.checkpoint_entities({e.anomaly.entity for e in emitted})
        detected_at = time.time()
        for e in emitted:
            e.anomaly.detected_at = detected_at
            a = e.anomaly.model_dump()
            await self._send(t.ANOMALIES, e.anomaly.entity.encode(), orjson.dumps(a))
            envelope = orjson.dumps({"t": "a", "a": a, "since": e.since, "fast": e.fast})
            domain = a["failure_domain"]
            await self._send(DOMAINS, domain.encode(), envelope, self.domain_partition[domain])
        det.counters.last_batch_at = time.perf_counter()

    # -- agents and timers -------------------------------------------------------------------------------
    def _wire(self) -> None:
        app, cfg, det = self.app, self.cfg, self.detector

        telemetry = aiter(self.telemetry)  # subscribed like an agent's topic

        async def detect() -> None:
            async for batch in raw.batches(telemetry, cfg.take_max, cfg.take_within_s):
                await self._detect(batch)
                raw.done(app, batch)

        app.task(detect)

        @app.agent(self.network_events, name="changes")
        async def changes(stream: Any) -> None:
            async for ev in stream.events():
                event = await self._read(ev, NetworkEvent)
                if event is not None and event.kind == "config_change":
                    body = {"t": "c", "entity": event.entity, "ts": event.ts, "change_id": event.change_id}
                    await self._to_domain(event.entity, body)

        @app.agent(self.calendar, name="calendar")
        async def calendar(stream: Any) -> None:
            async for ev in stream.events():
                window = await self._read(ev, MaintenanceWindow)
                if window is not None:
                    await self._to_domain(window.target, {"t": "m", "window": window.dump()})

        @app.agent(self.commands, name="actions")
        async def actions(stream: Any) -> None:
            # Remediation commands are changes to the network, like configuration changes: their expected
            # effects explain the symptoms that follow. Bad commands are the network's to dead-letter.
            async for ev in stream.events():
                with contextlib.suppress(ContractError):
                    cmd = Command.from_bytes(ev.value or b"")
                    if isinstance(cmd.payload, RemediationPayload):
                        body = {
                            "t": "x",
                            "command_id": cmd.command_id,
                            "action": cmd.payload.action,
                            "target": cmd.target,
                            "at": cmd.issued_at,
                            "incident": cmd.correlation_id,
                        }
                        await self._to_domain(cmd.target, body)

        @app.agent(self.results, name="void")
        async def void(stream: Any) -> None:
            async for ev in stream.events():
                with contextlib.suppress(ContractError):
                    result = CommandResult.from_bytes(ev.value or b"")
                    if result.type == "remediation.execute" and result.status != "succeeded":
                        await self._to_domain(result.target, {"t": "v", "command_id": result.command_id})

        @app.agent(self.domains, name="correlate")
        async def correlate(stream: Any) -> None:
            async for ev in stream.events():
                body = orjson.loads(ev.value)
                partition = ev.message.partition
                if body["t"] == "w":
                    names = [d for d, p in self.domain_partition.items() if p == partition]
                else:
                    names = [ev.key.decode()]
                for name in names:
                    domain = self._domain(name)
                    if body["t"] == "a":
                        domain.on_anomaly(body["a"], body["since"], body["fast"])
                    elif body["t"] == "c":
                        domain.on_change(body["entity"], body["ts"], body["change_id"])
                    elif body["t"] == "m":
                        domain.on_window(body["window"])
                    elif body["t"] == "x":
                        domain.on_action(
                            body["command_id"], body["action"], body["target"], body["at"], body["incident"]
                        )
                    elif body["t"] == "v":
                        domain.on_void(body["command_id"])
                    else:
                        domain.on_watermark(body["ts"], body["w"])
                    emitted = domain.reconcile()
                    await self._emit_incidents(emitted)
                    if emitted or body["t"] != "w":
                        await tables.write(self.domain_table, partition, name, orjson.dumps(domain.dump()))

        async def heartbeat() -> None:
            # Event time moves on in every domain even when no anomaly arrives, so holds expire.
            # Only while this worker processes telemetry: an idle one must not hold event time back.
            if det.watermark > self.heard:
                self.heard = det.watermark
                body = orjson.dumps({"t": "w", "ts": det.watermark, "w": self.worker_name})
                for p in range(DOMAIN_PARTITIONS):
                    await self._send(DOMAINS, None, body, p)

        # The timers write hundreds of messages at a time; they give the event loop back between slices
        # so that a breach arriving meanwhile is not held up behind them (breach → anomaly p99).
        async def publish_context() -> None:
            dirty = list(det.dirty)
            det.dirty.clear()
            for k, entity in enumerate(dirty, 1):
                await self._send(t.CONTEXT, entity.encode(), orjson.dumps(det.context(entity)))
                if k % TIMER_SLICE == 0:
                    await asyncio.sleep(0)

        async def checkpoint() -> None:
            todo = list(det.unsaved)
            for k in range(0, len(todo), TIMER_SLICE):
                await self.checkpoint_entities(set(todo[k : k + TIMER_SLICE]))
                await asyncio.sleep(0)

        async def on_revoked(sender: Any, revoked: set[TP], **_: Any) -> None:
            # The next owner recovers from the changelog: it must hold everything processed so far.
            await self.checkpoint_entities()
            await self.app.producer.flush()
            lost = {tp.partition for tp in revoked if tp.topic == self.telemetry.get_topic_name()}
            gone = {e for e, p in self.entity_partition.items() if p in lost}
            det.forget(gone)
            for e in gone:
                self.entity_partition.pop(e, None)
            lost_domains = {tp.partition for tp in revoked if tp.topic == self.domains.get_topic_name()}
            for name in [d for d in self.live_domains if self.domain_partition[d] in lost_domains]:
                del self.live_domains[name]

        app.timer(cfg.heartbeat_interval_s)(heartbeat)
        app.timer(cfg.context_interval_s)(publish_context)
        app.timer(cfg.checkpoint_interval_s)(checkpoint)
        app.on_partitions_revoked.connect(cast(Any, on_revoked))


def _position(batch: list[KafkaMessage], entity: str | None) -> tuple[int, int]:
    """Partition and offset of the latest message that carried a sample of ``entity`` (only looked up
    for a sample being dead-lettered, so the hot path keeps no per-sample bookkeeping)."""
    for msg in reversed(batch):
        if entity is not None and entity.encode() in (msg.value or b""):
            good, _ = decode_message(msg.value or b"")
            if any(ENTITY(s) == entity for s in good):
                return msg.partition, msg.offset
    return -1, -1
