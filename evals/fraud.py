"""`nerve eval fraud`: fraud and look-alikes in everyone's usage, detected and contained (EVALS.md §4).

Per scenario, on a fresh topic prefix: the BSS systems with the line controls, the intent service,
the fraud responder (medium risk approved by policy, high risk left for a person), a fraud detection
worker (subprocess ``nerve streams fraud``), and the twin: ordinary usage for everyone plus the
scenario's episodes, which run until a response that ends them is in force. The result is read back
from Kafka (cases, the responder's audited responses) and from the twin (ground truth, the requests
it sent through the intent path); ``evals.fraud_score`` scores it against the ``expect`` blocks.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from pathlib import Path
from typing import Any

from agents.fraud.responder import FraudResponder
from evals.billing import expectations, intent_path
from evals.fraud_score import score
from evals.scenarios import stream_worker
from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import Actor, AuditRecord, FraudCase
from nerve.contracts.fraud import RESPONSE_AUDIT
from nerve.errors import NerveError, TopicError
from nerve.estate import Estate, load_estate
from nerve.kafka_auth import Principal
from nerve.settings import Settings
from nerve.tail import TopicTail
from simulators.bss.line_control import LineControls
from simulators.fraud import FraudScenario, FraudTwin, background, load_fraud_scenario, scenario_files
from simulators.usage import UsageTwin

log = logging.getLogger(__name__)

SETTLE_S = 4.0  # after the end: the last responses are answered and audited by then


async def ask_intent(service: Any, subscriber: str, text: str) -> dict[str, Any]:
    """A request as the subscriber's app sends it, confirmed if Nerve asks: its decision and reasons."""
    from tools.base import Caller

    caller = Caller(Actor(kind="system", id="eval-fraud"), frozenset({"app"}), subscriber)
    try:
        view = await service.submit(caller, subscriber, text=text)
        if view.lifecycle_status == "awaiting_confirmation":
            view = await service.confirm(caller, view.intent_id, accept=True)
        return {"decision": view.decision, "reasons": list(view.reasons)}
    except NerveError as exc:
        return {"decision": "error", "reasons": [str(exc)]}


@contextlib.asynccontextmanager
async def _running(coro_owner: Any, name: str) -> Any:
    task = asyncio.create_task(coro_owner.run(), name=name)
    ready = asyncio.create_task(coro_owner.ready.wait())
    await asyncio.wait({ready, task}, return_when=asyncio.FIRST_COMPLETED)
    if task.done():
        task.result()
    try:
        yield coro_owner
    finally:
        coro_owner.stop()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(task, 15)


async def run_one(
    base: Settings, scenario: FraudScenario, estate: Estate, *, keep_topics: bool = False
) -> dict[str, Any]:
    run_id = uuid.uuid4().hex[:6]
    settings = base.model_copy(
        update={
            "topic_prefix": f"{base.topic_prefix}eval-fraud-{scenario.id}-{run_id}.",
            "home": base.home / "evals" / f"fraud-{scenario.id}-{run_id}",
            "auto_approve_medium": True,
            "sim_delay_scale": 0.0,
        }
    )
    settings.home.mkdir(parents=True, exist_ok=True)
    await t.ensure_topics(settings)
    async with contextlib.AsyncExitStack() as stack:
        service = await stack.enter_async_context(intent_path(settings, estate))
        await stack.enter_async_context(_running(LineControls(settings, estate), "eval-fraud-line-control"))
        responder = FraudResponder(settings, estate)
        await responder.start()
        stack.push_async_callback(responder.stop)
        worker = await stack.enter_async_context(
            stream_worker(settings, settings.home / "fraud.log", ("streams", "fraud"))
        )
        bus = await stack.enter_async_context(Bus(settings, client_id="eval-fraud", principal=Principal.EVALS))
        await _worker_ready(bus, worker)
        t0 = round(time.time(), 3)
        plan = background(estate, scenario, t0)

        async def ask(subscriber: str, text: str) -> dict[str, Any]:
            return await ask_intent(service, subscriber, text)

        # Cases and the responder's audit are followed as they come, as the responder follows cases
        # (reading them whole at the end stalled now and then on this broker).
        cases: dict[str, FraudCase] = {}
        responses: list[AuditRecord] = []
        tail = TopicTail(bus, (t.FRAUD_CASES, t.AUDIT), lambda value, live: _keep(cases, responses, value))
        await tail.start()
        twin = FraudTwin(bus, estate, scenario, t0, ask=ask)
        await asyncio.gather(UsageTwin(bus, plan, t0).run(scenario.duration_s), twin.run())
        await asyncio.sleep(SETTLE_S)
        await tail.stop()
        doc = result_of(scenario, t0, twin, cases, responses)
    if not keep_topics:
        await t.discard_prefixed(settings)
    return doc


