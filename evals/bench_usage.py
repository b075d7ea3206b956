"""`nerve bench usage`: rating and billing throughput against a bare consumer on the same topic.

On a fresh topic prefix, N usage records (the twin's background mix for every subscriber, with its
share of duplicates and broken records) are produced with event times over ``periods`` bill periods
in the past, in mediation messages of up to 20 records of one subscriber. A bare aiokafka consumer
reads them all (``json.loads`` per message, counting records): the reference rate.
Then one billing worker (in this process) rates them, issuing every period's bills and the
adjustments of late records as it goes: its rate is from its first batch to its N-th record. Both are
also given per CPU second of this process, which the load of a shared machine does not move.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from pathlib import Path
from typing import Any

from evals.bench_kafka import bare_consume, fresh, produce
from evals.profile import recording, summarise
from nerve import topics as t
from nerve.estate import load_estate
from nerve.settings import Settings
from simulators.usage import BillingScenario, batches, plan_usage
from streams.worker import BillingWorker

PER_MESSAGE = 20  # records of one subscriber per mediation message, as `nerve bench streams` carries 20 samples


async def produce_usage(settings: Settings, records: int, periods: int) -> tuple[int, float]:
    """Produce about ``records`` deliveries; return how many exactly and the epoch of period 0."""
    estate = load_estate(settings.estate_dir)
    assert estate.rating is not None
    span = estate.rating.period.length_s * periods
    epoch = round(time.time() - span - 2 * estate.rating.grace_s, 3)
    mix = {"rate_per_s": records / span, "late_share": 0.05, "max_delay_s": 10, "duplicate_share": 0.02,
           "malformed_share": 0.002}  # fmt: skip
    plan = plan_usage(estate, BillingScenario(id="bench", duration_s=span, seed=3, usage=mix), epoch)
    messages = batches(plan.deliveries, PER_MESSAGE)
    await produce(settings, t.USAGE, ((key.encode() if key else None, value) for key, value, _n in messages))
    return len(plan.deliveries), epoch


# The parts of a profile that are our code (the innermost of these files on a stack); the rest is
# Faust, aiokafka and the event loop, as `evals.profile` charges them.
OWN = (
    ("nerve/usage_decode.py", "decode and check (msgspec)"),
    ("nerve/contracts/", "decode and check (pydantic: broken messages, dead letters)"),
    ("nerve/rating.py", "rating"),
    ("phonenumbers/", "rating"),
    ("streams/ledger.py", "books (dedup, periods, bills, notifications)"),
    ("streams/billing.py", "agent loop, saves, outputs"),
)


async def run_bench(settings: Settings, records: int, periods: int = 10, profile: Path | None = None) -> dict[str, Any]:
    run = fresh(settings, "bench-usage")
    await t.ensure_topics(run)
    produced, epoch = await produce_usage(run, records, periods)
    raw_rate, raw_per_cpu = await bare_consume(run, t.USAGE, "records", produced)
    run = run.model_copy(update={"billing_epoch": epoch})
    worker = BillingWorker(run, worker_id=f"bench-{uuid.uuid4().hex[:6]}")
    billing = worker.billing
    task = asyncio.create_task(worker.run())
    try:
        with recording(profile) if profile else contextlib.nullcontext():
            deadline = time.perf_counter() + 120 + produced / 2000
            while sum(billing.counters.values()) < produced and time.perf_counter() < deadline:
                if task.done():
                    task.result()
                await asyncio.sleep(0.01)
            async with billing.lock:  # the batch that counted the last record has ended
                pass
    finally:
        worker.stop()
        await task
        await t.discard_prefixed(run)
    done = sum(billing.counters.values())
    wall = max(1e-9, billing.last_batch_at - billing.first_batch_at)
    cpu = max(1e-9, billing.last_batch_cpu - billing.first_batch_cpu)
    rate = done / wall
    result: dict[str, Any] = {
        "records": produced,
        "rated": billing.counters["records"],
        "duplicates": billing.counters["duplicates"],
        "dead_lettered": billing.counters["dead_lettered"],
        "subscribers": len(billing.estate.subscribers),
        "periods": periods,
        "records_per_s": round(rate),
        "raw_consume_records_per_s": round(raw_rate),
        "ratio": round(rate / raw_rate, 3),
        # The same per CPU second of this process: on a shared machine the wall-clock rates swing
        # with the load; cpu_share says how much of the worker's time it had a CPU.
        "records_per_cpu_s": round(done / cpu),
        "raw_consume_records_per_cpu_s": round(raw_per_cpu),
        "cpu_ratio": round(done / cpu / raw_per_cpu, 3),
        "worker_cpu_share": round(cpu / wall, 2),
    }
    if profile:
        result["profile"] = summarise(profile, produced, own=OWN)
    return result
