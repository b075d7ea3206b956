"""`nerve eval chaos`: the whole stack under a mixed load, with faults and disruptions injected at
seeded random moments; the report is read back from Kafka, not from the processes' own counters.

The run has its own topic prefix and home. Its parts are those of ``nerve up`` (with two stream
workers) under the same supervisor, which restarts whatever dies. Meanwhile:

- subscriber intents go through the API at a steady rate; of those awaiting confirmation most
  are confirmed, some cancelled and some left to expire;
- the twin is asked for a fault of one of the estate's fault kinds at intervals;
- each kind of process is killed with SIGKILL once, one broker is killed and restarted, and a
  stream worker is paused (SIGSTOP) for longer than its session timeout, then resumed.

Each disruption's ``recovered_s`` is the time from the end of the disruption (the kill, the
broker's restart, the resume) until the stack is ready again: every part up, ``/readyz`` ready,
and an intent answered through the API.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import random
import shutil
import signal
import socket
import tempfile
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from rich.console import Console

from api.client import TERMINAL_INTENT_STATES
from api.credentials import Credentials
from evals import chaos_memory
from evals.bench_intents import INTENT_PATH, structured_intents
from evals.chaos_memory import Incarnation
from legacy.parts import part_ready
from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import (
    AppliedCommand,
    Command,
    FaultInjection,
    FaultTruth,
    FraudCase,
    Incident,
    IntentEvent,
    SubscriberState,
    now,
)
from nerve.errors import ConfigError
from nerve.estate import Estate, load_estate
from nerve.kafka_auth import Principal
from nerve.kafka_local import LocalKafka
from nerve.settings import Settings
from nerve.stack import AFTER, PARTS, left_out, ready_check
from nerve.supervisor import Part, Supervisor
from nerve.topics import discard_prefixed, ensure_topics, wait_for_group_coordinator

INTENTS_PER_S = 1.0
CONFIRM_SHARE, CANCEL_SHARE = 0.7, 0.15  # of intents awaiting confirmation; the rest are left to expire
CONFIRM_WITHIN_S = 20.0  # the run's NERVE_INTENT_CONFIRM_WITHIN_S: unanswered intents expire during the run
# The run's NERVE_INTENT_RETENTION_S: the API forgets settled intents during the run, as it would
# after the default hour, so that its memory can reach a steady state for the soak to compare.
RETENTION_S = 120.0
FAULT_EVERY_S = 40.0
FAULT_DURATION_S = 150.0  # a fault nobody fixes ends by itself after this long
# The stream layer learns its baselines before the first fault or disruption; a process's memory is
# compared from this long after it was up (a restarted one has a warm-up of its own).
WARMUP_S = 25.0
PAUSE_S = 15.0  # longer than the stream workers' session timeout (10 s)
BROKER_DOWN_S = 10.0
RECOVERY_LIMIT_S = 120.0
WINDOW_S = 30.0  # before and after a disruption, for throughput and latency
SOAK_WINDOW_S = 120.0  # the first and the last minutes of the workload, compared
SAMPLE_EVERY_S = 5.0
KILLED_KINDS = ("streams", "loop", "api", "sim")  # each killed once; "streams" is a stream worker


@dataclass
class Sample:
    submitted_at: float  # seconds from the start
    latency_s: float | None  # None: not accepted
    intent_id: str | None = None


@dataclass
class Run:
    settings: Settings
    estate: Estate
    seed: int
    started: float = field(default_factory=time.monotonic)
    samples: list[Sample] = field(default_factory=list)
    accepted: dict[str, str] = field(default_factory=dict)  # intent id → subscriber
    disruptions: list[dict[str, Any]] = field(default_factory=list)
    rss: dict[str, list[Incarnation]] = field(default_factory=dict)  # process name → its pids in turn
    broker_up: dict[str, float | None] = field(default_factory=dict)  # kafka-N → when it was up (run s)
    faults_requested: int = 0

    def rel(self) -> float:
        return round(time.monotonic() - self.started, 3)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def chaos_parts(settings: Settings, estate: Estate) -> list[Part]:
    """The parts of ``nerve up`` for this estate, with a second stream worker in the same group."""
    parts: list[Part] = []
    for name, args in PARTS:
        if left_out(settings, estate, name):
            continue
        if name == "streams":
            for worker in ("0", "1"):
                parts.append(Part(f"streams-{worker}", args, env={"NERVE_STREAMS__WORKER_ID": worker}))
        else:
            parts.append(Part(name, args, ready=ready_check(settings, name, part_ready), after=AFTER.get(name, ())))
    env = {
        **settings.run_env(),
        "NERVE_API_PORT": str(settings.api_port),
        "NERVE_INTENT_CONFIRM_WITHIN_S": str(CONFIRM_WITHIN_S),
        "NERVE_INTENT_RETENTION_S": str(RETENTION_S),
        "NERVE_AUTO_APPROVE_MEDIUM": "true",
        "NERVE_SIM_PARTNER_TIMEOUT_RATE": "0",
    }
    for part in parts:
        part.env = {**env, **part.env}
    return parts


async def run_chaos(
    base: Settings, *, minutes: float, brokers: int = 1, seed: int = 0, keep_topics: bool = False
) -> dict[str, Any]:
    """Run the chaos workload for ``minutes`` on the local broker (1) or cluster (3); the report."""
    if not base.local_kafka:
        raise ConfigError(
            "the chaos eval kills and restarts brokers: it needs the local Kafka, not an external cluster"
        )
    cluster_settings = base.model_copy(update={"kafka_brokers": brokers})
    cluster_settings.bootstrap_servers = cluster_settings.local_bootstrap
    cluster = LocalKafka(cluster_settings)
    started_cluster = not cluster.status().running
    await asyncio.to_thread(cluster.start)
    run_id = uuid.uuid4().hex[:6]
    # The legacy bridge's database and Connect worker of its own: free ports, and a directory Debian's
    # postgres account can reach (the run's home may be private to this user).
    legacy_dir = Path(tempfile.mkdtemp(prefix="nerve-chaos-legacy-", dir="/tmp"))
    os.chmod(legacy_dir, 0o711)
    # And an API port of its own, so that a run never meets a `nerve up` (or another run) on 8080.
    settings = cluster_settings.model_copy(
        update={
            "topic_prefix": f"{base.topic_prefix}chaos-{run_id}.",
            "home": base.home / "chaos" / run_id,
            "api_port": free_port(),
            "legacy_dir": legacy_dir,
            "legacy_pg_port": free_port(),
            "legacy_connect_port": free_port(),
        }
    )
    settings.home.mkdir(parents=True, exist_ok=True)
    estate = load_estate(settings.estate_dir)
    run = Run(settings, estate, seed)
    try:
        await ensure_topics(settings)
        await wait_for_group_coordinator(settings)
        key = Credentials.load_or_create(settings.home, estate).bench_key(estate)
        parts = chaos_parts(settings, estate)
        log_path = settings.home / "logs" / "chaos.log"
        supervisor = Supervisor(settings, parts, Console(quiet=True), log_path)  # the parts' output: log_path
        up = asyncio.Event()
        supervising = asyncio.create_task(supervisor.run(up.set))
        try:
            await _until(lambda: up.is_set() or supervising.done(), 600)
            if supervising.done():
                raise ConfigError(f"the stack did not come up; see {log_path}")
            async with (
                httpx.AsyncClient(
                    base_url=f"http://{settings.api_host}:{settings.api_port}",
                    headers={"X-API-Key": key},
                    timeout=30.0,
                ) as http,
                Bus(settings, client_id="eval-chaos", principal=Principal.EVALS) as bus,
            ):
                run.started = time.monotonic()
                run.broker_up = {f"kafka-{n.node_id}": 0.0 for n in cluster.nodes}  # up before the run
                await _ready(run, parts, http, RECOVERY_LIMIT_S)
                await _play(run, parts, cluster, http, bus, minutes * 60)
                await _drain(run, bus)
        finally:
            supervisor.request_stop()
            await supervising
        async with Bus(settings, client_id="eval-chaos", principal=Principal.EVALS) as bus:
            report = await build_report(run, bus, minutes)
    finally:
        if not keep_topics:
            await discard_prefixed(settings)
        if started_cluster:
            await asyncio.to_thread(cluster.stop)
        await asyncio.to_thread(shutil.rmtree, legacy_dir, True)
    return report


async def _play(
    run: Run, parts: list[Part], cluster: LocalKafka, http: httpx.AsyncClient, bus: Bus, total_s: float
) -> None:
    """The workload, the faults and the disruptions, for ``total_s`` seconds."""
    rng = random.Random(run.seed)
    stop = asyncio.Event()
    tasks = [
        asyncio.create_task(_intents(run, http, rng.randrange(1 << 30), stop)),
        asyncio.create_task(_faults(run, bus, random.Random(rng.random()), stop, total_s)),
        asyncio.create_task(_sample_rss(run, parts, cluster, stop)),
    ]
    try:
        await _disrupt(run, parts, cluster, http, random.Random(rng.random()), total_s)
        await asyncio.sleep(max(0.0, total_s - run.rel()))
    finally:
        stop.set()
        await asyncio.gather(*tasks)


# -- workload -----------------------------------------------------------------------------------
async def _intents(run: Run, http: httpx.AsyncClient, seed: int, stop: asyncio.Event) -> None:
    rng = random.Random(seed)
    work = structured_intents(run.estate, 100_000, seed=seed)
    in_flight: set[asyncio.Task[None]] = set()
    gate = asyncio.Semaphore(64)  # bounds the requests in flight while the API is away
    i = 0
    while not stop.is_set():
        sub, expression = work[i % len(work)]
        i += 1
        await gate.acquire()
        task = asyncio.create_task(_one_intent(run, http, sub, expression, rng.random()))
        in_flight.add(task)

        def finished(done: asyncio.Task[None]) -> None:
            in_flight.discard(done)
            gate.release()

        task.add_done_callback(finished)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), 1 / INTENTS_PER_S)
    if in_flight:
        await asyncio.wait(in_flight)


async def _one_intent(run: Run, http: httpx.AsyncClient, sub: str, expression: dict[str, Any], roll: float) -> None:
    sample = Sample(run.rel(), None)
    run.samples.append(sample)
    began = time.monotonic()
    try:
        answer = await http.post(INTENT_PATH, json={"subscriber": sub, "expression": expression})
    except httpx.HTTPError:
        return
    if answer.status_code != 201:
        return
    body = answer.json()
    sample.latency_s, sample.intent_id = time.monotonic() - began, body["id"]
    run.accepted[body["id"]] = sub
    if not body.get("awaitingConfirmation"):
        return
    if roll < CONFIRM_SHARE:
        await _answer(http, f"{INTENT_PATH}/{body['id']}/confirmation", {"accept": True})
    elif roll < CONFIRM_SHARE + CANCEL_SHARE:
        await _answer(http, f"{INTENT_PATH}/{body['id']}/cancel", {})
    # else: left unanswered, to expire


async def _answer(http: httpx.AsyncClient, path: str, body: dict[str, Any]) -> None:
    """Retried while the API is away (a 409 means an earlier try got through)."""
    delay = 0.5
    for _ in range(12):
        try:
            if (await http.post(path, json=body)).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        await asyncio.sleep(delay)
        delay = min(delay * 2, 5.0)


async def _faults(run: Run, bus: Bus, rng: random.Random, stop: asyncio.Event, total_s: float) -> None:
    """One fault every FAULT_EVERY_S, of a kind the loop may fix without a person, on a free target."""
    faults = run.estate.faults
    kinds = sorted(
        k
        for k, spec in faults.faults.items()
        if spec.fixed_by and all(faults.actions[a].risk != "high" for a in spec.fixed_by if a in faults.actions)
    )
    by_kind: dict[str, list[str]] = defaultdict(list)
    for entity, kind in sorted(run.estate.topology.kind_of.items()):
        by_kind[kind].append(entity)
    kinds = [k for k in kinds if by_kind[faults.faults[k].target]]
    busy: dict[str, float] = {}  # target → when its fault ends at the latest
    n = 0
    while not stop.is_set():
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), WARMUP_S if n == 0 else FAULT_EVERY_S)
        if stop.is_set() or run.rel() > total_s - 60 or not kinds:
            return
        kind = rng.choice(kinds)
        free = [e for e in by_kind[faults.faults[kind].target] if busy.get(e, 0.0) < run.rel()]
        if not free:
            continue
        target = rng.choice(free)
        busy[target] = run.rel() + FAULT_DURATION_S
        n += 1
        injection = FaultInjection(
            fault_id=f"chaos-{n}", kind=kind, target=target, params={"duration_s": FAULT_DURATION_S}, at=now()
        )
        await bus.publish(t.SIM_CONTROL, injection, key=target)
        run.faults_requested += 1


# -- disruptions --------------------------------------------------------------------------------
async def _disrupt(
    run: Run, parts: list[Part], cluster: LocalKafka, http: httpx.AsyncClient, rng: random.Random, total_s: float
) -> None:
    plan = [("kill", kind) for kind in KILLED_KINDS] + [("broker", ""), ("pause", "streams")]
    rng.shuffle(plan)
    first, last = WARMUP_S, max(WARMUP_S + 1, total_s - 45)
    slot = (last - first) / len(plan)
    by_name = {p.name: p for p in parts}
    for i, (kind, what) in enumerate(plan):
        at = first + slot * i + rng.uniform(0, slot / 2)
        await asyncio.sleep(max(0.0, at - run.rel()))
        if what == "streams":
            what = rng.choice([p.name for p in parts if p.name.startswith("streams-")])
        entry: dict[str, Any] = {"kind": kind, "target": what, "at_s": run.rel(), "at_epoch": time.time()}
        if kind == "kill":
            part = by_name[what]
            if part.proc is not None and part.proc.returncode is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(part.proc.pid, signal.SIGKILL)
            await _until(lambda p=part: p.up_at is None, 10)  # type: ignore[misc]  # the supervisor saw it die
        elif kind == "pause":
            proc = by_name[what].proc
            assert proc is not None
            os.killpg(proc.pid, signal.SIGSTOP)
            await asyncio.sleep(PAUSE_S)
            os.killpg(proc.pid, signal.SIGCONT)
        else:
            node = rng.choice(cluster.nodes)
            entry["target"] = f"kafka-{node.node_id}"
            run.broker_up[entry["target"]] = None
            await asyncio.to_thread(cluster.kill_node, node.node_id)
            await asyncio.sleep(BROKER_DOWN_S)
            await asyncio.to_thread(cluster.start_node, node.node_id)
            run.broker_up[entry["target"]] = run.rel()  # it answers again
        ended = time.monotonic()
        entry["down_s"] = round(run.rel() - entry["at_s"], 3)
        ready = await _ready(run, parts, http, RECOVERY_LIMIT_S)
        entry["recovered_s"] = round(time.monotonic() - ended, 3) if ready else None
        run.disruptions.append(entry)


async def _ready(run: Run, parts: list[Part], http: httpx.AsyncClient, limit_s: float) -> bool:
    """Every part up, the API ready, and an intent answered through it (False after ``limit_s``)."""
    deadline = time.monotonic() + limit_s
    probe = {"subscriber": run.estate.subscribers[0].id, "expression": {"action": "query", "topic": "bill"}}
    while time.monotonic() < deadline:
        if all(p.up_at is not None for p in parts):
            with contextlib.suppress(httpx.HTTPError):
                if (await http.get("/readyz")).status_code == 200 and (
                    await http.post(INTENT_PATH, json=probe)
                ).status_code == 201:
                    return True
        await asyncio.sleep(0.25)
    return False


async def _sample_rss(run: Run, parts: list[Part], cluster: LocalKafka, stop: asyncio.Event) -> None:
    """Resident size of each process (the supervisor's parts, the brokers) every SAMPLE_EVERY_S,
    kept per incarnation (``evals/chaos_memory.py``)."""
    while not stop.is_set():
        at = run.rel()
        seen: dict[str, tuple[int, float | None]] = {}  # name → pid, when it was up (run s)
        for p in parts:
            if p.proc is not None and p.proc.returncode is None:
                seen[p.name] = (p.proc.pid, None if p.up_at is None else round(p.up_at - run.started, 3))
        for n in cluster.nodes:
            if (pid := n.pid()) is not None:
                seen[f"kafka-{n.node_id}"] = (pid, run.broker_up.get(f"kafka-{n.node_id}"))
        for name, (pid, up_s) in seen.items():
            if (mb := chaos_memory.rss_mb(pid)) is not None:
                chaos_memory.record(run.rss, name, pid, mb, at, up_s, WARMUP_S)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), SAMPLE_EVERY_S)


# -- the end ------------------------------------------------------------------------------------
async def _drain(run: Run, bus: Bus) -> None:
    """Wait until every accepted intent is settled (or clearly will not be) and faults are over."""
    deadline = time.monotonic() + CONFIRM_WITHIN_S + 120
    while time.monotonic() < deadline:
        states = await _intent_states(bus)
        if all(states.get(i) in TERMINAL_INTENT_STATES for i in run.accepted):
            break
        await asyncio.sleep(2)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        truths = [r.value for r in await bus.snapshot(t.SIM_FAULTS) if isinstance(r.value, FaultTruth)]
        if all(f.cleared_at is not None for f in truths):
            break
        await asyncio.sleep(2)


async def _intent_states(bus: Bus) -> dict[str, str]:
    return {k: v.lifecycle_status for k, v in (await bus.latest(t.INTENT_STATE)).items() if isinstance(v, IntentEvent)}


async def build_report(run: Run, bus: Bus, minutes: float) -> dict[str, Any]:
    events: dict[str, list[IntentEvent]] = defaultdict(list)
    for r in await bus.snapshot(t.INTENT_EVENTS):
        if isinstance(r.value, IntentEvent):
            events[r.value.intent_id].append(r.value)
    last = {i: v[-1].lifecycle_status for i, v in events.items()} | await _intent_states(bus)
    accepted = set(run.accepted)
    settled = {i for i in accepted if last.get(i) in TERMINAL_INTENT_STATES}
    lost = {i for i in accepted if i not in last}

    commands: dict[str, Command] = {}
    for topic in sorted(set(t.COMMAND_TOPIC_BY_SYSTEM.values()), key=lambda x: x.name):
        for r in await bus.snapshot(topic):
            if isinstance(r.value, Command):
                commands.setdefault(r.value.command_id, r.value)
    applied = Counter(
        (r.value.consumer, r.value.command_id)
        for r in await bus.snapshot(t.APPLIED_COMMANDS)
        if isinstance(r.value, AppliedCommand)
    )
    # An effect twice: a second "applied" record for one consumer, or one command's charge billed twice.
    twice = {cid for (_, cid), n in applied.items() if n > 1}
    for state in (await bus.latest(t.SUBSCRIBER_STATE)).values():
        if isinstance(state, SubscriberState):
            twice |= {cid for cid, n in Counter(c.command_id for c in state.charges).items() if n > 1}
    incidents: dict[str, list[Incident]] = defaultdict(list)
    for r in await bus.snapshot(t.INCIDENTS):
        if isinstance(r.value, Incident):
            incidents[r.value.incident_id].append(r.value)
    cases = {r.value.case_id for r in await bus.snapshot(t.FRAUD_CASES) if isinstance(r.value, FraudCase)}
    behind = set(events) | set(incidents) | cases
    orphans = sorted(cid for cid, c in commands.items() if c.correlation_id not in behind)

    truths: dict[str, FaultTruth] = {}
    for r in await bus.snapshot(t.SIM_FAULTS):
        if isinstance(r.value, FaultTruth) and r.value.fault_id.startswith("chaos-"):
            truths[r.value.fault_id] = r.value
    detected = remediated = recovered = 0
    for f in truths.values():
        hit = set(f.affected) | {f.target}
        if any(
            (set(v[0].entities) | {v[-1].root_cause}) & hit and v[0].opened_at >= f.start - 1
            for v in incidents.values()
        ):
            detected += 1
        remediated += f.cleared_by not in (None, "duration")
        recovered += f.cleared_at is not None

    resumed = await _detection_resumed(bus, [d["at_epoch"] for d in run.disruptions])
    for d in run.disruptions:
        d["detection_resumed_s"] = resumed.get(d["at_epoch"]) if d["target"].startswith("streams-") else None
    return {
        "minutes": minutes,
        "brokers": run.settings.kafka_brokers,
        "seed": run.seed,
        "intents_submitted": len(run.samples),
        "intents_accepted": len(accepted),
        "intents_settled": len(settled),
        "intents_stuck": len(accepted - settled - lost),
        "intents_lost": len(lost),
        "intent_states": dict(Counter(last.get(i, "lost") for i in accepted)),
        "stuck_ids": sorted(accepted - settled - lost)[:20],
        "lost_ids": sorted(lost)[:20],
        "commands_published": len(commands),
        "commands_applied": len({cid for _, cid in applied}),
        "commands_applied_twice": len(twice),
        "commands_orphan": len(orphans),
        "orphan_ids": orphans[:20],
        "faults_requested": run.faults_requested,
        "faults_injected": len(truths),
        "faults_detected": detected,
        "faults_remediated": remediated,
        "faults_recovered": recovered,
        "faults_unremediated": sorted(
            f"{f.fault_id}: {f.kind} on {f.target} ({f.cleared_by or 'not cleared'})"
            for f in truths.values()
            if f.cleared_by in (None, "duration")
        ),
        "disruptions": [d | _phases(run, d) for d in run.disruptions],
        "rss_mb": {name: chaos_memory.summary(seen) for name, seen in sorted(run.rss.items())},
        "rss_warmup_s": WARMUP_S,
        "rss_compared": chaos_memory.COMPARED,
        "throughput": _throughput(run),
    }


def _throughput(run: Run) -> dict[str, Any]:
    """Over the run, and in its first and last minutes (the soak: the end keeps up with the start)."""
    end = max((s.submitted_at for s in run.samples), default=0.0)
    first = _window(run, WARMUP_S, min(end, WARMUP_S + SOAK_WINDOW_S))
    last = _window(run, max(WARMUP_S, end - SOAK_WINDOW_S), end)
    return _window(run, 0, end) | {"first": first, "last": last}


async def _detection_resumed(bus: Bus, moments: list[float]) -> dict[float, float | None]:
    """Per moment: how long until the stream layer published every entity's context again.

    The workers publish each entity's context every second, so the longest silence of any entity
    that was being published before the moment is how long detection stood still for it.
    """
    seen: dict[str | None, list[float]] = defaultdict(list)
    for r in await bus.snapshot(t.CONTEXT):
        seen[r.key].append(r.timestamp_ms / 1000)
    out: dict[float, float | None] = {}
    for moment in moments:
        gaps = []
        for stamps in seen.values():
            after = [x for x in stamps if x > moment]
            if after and any(x <= moment for x in stamps):
                gaps.append(min(after) - moment)
        out[moment] = round(max(gaps), 3) if gaps else None
    return out


def _phases(run: Run, d: dict[str, Any]) -> dict[str, Any]:
    """Intent throughput and p99 latency before, during and after one disruption."""
    end = d["at_s"] + d["down_s"] + (d["recovered_s"] or 0)
    return {
        "before": _window(run, d["at_s"] - WINDOW_S, d["at_s"]),
        "during": _window(run, d["at_s"], end),
        "after": _window(run, end, end + WINDOW_S),
    }


def _window(run: Run, start: float, end: float) -> dict[str, Any]:
    inside = [s for s in run.samples if start <= s.submitted_at < end]
    latencies = sorted(s.latency_s for s in inside if s.latency_s is not None)
    p99 = latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))] if latencies else None
    return {
        "intents_per_s": round(len(latencies) / (end - start), 3) if end > start else None,
        "p99_ms": round(p99 * 1000) if p99 is not None else None,
        "submitted": len(inside),
    }


async def _until(condition: Callable[[], bool], timeout_s: float) -> None:
    """Poll ``condition`` (state the supervisor keeps, with no event to wait on) until it holds."""
    deadline = time.monotonic() + timeout_s
    while not condition() and time.monotonic() < deadline:  # noqa: ASYNC110
        await asyncio.sleep(0.1)


def summary_lines(report: dict[str, Any]) -> list[str]:
    """The report, readable."""
    r, tp = report, report["throughput"]
    lines = [
        f"chaos: {r['minutes']} min on {r['brokers']} broker(s), seed {r['seed']}",
        f"intents: {r['intents_submitted']} submitted, {r['intents_accepted']} accepted, "
        f"{r['intents_settled']} settled, {r['intents_stuck']} stuck, {r['intents_lost']} lost  {r['intent_states']}",
        f"commands: {r['commands_published']} published, {r['commands_applied']} applied, "
        f"{r['commands_applied_twice']} applied twice, {r['commands_orphan']} without an intent or incident",
        f"faults: {r['faults_injected']} injected, {r['faults_detected']} detected, "
        f"{r['faults_remediated']} remediated, {r['faults_recovered']} recovered",
        f"throughput: {tp['intents_per_s']} intents/s, p99 {tp['p99_ms']} ms; first 2 min "
        f"{tp['first']['intents_per_s']}/s, p99 {tp['first']['p99_ms']} ms; last 2 min "
        f"{tp['last']['intents_per_s']}/s, p99 {tp['last']['p99_ms']} ms",
    ]
    for d in r["disruptions"]:
        rec = f"{d['recovered_s']:.1f} s" if d["recovered_s"] is not None else "NOT recovered"
        detect = f", detection resumed after {d['detection_resumed_s']} s" if d["detection_resumed_s"] else ""
        lines.append(
            f"  {d['kind']:<6} {d['target']:<10} at {d['at_s']:7.1f} s  down {d['down_s']:5.1f} s  ready again {rec}"
            f"{detect}  (p99 ms before/during/after: "
            f"{d['before']['p99_ms']}/{d['during']['p99_ms']}/{d['after']['p99_ms']})"
        )
    for name, m in sorted(r["rss_mb"].items()):
        lines.append(f"  rss {name:<10} {chaos_memory.describe(m)}")
    return lines