async def _worker_ready(bus: Bus, worker: asyncio.subprocess.Process, timeout_s: float = 90.0) -> None:
    """Wait until the fraud worker's consumer group has its partitions (it reads from the start anyway;
    this keeps its start-up out of the detection latency)."""
    from streams.fraud import APP_NAME

    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and worker.returncode is None:
        with contextlib.suppress(TopicError):
            if (await t.group_states(bus.settings, [APP_NAME]))[APP_NAME][0] == "Stable":
                return
        await asyncio.sleep(0.5)
    if worker.returncode is not None:
        raise NerveError(f"the fraud worker exited with {worker.returncode}")
    log.warning("the fraud worker's group was not stable after %.0fs", timeout_s)


def _keep(cases: dict[str, FraudCase], responses: list[AuditRecord], value: Any) -> None:
    """The latest version of each case, with the time it was first put on Kafka; every response."""
    if isinstance(value, AuditRecord) and value.action == RESPONSE_AUDIT:
        responses.append(value)
    if isinstance(value, FraudCase):
        first = cases.get(value.case_id)
        cases[value.case_id] = value if first is None else value.model_copy(update={"opened_at": first.opened_at})


def result_of(
    scenario: FraudScenario, t0: float, twin: FraudTwin, cases: dict[str, FraudCase], responses: list[AuditRecord]
) -> dict[str, Any]:
    """The scenario's result document (EVALS.md §4), in seconds from t0."""

    def rel(x: float) -> float:
        return round(x - t0, 3)

    rows = [
        {
            "kind": a.detail.get("kind"),
            "subscriber": a.subject,
            "at_s": rel(a.at),
            "case": a.detail.get("case"),
            "approved_by": a.detail.get("approved_by"),
            "outcome": a.outcome,
        }
        for a in responses
    ]
    return {
        "id": scenario.id,
        "duration_s": scenario.duration_s,
        "fraud": twin.truth(),
        "look_alikes": [
            {"kind": r.episode.kind, "subscriber": r.episode.subscriber, "start_s": r.episode.at_s}
            for r in twin.runs
            if r.look_alike
        ],
        "cases": [
            {
                "id": c.case_id,
                "subscriber": c.subscriber,
                "kind": c.kind,
                "opened_s": rel(c.opened_at),
                "closed_s": rel(c.closed_at) if c.closed_at else None,
                "state": c.state,
                "score": c.score,
                "features": c.features,
                "baseline": c.baseline,
                "evidence": c.evidence,
            }
            for c in sorted(cases.values(), key=lambda c: c.opened_at)
        ],
        "responses": sorted(rows, key=lambda r: r["at_s"]),
        "intents": twin.intents,
    }


async def run_fraud(settings: Settings, paths: list[Path], *, keep_topics: bool = False) -> dict[str, Any]:
    """Run every scenario of ``paths`` one after the other and score each: the result document."""
    estate = load_estate(settings.estate_dir)
    if estate.rating is None or estate.fraud is None:
        raise NerveError(f"the estate at {estate.root} needs rating.yaml and fraud.yaml")
    files = scenario_files(paths)
    scenarios = [load_fraud_scenario(f) for f in files]
    expect = expectations(files)
    out = []
    for scenario in scenarios:
        log.info("fraud scenario %s: starting", scenario.id)
        doc = await run_one(settings, scenario, estate, keep_topics=keep_topics)
        doc["score"] = score(doc, expect.get(scenario.id) or {}, estate)
        out.append(doc)
    return {"scenarios": out}
