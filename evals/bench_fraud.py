"""`nerve bench fraud`: detection latency from the first fraudulent record to its case on Kafka.

On a fresh topic prefix, one fraud worker (in this process) reads ``usage.records`` while ordinary
usage for every subscriber is produced at ``rate`` records/s (the twin's background mix, event time
now). Once a second, on a line not used before, a fraud episode starts: a burst of calls to the
estate's premium ranges, sent together. The latency of an episode is from the send of its first
record to the moment its case is read back from ``fraud.cases``; the bench reports p50, p99, max.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import time
import uuid
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from nerve import topics as t
from nerve.contracts import FraudCase, UsageBatch
from nerve.errors import ContractError, TopicError
from nerve.estate import load_estate
from nerve.kafka_client import client_options
from nerve.settings import Settings
from simulators.usage import BillingScenario, UsageMix, plan_usage
from streams.fraud import APP_NAME
from streams.worker import FraudWorker

BURST = 3  # premium calls an episode sends at once


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def run_bench(settings: Settings, rate: float, duration_s: float) -> dict[str, Any]:
    run = settings.model_copy(update={"topic_prefix": f"{settings.topic_prefix}bench-fraud-{uuid.uuid4().hex[:6]}."})
    estate = load_estate(run.estate_dir)
    assert estate.rating is not None and estate.rating.premium.ranges
    await t.ensure_topics(run)
    worker = FraudWorker(run, estate)
    task = asyncio.create_task(worker.run())
    producer = AIOKafkaProducer(**client_options(run), linger_ms=5, acks=1)
    cases = AIOKafkaConsumer(t.FRAUD_CASES.full_name(run.topic_prefix), **client_options(run),
                             auto_offset_reset="earliest", enable_auto_commit=False)  # fmt: skip
    sent: dict[str, float] = {}
    seen: dict[str, float] = {}
    try:
        await producer.start()
        await cases.start()
        await _assigned(run, task)
        t0 = time.time()
        plan = plan_usage(estate, BillingScenario(id="bench", duration_s=duration_s, seed=4,
                                                  usage=UsageMix(rate_per_s=rate)), t0)  # fmt: skip
        lines = [s for s in estate.subscribers if s.status == "active"]
        random.Random(4).shuffle(lines)
        episodes = {float(i + 2): s for i, s in enumerate(lines) if i + 2 < duration_s - 2}
        changed = asyncio.Event()
        reader = asyncio.create_task(_read_cases(cases, seen, changed))
        usage = t.USAGE.full_name(run.topic_prefix)
        rng = random.Random(5)
        pending = list(plan.records)
        n = 0
        while pending or episodes:
            s = time.time() - t0
            batch = []
            while pending and pending[0]["at_s"] <= s:
                rec = pending.pop(0)
                wire = {k: v for k, v in rec.items() if k != "at_s" and v is not None} | {"at": t0 + rec["at_s"]}
                batch.append(
                    producer.send(usage, UsageBatch(records=[wire]).to_bytes(), key=rec["subscriber"].encode())
                )
            for at in [a for a in episodes if a <= s]:
                sub = episodes.pop(at)
                sent[sub.id] = time.time()
                for _ in range(BURST):
                    n += 1
                    number = rng.choice(estate.rating.premium.ranges).prefix + str(rng.randint(10**6, 10**7 - 1))
                    wire = {"usage_id": f"bench-fraud-{n}", "subscriber": sub.id, "msisdn": sub.msisdn,
                            "type": "voice", "direction": "out", "other_party": number, "duration_s": 120,
                            "at": time.time(), "cell": sub.home_cell,
                            "site": estate.topology.cell[sub.home_cell].site}  # fmt: skip
                    batch.append(producer.send(usage, UsageBatch(records=[wire]).to_bytes(), key=sub.id.encode()))
            await asyncio.gather(*batch)
            await asyncio.sleep(0.01)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(_all_seen(sent, seen, changed), 30)
        reader.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await reader
    finally:
        await producer.stop()
        await cases.stop()
        worker.stop()
        await task
        await t.discard_prefixed(run)
    latencies = [1000 * (seen[s] - sent[s]) for s in sent if s in seen]
    return {
        "usage_records_per_s": rate,
        "records": len(plan.records) + BURST * len(sent),
        "episodes": len(sent),
        "detected": len(latencies),
        "latency_p50_ms": round(_percentile(latencies, 0.5)) if latencies else None,
        "latency_p99_ms": round(_percentile(latencies, 0.99)) if latencies else None,
        "latency_max_ms": round(max(latencies)) if latencies else None,
    }


async def _assigned(settings: Settings, task: asyncio.Task[None], timeout_s: float = 90.0) -> None:
    """Wait until the worker's group is stable (its start-up is not detection latency)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline and not task.done():
        with contextlib.suppress(TopicError):
            if (await t.group_states(settings, [APP_NAME]))[APP_NAME][0] == "Stable":
                return
        await asyncio.sleep(0.5)
    if task.done():
        task.result()


async def _all_seen(sent: dict[str, float], seen: dict[str, float], changed: asyncio.Event) -> None:
    while set(sent) - set(seen):
        changed.clear()
        await changed.wait()


async def _read_cases(consumer: AIOKafkaConsumer, seen: dict[str, float], changed: asyncio.Event) -> None:
    async for raw in consumer:
        with contextlib.suppress(ContractError):
            case = FraudCase.from_bytes(raw.value or b"")
            if case.kind == "irsf":  # at bench rates every line is busy: its other cases are not the episodes'
                seen.setdefault(case.subscriber, time.time())
            changed.set()
