"""The NOC question set: faults reported on the assurance topics, the real remediation loop and
network twin acting on them, then each question asked to the NOC agent and its answer checked
for the ids and facts it must name (``evals/noc/questions.yaml``).

Incidents are published as the stream layer reports them and closed when a fix succeeds, so the
set measures the agent's answers, not detection.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from agents.noc.service import NocService
from agents.remediation.loop import RemediationLoop
from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import Anomaly, Command, CommandResult, EntityContext, Incident, MaintenanceWindow, now
from nerve.errors import ConfigError
from nerve.estate import Estate, load_estate, load_yaml
from nerve.kafka_auth import Principal
from nerve.settings import Settings
from simulators.twin import Twin

log = logging.getLogger(__name__)

QUESTIONS = Path(__file__).with_name("questions.yaml")
# The engineer asking: an operator, who may propose actions (a person still approves them).
ENGINEER = "eval-engineer"
ENGINEER_ROLES = frozenset({"viewer", "operator"})


class FaultSetup(BaseModel):
    incident: str
    kind: str
    target: str
    kpi: str
    value: float
    predicted: bool = False
    impact_in_s: float | None = None


class Question(BaseModel):
    id: str
    question: str
    thread: str | None = None
    entities: list[str] = []
    facts: list[str] = []
    absent: list[str] = []
    subscribers_of: list[str] = []


class QuestionSet(BaseModel):
    version: int
    maintenance: list[dict[str, str]] = []
    faults: list[FaultSetup]
    questions: list[Question]

    def unknown_ids(self, estate: Estate) -> list[str]:
        """The network ids the set is built on that ``estate`` does not have (a set for another operator)."""
        named = [f.target for f in self.faults] + [m["target"] for m in self.maintenance]
        named += [c for q in self.questions for c in q.subscribers_of]
        return [x for x in dict.fromkeys(named) if x not in estate.topology.kind_of]


def load_questions(path: Path = QUESTIONS) -> QuestionSet:
    return QuestionSet.model_validate(load_yaml(path.read_text()))


def _messages(estate: Estate, f: FaultSetup, at: float) -> tuple[Incident, Anomaly, EntityContext]:
    topo = estate.topology
    kind = topo.kind_of[f.target]
    impact = at + f.impact_in_s if f.impact_in_s is not None else None
    anomaly = Anomaly(
        anomaly_id=f"an-{f.incident}",
        event="ONSET",
        entity=f.target,
        entity_kind=kind,
        kpi=f.kpi,
        severity="major" if f.predicted else "critical",
        predicted=f.predicted,
        detector="forecast" if f.predicted else "threshold",
        value=f.value,
        at=at,
        expected_impact_at=impact,
        probable_cause=f.kind,
        detected_at=at,
    )
    incident = Incident(
        incident_id=f.incident,
        state="open",
        root_cause=f.target,
        root_cause_kind=kind,
        probable_cause=f.kind,
        perceived_severity=anomaly.severity,
        entities=[f.target, *(e for e in topo.affected_by(f.target) if e != f.target and kind != "core_function")],
        anomalies=[anomaly.anomaly_id],
        predicted=f.predicted,
        expected_impact_at=impact,
        opened_at=at,
        updated_at=at,
        summary=f"{f.kind} at {f.target}",
    )
    context = EntityContext(
        entity=f.target,
        kind=kind,
        ts=at,
        kpis={f.kpi: f.value},
        health="degraded" if f.predicted else "failing",
        open_anomalies=[anomaly],
        incidents=[f.incident],
    )
    return incident, anomaly, context


async def _recover(bus: Bus, incident: Incident, anomaly: Anomaly) -> None:
    at = now()
    await bus.publish(t.ANOMALIES, anomaly.model_copy(update={"event": "ABATED", "at": at, "detected_at": at}))
    healthy = EntityContext(entity=incident.root_cause, kind=incident.root_cause_kind, ts=at, kpis={}, health="ok")
    await bus.publish(t.CONTEXT, healthy, key=incident.root_cause)
    closed = incident.model_copy(update={"state": "closed", "closed_at": at, "updated_at": at})
    await bus.publish(t.INCIDENTS, closed, key=incident.incident_id)


async def _close_when_fixed(bus: Bus, incidents: dict[str, Incident], anomalies: dict[str, Anomaly]) -> None:
    """The stream layer's part: an incident closes once a (non-escalation) fix for it succeeded."""
    consumer = bus.consumer(t.OPS_COMMANDS, t.COMMAND_RESULTS, group_id=None)
    await consumer.start()
    fixes: set[str] = set()
    try:
        async for raw in consumer:
            record = await bus.decode(raw)
            msg = record.value if record is not None else None
            if isinstance(msg, Command) and msg.payload.kind == "remediation" and msg.payload.action != "escalate":
                fixes.add(msg.command_id)
            elif isinstance(msg, CommandResult) and msg.status == "succeeded" and msg.command_id in fixes:
                inc = incidents.get(msg.correlation_id)
                if inc is not None:
                    await _recover(bus, inc, anomalies[inc.incident_id])
    finally:
        await consumer.stop()


