"""`nerve bench streams`: stream-layer throughput against a bare consumer, and detection latency.

1. Latency: with one stream worker (in this process) running, another process produces ``rate``
   samples/s (one message per source and tick) for a few seconds with a cell outage now and then;
   latency is from publishing the breaching sample to reading its anomaly back from Kafka.
2. On a fresh topic prefix, N healthy samples are produced in messages of ``per_message`` samples
   (a site's cells over several intervals, as a PM file carries them), for an estate scaled up so
   that there are many entities.
3. A bare aiokafka consumer reads them all (``json.loads`` per message): the reference rate.
4. A new stream worker processes the same messages: pipeline rate, from its first to its N-th sample.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import random
import sys
import time
from asyncio.subprocess import PIPE
from pathlib import Path
from typing import Any

import numpy as np
import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from evals.bench_kafka import bare_consume, fresh, produce
from evals.profile import recording, summarise
from nerve import topics as t
from nerve.estate import Estate, load_estate
from nerve.kafka_client import client_options
from nerve.settings import REPO_ROOT, Settings
from simulators.network.generate import scale_estate
from streams.worker import StreamsWorker, prepare_topics


class Telemetry:
    """Healthy samples for every entity of an estate, grouped by source (a site with its cells, a link, ...)."""

    def __init__(self, estate: Estate, seed: int = 0) -> None:
        topo = estate.topology
        self.rng = random.Random(seed)
        self.sources: list[tuple[str, list[tuple[str, str]]]] = [
            (s.id, [(s.id, "site"), *((c, "cell") for c in topo.cells_of_site(s.id))]) for s in topo.sites
        ]
        self.sources += [(x.id, [(x.id, "transport_link")]) for x in topo.transport_links]
        self.sources += [(x.id, [(x.id, "core_function")]) for x in topo.core_functions]
        self.sources += [(x.id, [(x.id, "partner")]) for x in topo.partners]
        self.tech = {c.id: c.technology for c in topo.cells}

    def sample(self, entity: str, kind: str, ts: float, outage: bool = False) -> dict[str, Any]:
        r = self.rng.random()
        if kind == "cell":
            return {
                "entity": entity, "kind": kind, "ts": ts, "availability_pct": 0.0 if outage else 100.0,
                "prb_util_pct": 40 + 10 * r, "rrc_setup_success_pct": 99.5 + 0.4 * r, "drop_rate_pct": 0.3 + 0.1 * r,
                "ho_success_pct": 98.5 + r, "sinr_db": 15 + 3 * r,
                "dl_throughput_mbps": (400 if self.tech[entity] == "5G" else 80) + 20 * r, "active_users": 150 + 50 * r,
            }  # fmt: skip
        if kind == "site":
            return {"entity": entity, "kind": kind, "ts": ts, "on_battery": 0.0, "battery_pct": 100.0}
        if kind == "transport_link":
            return {
                "entity": entity, "kind": kind, "ts": ts, "oper_up": 1.0, "latency_ms": 4 + 2 * r,
                "packet_loss_pct": 0.05 * r, "utilization_pct": 35 + 10 * r,
            }  # fmt: skip
        if kind == "core_function":
            return {
                "entity": entity, "kind": kind, "ts": ts, "cpu_pct": 40 + 5 * r,
                "session_setup_success_pct": 99.8 + 0.1 * r, "registration_success_pct": 99.8 + 0.1 * r,
            }  # fmt: skip
        return {
            "entity": entity,
            "kind": kind,
            "ts": ts,
            "api_success_pct": 99.5 + 0.4 * r,
            "api_latency_ms": 100 + 50 * r,
        }

    def message(self, source: str, members: list[tuple[str, str]], ts0: float, ticks: int) -> bytes:
        samples = [self.sample(e, k, ts0 + tick) for tick in range(ticks) for e, k in members]
        return orjson.dumps({"source": source, "sent_at": ts0 + ticks, "samples": samples})


async def produce_backlog(settings: Settings, tel: Telemetry, events: int, per_message: int) -> int:
    """Produce about ``events`` samples (whole messages); return how many exactly."""
    per_round = sum(len(m) * max(1, per_message // len(m)) for _, m in tel.sources)
    rounds = max(1, events // per_round)
    ticks_total = rounds * max(1, per_message)
    ts0 = time.time() - ticks_total - 10  # all in the past, one sample per entity per second
    rounds_of = [(source, members, max(1, per_message // len(members))) for source, members in tel.sources]
    messages = (
        (source.encode(), tel.message(source, members, ts0 + r * ticks, ticks))
        for r in range(rounds)
        for source, members, ticks in rounds_of
    )
    await produce(settings, t.TELEMETRY, messages)
    return rounds * sum(ticks * len(members) for _, members, ticks in rounds_of)


async def pipeline(worker: StreamsWorker, expected: int, timeout_s: float) -> float:
    counters = worker.streams.detector.counters
    deadline = time.perf_counter() + timeout_s
    while counters.samples + counters.rejected < expected:
        if time.perf_counter() > deadline:
            if not counters.samples:
                raise TimeoutError("the stream worker processed nothing")
            break
        await asyncio.sleep(0.005)
    return counters.samples / (counters.last_batch_at - counters.first_batch_at)


async def paced_producer(settings: Settings, tel: Telemetry, rate: int, seconds: float) -> None:
    """Publish one sample per entity in turn at ``rate`` samples/s, ts = now; every 0.25 s one cell's sample
    reports an outage (its next one is healthy again)."""
    producer = AIOKafkaProducer(**client_options(settings), linger_ms=1, acks=1)
    await producer.start()
    topic = t.TELEMETRY.full_name(settings.topic_prefix)
    cells = [(s, m) for s, m in tel.sources if len(m) > 1]
    step, pos, k = 0.05, 0, 0
    next_breach = time.time() + 0.5
    end = time.time() + seconds
    try:
        while time.time() < end:
            started, n = time.time(), 0
            while n < rate * step:
                source, members = tel.sources[pos % len(tel.sources)]
                pos += 1
                breach = None
                if started >= next_breach:
                    source, members = cells[k % len(cells)]
                    breach, k, next_breach = members[1][0], k + 1, started + 0.25
                ts = time.time()
                samples = [tel.sample(e, kind, ts, outage=e == breach) for e, kind in members]
                body = orjson.dumps({"source": source, "sent_at": ts, "samples": samples})
                await producer.send(topic, body, key=source.encode())
                n += len(samples)
            await asyncio.sleep(max(0.0, step - (time.time() - started)))
    finally:
        await producer.stop()


def produce_in_child(settings_json: str, scale: float, rate: float, seconds: float) -> None:
    """Entry point of the producer process (see ``latency``)."""
    settings = Settings.model_validate_json(settings_json)
    tel = Telemetry(scale_estate(load_estate(settings.estate_dir), int(scale)), seed=1)
    asyncio.run(paced_producer(settings, tel, int(rate), seconds))


async def latency(settings: Settings, scale: int, rate: int, seconds: float) -> list[float]:
    """Breach → anomaly on Kafka, in ms, while another process publishes at ``rate`` samples/s.

    A sample's ts is the wall time it was published at, so the latency of an outage is the time its
    anomaly is read back minus the anomaly's ``at``.
    """
    consumer = AIOKafkaConsumer(
        t.ANOMALIES.full_name(settings.topic_prefix),
        **client_options(settings),
        auto_offset_reset="latest",
        enable_auto_commit=False,
    )
    await consumer.start()
    got: list[float] = []

    async def collect() -> None:
        async for record in consumer:
            a = orjson.loads(record.value)
            if a["event"] == "ONSET" and a["kpi"] == "availability_pct":
                got.append((time.time() - a["at"]) * 1000)

    collector = asyncio.create_task(collect())
    await asyncio.sleep(1.0)  # the consumer joins at the end of the topic
    code = (
        "import sys; from evals.bench_streams import produce_in_child as p; p(sys.argv[1], *map(float, sys.argv[2:]))"
    )
    args = [settings.model_dump_json(), str(scale), str(rate), str(seconds)]
    child = await asyncio.create_subprocess_exec(sys.executable, "-c", code, *args, cwd=str(REPO_ROOT))
    try:
        await asyncio.wait_for(child.wait(), seconds + 60)
        await asyncio.sleep(2.0)
    finally:
        if child.returncode is None:
            child.kill()
            await child.wait()
        collector.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await collector
        await consumer.stop()
    return got


async def worker_ready(worker: StreamsWorker, timeout_s: float = 60.0) -> None:
    """Until the worker owns its partitions (joined its group, recovered its tables)."""
    deadline = time.perf_counter() + timeout_s
    app = worker.streams.app
    while time.perf_counter() < deadline:
        with contextlib.suppress(Exception):  # the consumer does not exist until the worker has started
            if app.consumer.assignment() and not app.rebalancing:
                break
        await asyncio.sleep(0.2)
    await asyncio.sleep(5.0)


async def run_bench(
    settings: Settings,
    events: int,
    per_message: int = 20,
    *,
    scale: int = 10,
    rate: int = 10_000,
    seconds: float = 8,
    workers: int = 1,
    profile: Path | None = None,
) -> dict[str, Any]:
    estate = scale_estate(load_estate(settings.estate_dir), scale)
    tel = Telemetry(estate)

    # Latency first, on its own prefix and worker: a large backlog just written keeps the broker (on the
    # same cores) busy for a while, which would be measured too.
    live = fresh(settings, "bench")
    await t.ensure_topics(live)  # the run's topics and ACLs, as admin
    await prepare_topics(live)
    worker = StreamsWorker(live, live.streams, estate)
    task = asyncio.create_task(worker.run())
    try:
        await worker_ready(worker)
        latencies = await latency(live, scale, rate, seconds)
    finally:
        worker.stop()
        await task
        await t.discard_prefixed(live)
    run = fresh(settings, "bench")
    await t.ensure_topics(run)
    await prepare_topics(run)
    produced = await produce_backlog(run, tel, events, per_message)
    raw_rate, _ = await bare_consume(run, t.TELEMETRY, "samples", produced)
    entities = sum(len(members) for _, members in tel.sources)
    result: dict[str, Any] = {"events": produced, "samples_per_message": per_message, "entities": entities}
    try:
        if workers > 1:
            pipe_rate, each = await scale_out(run, scale, produced, workers, timeout_s=120 + produced / 5000)
            result["workers"] = workers
            result["per_worker_events_per_s"] = [round(x) for x in each]
        else:
            worker = StreamsWorker(run, run.streams, estate)
            task = asyncio.create_task(worker.run())
            try:
                with recording(profile) if profile else contextlib.nullcontext():
                    pipe_rate = await pipeline(worker, produced, timeout_s=120 + produced / 5000)
            finally:
                worker.stop()
                await task
            result["rejected"] = worker.streams.detector.counters.rejected
    finally:
        await t.discard_prefixed(run)
    lat = np.array(latencies) if latencies else np.array([np.nan])
    result |= {
        "pipeline_events_per_s": round(pipe_rate),
        "raw_consume_events_per_s": round(raw_rate),
        "ratio": round(pipe_rate / raw_rate, 3),
        "latency_rate_samples_per_s": rate,
        "latency_breaches": len(latencies),
        "detect_latency_p50_ms": round(float(np.percentile(lat, 50)), 1),
        "detect_latency_p99_ms": round(float(np.percentile(lat, 99)), 1),
    }
    if profile:
        result["profile"] = summarise(profile, produced)
    return result


async def scale_out(
    settings: Settings, scale: int, expected: int, workers: int, timeout_s: float
) -> tuple[float, list[float]]:
    """Samples/s of ``workers`` worker processes in one consumer group on a backlog of ``expected``
    samples, from the first batch any of them takes to the last; and each one's own rate.

    They start together, so the figure includes the group's first rebalance, as a real scale-out would."""
    code = "import sys; from evals.bench_streams import count_in_child as c; c(sys.argv[1], int(sys.argv[2]))"
    children = []
    for k in range(workers):
        cfg = settings.streams.model_copy(update={"worker_id": f"bench-{k}"})
        args = [settings.model_copy(update={"streams": cfg}).model_dump_json(), str(scale)]
        children.append(
            await asyncio.create_subprocess_exec(
                sys.executable, "-c", code, *args, cwd=str(REPO_ROOT), stdin=PIPE, stdout=PIPE
            )
        )
    latest: list[dict[str, float]] = [{"samples": 0, "first": 0.0, "last": 0.0} for _ in children]
    done = asyncio.Event()

    async def follow(k: int) -> None:
        stdout = children[k].stdout
        assert stdout is not None
        async for line in stdout:
            latest[k] = json.loads(line)
            if sum(x["samples"] for x in latest) >= expected:
                done.set()

    readers = [asyncio.create_task(follow(k)) for k in range(workers)]
    try:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(done.wait(), timeout_s)
        await asyncio.sleep(0.3)  # one more report each: the time the last batch ended
    finally:
        for child in children:
            assert child.stdin is not None
            child.stdin.close()  # end of input: the child stops its worker
        await asyncio.gather(*(child.wait() for child in children))
        for reader in readers:
            reader.cancel()
    busy = [x for x in latest if x["samples"]]
    if not busy:
        raise TimeoutError("the stream workers processed nothing")
    span = max(x["last"] for x in busy) - min(x["first"] for x in busy)
    each = [x["samples"] / (x["last"] - x["first"]) if x["last"] > x["first"] else 0.0 for x in latest]
    return sum(x["samples"] for x in busy) / span, each


def count_in_child(settings_json: str, scale: int) -> None:
    """Entry point of a worker process of ``scale_out``: runs until its stdin closes, printing its
    counters (wall-clock times) as a JSON line every 0.2 s."""
    settings = Settings.model_validate_json(settings_json)
    estate = scale_estate(load_estate(settings.estate_dir), scale)

    async def main() -> None:
        worker = StreamsWorker(settings, settings.streams, estate)
        task = asyncio.create_task(worker.run())
        stdin_closed = asyncio.ensure_future(asyncio.to_thread(sys.stdin.read))
        counters = worker.streams.detector.counters
        to_wall = time.time() - time.perf_counter()
        while not stdin_closed.done():
            first = counters.first_batch_at and counters.first_batch_at + to_wall
            line = {"samples": counters.samples, "first": first, "last": counters.last_batch_at + to_wall}
            print(json.dumps(line), flush=True)
            await asyncio.wait({stdin_closed}, timeout=0.2)
        worker.stop()
        await task

    asyncio.run(main())
