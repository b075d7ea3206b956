"""`nerve eval billing`: usage scenarios through mediation, rating and billing (EVALS.md §3).

Per scenario, on a fresh topic prefix and runtime directory: a rating and billing worker
(subprocess ``nerve streams billing``, its billing epoch the scenario's t0), the BSS systems and the
intent service when the scenario buys something, and the usage twin playing the scenario at wall
speed. Once the worker has read every record and billed every period the scenario covers, the
result is read back from Kafka: the ground truth (``sim.usage``), the purchases the billing system
charged, and the bills, adjustments, notifications and dead letters Nerve produced. ``score`` in
``evals.billing_score`` rerates the ground truth on its own and says pass or fail.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from evals.billing_score import score, scored_periods
from evals.scenarios import stream_worker
from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import Actor, Adjustment, Bill, DeadLetter, SubscriberState, UsageNotification, UsageRecord
from nerve.errors import NerveError
from nerve.estate import Estate, load_estate, load_yaml
from nerve.kafka_auth import Principal
from nerve.settings import Settings
from simulators.usage import BillingScenario, UsageEvent, UsageTwin, load_billing_scenarios, plan_usage
from streams.billing import APP_NAME

log = logging.getLogger(__name__)

SETTLE_TIMEOUT_S = 90.0  # after the end: the worker must have read everything and billed by then
PURCHASE_TIMEOUT_S = 60.0


@contextlib.asynccontextmanager
async def intent_path(settings: Settings, estate: Estate) -> AsyncIterator[Any]:
    """The BSS systems (no random failures) and the intent service, on the run's prefix."""
    from agents.intent.service import IntentService
    from simulators.bss.systems import BssSystems

    bss = BssSystems(settings, estate, failure_rate=0.0)
    running = asyncio.create_task(bss.run(), name="eval-billing-bss")
    ready = asyncio.create_task(bss.ready.wait())
    await asyncio.wait({ready, running}, return_when=asyncio.FIRST_COMPLETED)
    if not bss.ready.is_set():
        running.result()
    service = IntentService(settings, estate)
    await service.start()
    try:
        yield service
    finally:
        await service.stop()
        bss.stop()
        with contextlib.suppress(Exception):
            await asyncio.wait_for(running, 15)


async def buy(service: Any, estate: Estate, event: UsageEvent) -> None:
    """A purchase through the intent path, as the subscriber's app would make it, confirmed."""
    from tools.base import Caller

    assert event.subscriber is not None and event.offer is not None
    caller = Caller(Actor(kind="system", id="eval-billing"), frozenset({"app"}), event.subscriber)
    action = "change_plan" if estate.catalog.by_id[event.offer].kind == "plan" else "add_offer"
    try:
        view = await service.submit(caller, event.subscriber, structured={"action": action, "offer": event.offer})
        if view.lifecycle_status == "awaiting_confirmation":
            await service.confirm(caller, view.intent_id, accept=True)
            view = await service.wait(view.intent_id, PURCHASE_TIMEOUT_S)
        log.info("purchase %s by %s: %s %s", event.offer, event.subscriber, view.decision, view.order_state)
    except NerveError as exc:
        log.warning("purchase %s by %s failed: %s", event.offer, event.subscriber, exc)


async def _settled(bus: Bus, settings: Settings, estate: Estate, scenario: BillingScenario, t0: float) -> None:
    """Wait until the worker has committed past every usage record and billed every scored period."""
    want = {(s.id, k) for s in estate.subscribers for k in scored_periods(estate, scenario.duration_s)}
    consumer = bus.consumer(group_id=APP_NAME)
    await consumer.start()
    deadline = time.monotonic() + SETTLE_TIMEOUT_S
    try:
        partitions = await bus.partitions(consumer, t.USAGE)
        while time.monotonic() < deadline:
            ends = await consumer.end_offsets(partitions)
            committed = {tp: await consumer.committed(tp) for tp in partitions}
            billed = {(b.subscriber, b.period) for b in await _read(bus, t.BILLS, Bill)}
            if all((committed[tp] or 0) >= ends[tp] for tp in partitions) and want <= billed:
                return
            await asyncio.sleep(0.5)
        log.warning("%s: the billing worker had not caught up after %.0fs", scenario.id, SETTLE_TIMEOUT_S)
    finally:
        await consumer.stop()


async def _read(bus: Bus, topic: t.Topic, model: type[Any]) -> list[Any]:
    return [r.value for r in await bus.snapshot(topic) if isinstance(r.value, model)]