@contextlib.asynccontextmanager
async def _estate_with_faults(settings: Settings, qs: QuestionSet, estate: Estate) -> AsyncIterator[Bus]:
    await t.ensure_topics(settings)
    twin = Twin(settings, estate, seed=7, rate_hz=1.0)
    running = asyncio.create_task(twin.run())
    async with Bus(settings, client_id="noc-eval", principal=Principal.EVALS) as bus:
        at = now()
        for i, m in enumerate(qs.maintenance):
            window = MaintenanceWindow(
                window_id=f"noc-mw{i}", target=m["target"], start=at - 60, end=at + 3600, reason=m.get("reason", "")
            )
            await bus.publish(t.CALENDAR, window, key=window.window_id)
        incidents: dict[str, Incident] = {}
        anomalies: dict[str, Anomaly] = {}
        for f in qs.faults:
            incident, anomaly, context = _messages(estate, f, at)
            incidents[f.incident], anomalies[f.incident] = incident, anomaly
            await bus.publish(t.ANOMALIES, anomaly, key=f.target)
            await bus.publish(t.CONTEXT, context, key=f.target)
        closer = asyncio.create_task(_close_when_fixed(bus, incidents, anomalies))
        for incident in incidents.values():
            await bus.publish(t.INCIDENTS, incident, key=incident.incident_id)
        try:
            yield bus
        finally:
            twin.stop()
            closer.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await closer
            # The twin stops its consumers on the way out: given the time, not cancelled mid-way.
            with contextlib.suppress(Exception):
                await asyncio.wait_for(running, 30)


def check(q: Question, text: str, estate: Estate) -> list[str]:
    """What the answer misses or invents (empty: right)."""
    lower = text.lower()
    subs = [s.id for s in estate.subscribers if s.home_cell in q.subscribers_of]
    problems = [f"missing {x}" for x in (*q.entities, *subs) if x.lower() not in lower]
    problems += [f"missing fact {x!r}" for x in q.facts if x.lower() not in lower]
    problems += [f"names {x} wrongly" for x in q.absent if x.lower() in lower]
    return problems


async def run_noc_eval(settings: Settings, path: Path = QUESTIONS, *, use_model: bool = False) -> dict[str, Any]:
    """Run the question set on a private topic prefix (deleted afterwards) and check every answer."""
    run_id = uuid.uuid4().hex[:6]
    settings = settings.model_copy(
        update={
            "topic_prefix": f"{settings.topic_prefix}eval-noc-{run_id}.",
            "home": settings.home / "evals" / f"noc-{run_id}",
        }
    )
    qs = load_questions(path)
    estate = load_estate(settings.estate_dir)
    if unknown := qs.unknown_ids(estate):
        raise ConfigError(
            f"{path} is written for another estate: {settings.estate_dir} has no {', '.join(unknown[:4])}; "
            "give the question set of this estate with --questions"
        )
    results: list[dict[str, Any]] = []
    async with _estate_with_faults(settings, qs, estate):
        loop = RemediationLoop(settings, estate=estate, use_memory=False)
        await loop.start()
        noc = NocService(settings, estate=estate, use_provider=use_model)
        try:
            await asyncio.sleep(1.0)
            await loop.idle(90)  # the loop has acted on (or declined) every incident
            await noc.start()
            for q in qs.questions:
                started = now()
                answer = await noc.answer(ENGINEER, q.thread or q.id, q.question, roles=ENGINEER_ROLES)
                problems = check(q, answer.text, estate)
                results.append(
                    {
                        "id": q.id,
                        "question": q.question,
                        "answer": answer.text,
                        "citations": answer.citations,
                        "tools": answer.tools,
                        "problems": problems,
                        "ok": not problems,
                        "latency_ms": round((now() - started) * 1000),
                    }
                )
        finally:
            await noc.stop()
            await loop.stop()
    await t.discard_prefixed(settings)
    right = sum(r["ok"] for r in results)
    return {
        "items": results,
        "summary": {"n": len(results), "right": right, "accuracy": round(right / len(results), 3)},
    }
