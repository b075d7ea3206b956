"""The live feed behind the dashboard: one Kafka tail in the API process, fanned out to browsers.

It reads incidents, anomalies, audit records, intent events, command results and telemetry from
a short look-back (so a freshly opened page shows the last minutes, not an empty screen) and then
live; it keeps bounded in-memory views (incident timelines, recent anomalies, the audit trail,
KPI series per entity) and pushes every change to subscribed SSE clients.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import deque
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import msgspec
from aiokafka.errors import KafkaError

from api.schemas import AuditPublic
from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import Anomaly, AuditRecord, CommandResult, Incident, IntentEvent, Message, TelemetryBatch
from nerve.contracts.telemetry import kpi_names
from nerve.reasons import outcome_words, reason_words
from nerve.telemetry_decode import KIND_OF, Sample, decode_message

log = logging.getLogger(__name__)

LOOKBACK_S = 30 * 60
KPI_WINDOW_S = 15 * 60  # what the KPI chart can show
KPI_POINTS = KPI_WINDOW_S  # per entity, at the twin's 1 s reporting interval
KPIS = {typ: kpi_names(kind) for typ, kind in KIND_OF.items()}  # per sample struct, its KPIs in field order
TOPICS = (t.INCIDENTS, t.ANOMALIES, t.AUDIT, t.INTENT_EVENTS, t.COMMAND_RESULTS, t.TELEMETRY, t.CONTEXT)


@dataclass(frozen=True)
class FeedEvent:
    kind: str  # incident | anomaly | audit | intent | result
    data: dict[str, Any]


# An incident's story, in order: each timeline entry belongs to one step.
STEPS = ("fault", "detection", "diagnosis", "decision", "action", "result", "verified")

# What each audit action is, said plainly (the step it belongs to, and its words).
AUDIT_STEPS: dict[str, tuple[str, str]] = {
    "remediation.diagnosed": ("diagnosis", "diagnosed"),
    "remediation.revised": ("diagnosis", "root cause revised"),
    "remediation.deferred": ("decision", "waiting: a symptom of another incident"),
    "remediation.skipped": ("decision", "no action"),
    "remediation.planned": ("decision", "planned"),
    "guard.allow": ("decision", "allowed by policy"),
    "guard.approval": ("decision", "needs a person's approval"),
    "guard.block": ("decision", "blocked by policy"),
    "action.proposed": ("decision", "proposed"),
    "approval.requested": ("decision", "waiting for approval"),
    "approval.granted": ("decision", "approved"),
    "approval.denied": ("decision", "denied"),
    "approval.cancelled": ("decision", "approval cancelled"),
    "remediation.stopped": ("decision", "stopped"),
    "command.published": ("action", "acting"),
    "remediation.acted": ("result", "acted"),
    "remediation.verified": ("verified", "verifying"),
    "remediation.closed": ("verified", "finished"),
}


OUTCOME_SAYS_IT = frozenset({"remediation.acted", "remediation.verified", "remediation.closed", "remediation.skipped"})


@dataclass
class TimelineEntry:
    at: float
    kind: str  # anomaly | opened | root_cause | decision | action | result | verification | closed
    text: str
    ref: str = ""
    step: str = "decision"  # one of STEPS
    entity: str = ""  # an anomaly's entity and KPI, for the chart
    kpi: str = ""

    def public(self) -> dict[str, Any]:
        return {
            "at": self.at,
            "kind": self.kind,
            "text": self.text,
            "ref": self.ref,
            "step": self.step,
            "entity": self.entity,
            "kpi": self.kpi,
        }


@dataclass
class IncidentView:
    incident: Incident
    timeline: list[TimelineEntry] = field(default_factory=list)
    remediation: str = ""  # where its remediation stands, in words

    def public(self, with_timeline: bool = False) -> dict[str, Any]:
        out = self.incident.dump()
        out["remediation"] = self.remediation
        if with_timeline:
            out["timeline"] = [e.public() for e in sorted(self.timeline, key=lambda e: e.at)]
        return out


def audit_public(record: AuditRecord) -> AuditPublic:
    """An audit record as people read it: the actor as kind:id, the outcome and the reason in words."""
    data = record.dump()
    data["actor"] = f"{record.actor.kind}:{record.actor.id}"
    data["outcome_text"] = outcome_words(record.outcome)
    data["reason"] = reason_words(record.reason)
    data.pop("schema_version", None)
    return AuditPublic.model_validate(data)


def audit_words(record: AuditRecord) -> tuple[str, str, str]:
    """(step, where the remediation stands, the line for the story) of one audit record."""
    step, label = AUDIT_STEPS.get(record.action, ("decision", record.action.replace(".", " ")))
    outcome = outcome_words(record.outcome)
    # Records that carry their result in the outcome say where things stand by it.
    standing = outcome if record.action in OUTCOME_SAYS_IT else label
    who = record.actor.id if record.actor.kind == "person" else "Nerve"
    # Where the outcome is the news (a result, a diagnosis) it is said; elsewhere the label says it.
    said = record.action in OUTCOME_SAYS_IT or record.action == "remediation.diagnosed"
    line = f"{who}: {label}" + (f" ({outcome})" if said and outcome else "")
    reason = reason_words(record.reason)
    return step, standing, f"{line}: {reason}" if reason else line


class Feed:
    def __init__(self, bus: Bus, *, lookback_s: float = LOOKBACK_S) -> None:
        self.bus = bus
        self.lookback_s = lookback_s
        self.incidents: dict[str, IncidentView] = {}
        self.anomalies: dict[str, Anomaly] = {}  # by anomaly id, latest event
        self.recent_anomalies: deque[Anomaly] = deque(maxlen=500)
        self.audit: deque[AuditRecord] = deque(maxlen=5000)
        self.kpis: dict[str, deque[tuple[float, dict[str, float]]]] = {}
        self.last_assurance_at: float | None = None
        self._clients: set[asyncio.Queue[FeedEvent]] = set()
        self._task: asyncio.Task[None] | None = None
        self._caught_up = asyncio.Event()
        self.error: str | None = None

    # -- lifecycle -----------------------------------------------------------------------------
    async def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="api-feed")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    async def wait_caught_up(self, timeout_s: float) -> bool:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._caught_up.wait(), timeout_s)
        return self._caught_up.is_set()

    # -- subscribers ---------------------------------------------------------------------------
    async def subscribe(self) -> AsyncIterator[FeedEvent | None]:
        """Every change from now on; the first item is None, once the subscription is in place, so
        that a client told "ready" at that point misses nothing that happens after."""
        queue: asyncio.Queue[FeedEvent] = asyncio.Queue(maxsize=1000)
        self._clients.add(queue)
        try:
            yield None
            while True:
                yield await queue.get()
        finally:
            self._clients.discard(queue)

    def _push(self, event: FeedEvent) -> None:
        for queue in self._clients:
            if queue.full():  # a slow browser loses its oldest events, never stalls the feed
                queue.get_nowait()
            queue.put_nowait(event)

    # -- queries -------------------------------------------------------------------------------
    def incident_list(self) -> list[dict[str, Any]]:
        views = sorted(self.incidents.values(), key=lambda v: v.incident.opened_at, reverse=True)
        return [v.public() for v in views]

    def active_anomalies(self) -> list[Anomaly]:
        onsets = (a for a in self.anomalies.values() if a.event == "ONSET")
        return sorted(onsets, key=lambda a: a.detected_at or a.at, reverse=True)

    def kpi_series(self, entity: str, minutes: float) -> list[tuple[float, dict[str, float]]]:
        since = time.time() - minutes * 60
        return [p for p in self.kpis.get(entity, ()) if p[0] >= since]

    # -- the tail ------------------------------------------------------------------------------
    async def _run(self) -> None:
        while True:
            try:
                await self._tail()
            except asyncio.CancelledError:
                raise
            except (KafkaError, OSError) as exc:
                self.error = f"{type(exc).__name__}: {exc}"
                log.warning("feed lost Kafka (%s); retrying in 2 s", self.error)
                await asyncio.sleep(2)

    async def _tail(self) -> None:
        # Fetches wait up to 100 ms for data to pile up: a screen needs no faster, and under load one
        # fetch per record (each decoded in Python) cost the API a tenth of its intents per second.
        consumer = self.bus.consumer(group_id=None, fetch_min_bytes=1 << 20, fetch_max_wait_ms=100)
        await consumer.start()
        try:
            partitions = [tp for topic in TOPICS for tp in await self.bus.partitions(consumer, topic)]
            consumer.assign(partitions)
            # Telemetry only as far back as the KPI chart shows: it is by far the busiest topic.
            now_ms = int(time.time() * 1000)
            telemetry = self.bus.name(t.TELEMETRY)
            back_s = {tp: KPI_WINDOW_S if tp.topic == telemetry else self.lookback_s for tp in partitions}
            since = {tp: now_ms - int(1000 * back_s[tp]) for tp in partitions}
            found = await consumer.offsets_for_times(since)
            ends = await consumer.end_offsets(partitions)
            for tp in partitions:
                offset = found.get(tp)
                consumer.seek(tp, offset.offset if offset is not None else ends[tp])
            self.error = None
            context_topic = self.bus.name(t.CONTEXT)
            while True:
                if not self._caught_up.is_set():
                    positions = {tp: await consumer.position(tp) for tp in partitions}
                    if all(positions[tp] >= ends[tp] for tp in partitions):
                        self._caught_up.set()
                for raws in (await consumer.getmany(timeout_ms=300, max_records=2000)).values():
                    for raw in raws:
                        if raw.topic == context_topic:  # only proves the stream layer is alive
                            self.last_assurance_at = time.time()
                            continue
                        if raw.topic == telemetry:
                            # msgspec, as the stream layer decodes it: a restart reads 15 minutes of
                            # every entity's samples, which pydantic took seconds of CPU to build.
                            self._samples(decode_message(raw.value or b"")[0])
                            continue
                        record = await self.bus.decode(raw)
                        if record is not None:
                            self.apply(record.value)
        finally:
            await consumer.stop()

    def apply(self, message: Message) -> None:
        """Fold one message into the views and push it to subscribers."""
        if isinstance(message, TelemetryBatch):
            self._samples(decode_message(message.to_bytes())[0])
        elif isinstance(message, Anomaly):
            self._anomaly(message)
        elif isinstance(message, Incident):
            self._incident(message)
        elif isinstance(message, AuditRecord):
            self._audit(message)
        elif isinstance(message, CommandResult):
            self._result(message)
        elif isinstance(message, IntentEvent):
            self._push(FeedEvent("intent", message.dump()))

    def _samples(self, samples: list[Sample]) -> None:
        for sample in samples:
            entity, ts, *values, _version = msgspec.structs.astuple(sample)  # a kind's fields, in order
            series = self.kpis.setdefault(entity, deque(maxlen=KPI_POINTS))
            series.append((ts, dict(zip(KPIS[type(sample)], values, strict=True))))

    def _anomaly(self, anomaly: Anomaly) -> None:
        self.last_assurance_at = time.time()
        self.anomalies[anomaly.anomaly_id] = anomaly
        self.recent_anomalies.append(anomaly)
        for view in self.incidents.values():
            if anomaly.anomaly_id in view.incident.anomalies:
                self._add_anomaly_entry(view, anomaly)
        self._push(FeedEvent("anomaly", anomaly.dump()))

    def _add_anomaly_entry(self, view: IncidentView, anomaly: Anomaly) -> None:
        ref = f"{anomaly.anomaly_id}/{anomaly.event}"
        if any(e.ref == ref for e in view.timeline):
            return
        onset = anomaly.event == "ONSET"
        what = ("predicted to breach" if anomaly.predicted else "breached") if onset else "back to normal"
        text = f"{anomaly.entity} {anomaly.kpi} {what} ({anomaly.severity}, {anomaly.value:g}; {anomaly.detector})"
        view.timeline.append(
            TimelineEntry(
                anomaly.detected_at or anomaly.at,
                "anomaly",
                text,
                ref,
                step="detection" if onset else "verified",
                entity=anomaly.entity,
                kpi=anomaly.kpi,
            )
        )

    def _incident(self, incident: Incident) -> None:
        self.last_assurance_at = time.time()
        view = self.incidents.get(incident.incident_id)
        if view is None:
            view = self.incidents[incident.incident_id] = IncidentView(incident)
            kind = "predicted incident" if incident.predicted else "incident"
            text = f"{kind} opened: {incident.summary or incident.probable_cause}"
            view.timeline.append(TimelineEntry(incident.opened_at, "opened", text, step="detection"))
            self._root_cause_entry(view, incident, "root cause")
        elif view.incident.root_cause != incident.root_cause:
            self._root_cause_entry(view, incident, "root cause refined to")
        view.incident = incident
        for anomaly_id in incident.anomalies:
            if (anomaly := self.anomalies.get(anomaly_id)) is not None:
                self._add_anomaly_entry(view, anomaly)
        if incident.state == "closed" and not any(e.kind == "closed" for e in view.timeline):
            text = f"closed: {incident.summary}" if incident.summary else "closed: every symptom has cleared"
            at = incident.closed_at or incident.updated_at
            view.timeline.append(TimelineEntry(at, "closed", text, step="verified"))
        self._push(FeedEvent("incident", view.public(with_timeline=True)))

    @staticmethod
    def _root_cause_entry(view: IncidentView, incident: Incident, label: str) -> None:
        cause = incident.probable_cause.replace("_", " ")
        text = f"{label} {incident.root_cause} ({incident.root_cause_kind.replace('_', ' ')}): {cause}"
        ref = f"rc/{incident.root_cause}"
        view.timeline.append(TimelineEntry(incident.updated_at, "root_cause", text, ref, step="diagnosis"))

    def _audit(self, record: AuditRecord) -> None:
        self.audit.append(record)
        view = self.incidents.get(record.correlation_id or "")
        if view is not None:
            step, view.remediation, text = audit_words(record)
            kind = {"action": "action", "result": "result", "verified": "verification"}.get(step, "decision")
            view.timeline.append(TimelineEntry(record.at, kind, text, record.audit_id, step=step))
            self._push(FeedEvent("incident", view.public(with_timeline=True)))
        self._push(FeedEvent("audit", audit_public(record).model_dump()))

    def _result(self, result: CommandResult) -> None:
        view = self.incidents.get(result.correlation_id)
        if view is not None:
            text = f"the {result.system} answered for {result.target}: {outcome_words(result.status)}"
            text += f" ({result.reason})" if result.reason else ""
            view.timeline.append(TimelineEntry(result.completed_at, "result", text, result.command_id, step="result"))
            self._push(FeedEvent("incident", view.public(with_timeline=True)))
        self._push(FeedEvent("result", result.dump()))