async def run_one(
    base: Settings, scenario: BillingScenario, estate: Estate, *, keep_topics: bool = False
) -> dict[str, Any]:
    run_id = uuid.uuid4().hex[:6]
    t0 = round(time.time(), 3)
    settings = base.model_copy(
        update={
            "topic_prefix": f"{base.topic_prefix}eval-billing-{scenario.id}-{run_id}.",
            "home": base.home / "evals" / f"billing-{scenario.id}-{run_id}",
            "billing_epoch": t0,
        }
    )
    settings.home.mkdir(parents=True, exist_ok=True)
    plan = plan_usage(estate, scenario, t0)
    await t.ensure_topics(settings)
    async with contextlib.AsyncExitStack() as stack:
        service = await stack.enter_async_context(intent_path(settings, estate)) if plan.purchases else None
        await stack.enter_async_context(stream_worker(settings, settings.home / "billing.log", ("streams", "billing")))
        bus = await stack.enter_async_context(Bus(settings, client_id="eval-billing", principal=Principal.EVALS))

        async def purchase(event: UsageEvent) -> None:
            await buy(service, estate, event)

        twin = UsageTwin(bus, plan, t0, purchase=purchase if service is not None else None)
        # t0 was fixed before the worker started: the first records wait on Kafka for it.
        await twin.run(scenario.duration_s)
        await _settled(bus, settings, estate, scenario, t0)
        doc = await result_of(bus, scenario, t0, twin.sent, plan.malformed)
    if not keep_topics:
        await t.discard_prefixed(settings)
    return doc


async def result_of(bus: Bus, scenario: BillingScenario, t0: float, sent: int, malformed: int) -> dict[str, Any]:
    """The scenario's result document (EVALS.md §3), in seconds from t0."""

    def rel(x: float) -> float:
        return round(x - t0, 3)

    usage = {}
    for r in await _read(bus, t.SIM_USAGE, UsageRecord):
        row = r.model_dump(exclude_none=True, exclude={"schema_version", "at"})
        usage[r.usage_id] = {"at_s": rel(r.at), **row}
    purchases = [
        {"subscriber": s.subscriber, "offer": c.offer, "completed_s": rel(c.at)}
        for s in await _read(bus, t.SUBSCRIBER_STATE, SubscriberState)
        if s.system == "billing"
        for c in s.charges
        if c.kind != "refund" and not c.command_id.startswith("seed/") and c.at >= t0
    ]
    purchases = list({(p["subscriber"], p["offer"], p["completed_s"]): p for p in purchases}.values())
    bills = {b.bill_id: b for b in await _read(bus, t.BILLS, Bill)}
    adjustments = {a.adjustment_id: a for a in await _read(bus, t.ADJUSTMENTS, Adjustment)}
    notes = {n.notification_id: n for n in await _read(bus, t.NOTIFICATIONS, UsageNotification)}
    letters = [d for d in await _read(bus, t.DEAD_LETTER, DeadLetter) if d.source_topic == t.USAGE.name]
    return {
        "id": scenario.id,
        "duration_s": scenario.duration_s,
        "records": {"sent": sent, "distinct": len(usage), "malformed": malformed, "dead_lettered": len(letters)},
        "usage": sorted(usage.values(), key=lambda r: (r["at_s"], r["usage_id"])),
        "purchases": sorted(purchases, key=lambda p: p["completed_s"]),
        "bills": [
            {
                "subscriber": b.subscriber,
                "period": b.period,
                "version": b.version,
                "issued_s": rel(b.issued_at),
                "lines": {k: float(v) for k, v in b.lines.items()},
                "total": float(b.total),
                "records": b.records,
            }
            for b in sorted(bills.values(), key=lambda b: (b.period, b.subscriber))
        ],
        "adjustments": [
            {
                "subscriber": a.subscriber,
                "period": a.period,
                "issued_s": rel(a.issued_at),
                "usage_ids": a.usage_ids,
                "lines": {k: float(v) for k, v in a.lines.items()},
            }
            for a in sorted(adjustments.values(), key=lambda a: a.issued_at)
        ],
        "notifications": [
            {"subscriber": n.subscriber, "period": n.period, "kind": n.kind, "value": float(n.value), "at_s": rel(n.at)}
            for n in sorted(notes.values(), key=lambda n: n.at)
        ],
    }


def expectations(paths: list[Path]) -> dict[str, dict[str, Any]]:
    """Scenario id → its ``expect`` block (scoring only: the run never sees it)."""
    out: dict[str, dict[str, Any]] = {}
    for p in paths:
        for f in sorted([*p.glob("*.yaml"), *p.glob("*.yml")]) if p.is_dir() else [p]:
            data = load_yaml(f.read_text())
            if isinstance(data, dict) and "id" in data:
                out[str(data["id"])] = data.get("expect") or {}
    return out


async def run_billing(
    settings: Settings, paths: list[Path], *, parallel: int = 1, keep_topics: bool = False
) -> dict[str, Any]:
    """Run every scenario of ``paths``, ``parallel`` at a time, and score each: the result document."""
    estate = load_estate(settings.estate_dir)
    if estate.rating is None:
        raise NerveError(f"the estate at {estate.root} has no rating.yaml")
    scenarios = load_billing_scenarios(paths)
    expect = expectations(paths)
    gate = asyncio.Semaphore(max(1, parallel))

    async def one(scenario: BillingScenario) -> dict[str, Any]:
        async with gate:
            log.info("billing scenario %s: starting", scenario.id)
            doc = await run_one(settings, scenario, estate, keep_topics=keep_topics)
            doc["score"] = score(doc, estate, scenario.duration_s, expect.get(scenario.id))
            return doc

    return {"scenarios": list(await asyncio.gather(*(one(s) for s in scenarios)))}
