"""The stream layer on the real broker: worker processes, dead letters, the query path, scale-out, crashes."""

from __future__ import annotations

import asyncio
import json
import math
import time
from collections.abc import AsyncIterator

import orjson
import pytest

from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import DeadLetter, EntityContext, Incident
from nerve.estate import Estate
from nerve.settings import Settings
from nerve.topics import delete_prefixed, ensure_topics
from streams.worker import prepare_topics
from tests.streams.fakenet import FakeNetwork
from tests.streams.harness import WorkerProcess, feed, workers_joined
from tools.ops_view import OpsView

pytestmark = pytest.mark.slow
SPEED = 6.0  # ticks (event-time seconds) per wall second
START = math.floor(time.time() / 600) * 600 - 1200.0  # one event-time origin shared by every run of this module


@pytest.fixture
async def stack(settings: Settings) -> AsyncIterator[Bus]:
    await prepare_topics(settings)
    async with Bus(settings) as bus:
        yield bus  # the settings fixture deletes the prefix's topics afterwards


async def incidents_of(bus: Bus) -> list[Incident]:
    return [r.value for r in await bus.snapshot(t.INCIDENTS) if isinstance(r.value, Incident)]


async def test_worker_detects_correlates_dead_letters_and_serves_the_view(
    stack: Bus, settings: Settings, estate: Estate
) -> None:
    bus = stack
    worker = WorkerProcess(settings).start()
    view = OpsView(bus)
    net = FakeNetwork(estate, seed=7)
    try:
        await view.start()
        await workers_joined(settings, 1)
        nan_batch = json.dumps(
            {
                "source": "partner-gamegrid",
                "sent_at": START,
                "samples": [
                    {
                        "entity": "partner-gamegrid",
                        "kind": "partner",
                        "ts": START + 30.5,
                        "api_success_pct": float("nan"),
                        "api_latency_ms": 100.0,
                    },
                    {
                        "entity": "nowhere-1",
                        "kind": "partner",
                        "ts": START + 30.5,
                        "api_success_pct": 99.0,
                        "api_latency_ms": 100.0,
                    },
                ],
            }
        ).encode()

        async def bad_input(_ts: float) -> None:
            await bus.publish_raw(t.TELEMETRY, b"{not json", key="junk")
            await bus.publish_raw(t.TELEMETRY, nan_batch, key="partner-gamegrid")

        pending: list[asyncio.Task[None]] = []
        script = {
            30: lambda ts: pending.append(asyncio.ensure_future(bad_input(ts))),
            40: lambda ts: net.inject("transport_link_down", "link-r02", ts),
            60: lambda ts: net.clear("link-r02"),
        }
        feeding = asyncio.create_task(feed(bus, net, START, range(80), SPEED, script))

        def link_incident() -> Incident | None:
            return next((i for i in view.incidents() if i.root_cause == "link-r02"), None)

        opened: Incident = await view.wait_for(link_incident, 60)
        assert opened is not None, "the link's incident opened"
        assert opened.probable_cause == "transport_link_down"
        assert opened.opened_at - (START + 40) <= 4

        def cell_in_incident() -> EntityContext | None:
            ctx = view.entity("cell-r03-a")
            return ctx if ctx and ctx.health == "failing" and opened.incident_id in ctx.incidents else None

        ctx = await view.wait_for(cell_in_incident, 20)
        assert ctx is not None, "the cell behind the link shows as failing, in the link's incident"
        assert ctx.kpis["availability_pct"] == 0.0
        await feeding
        await asyncio.gather(*pending)
        closed = await view.wait_for(
            lambda: (i := view.incident(opened.incident_id)) is not None and i.state == "closed" and i, 30
        )
        assert closed is not None, "the incident closed"
        assert set(estate.topology.cells_behind_link("link-r02")) <= set(closed.entities)
        every = await incidents_of(bus)
        assert {i.root_cause for i in every} == {"link-r02"}, "no per-cell incidents, nothing from the noise"
        assert len({i.incident_id for i in every}) == 1
        assert view.anomalies(entity="link-r02", since=START + 40)
        assert len(view.entities()) == len(estate.topology.reporting_entities())
        letters = [r.value for r in await bus.snapshot(t.DEAD_LETTER) if isinstance(r.value, DeadLetter)]
        reasons = {letter.reason.split(":")[0] for letter in letters}
        assert {"unparseable", "NaN value for api_success_pct", "unknown entity"} <= reasons, reasons
        assert any(letter.raw == "{not json" for letter in letters)
        gamegrid = [a for a in view.entities() if a.entity == "partner-gamegrid"]
        assert gamegrid and gamegrid[0].health == "ok", "the good samples around the bad ones were kept"
    finally:
        await view.stop()
        assert worker.stop() == 0


SCRIPT_FAULTS = (
    (25, "transport_link_down", "link-r02", 45),
    (28, "partner_outage", "partner-streammax", 48),
    (31, "cell_outage", "cell-m03-b", 51),
)
TICKS = 65


def scripted(net: FakeNetwork) -> dict[int, object]:
    script: dict[int, object] = {}
    for start, kind, target, end in SCRIPT_FAULTS:
        script[start] = lambda ts, k=kind, x=target: net.inject(k, x, ts)
        script[end] = lambda _ts, x=target: net.clear(x)
    return script


async def run_script(
    bus: Bus, settings: Settings, estate: Estate, workers: int, kill_at: int | None = None, store: str = "memory://"
) -> list[Incident]:
    """Feed the scripted faults through ``workers`` workers; optionally SIGKILL one mid-stream and restart it."""
    procs = [WorkerProcess(settings, str(k), store).start() for k in range(workers)]
    net = FakeNetwork(estate, seed=11)
    script = scripted(net)
    try:
        await workers_joined(settings, workers)
        if kill_at is None:
            await feed(bus, net, START, range(TICKS), SPEED, script)  # type: ignore[arg-type]
        else:
            await feed(bus, net, START, range(kill_at), SPEED, script)  # type: ignore[arg-type]
            procs[0].kill()
            procs[0] = WorkerProcess(settings, "0", store).start()
            await feed(bus, net, START, range(kill_at, TICKS), SPEED, script)  # type: ignore[arg-type]
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            found = await incidents_of(bus)
            roots = {i.root_cause for i in found}
            if len(roots) >= len(SCRIPT_FAULTS) and all(
                any(i.state == "closed" for i in found if i.root_cause == r) for r in roots
            ):
                return found
            await asyncio.sleep(1)
        return await incidents_of(bus)
    finally:
        for p in procs:
            p.stop()


def summary(found: list[Incident]) -> set[tuple[str, str, str]]:
    return {(i.incident_id, i.root_cause, i.probable_cause) for i in found if i.state == "open"}


async def test_two_workers_give_the_same_incidents_as_one(
    kafka: str, tmp_path_factory: pytest.TempPathFactory, estate: Estate
) -> None:
    results = []
    for n in (1, 2):
        s = Settings(
            bootstrap_servers=kafka, topic_prefix=f"t{time.time_ns() % 10**9}w{n}.", home=tmp_path_factory.mktemp("h")
        )
        await ensure_topics(s)
        await prepare_topics(s)
        async with Bus(s) as bus:
            results.append(await run_script(bus, s, estate, n))
        await delete_prefixed(s)
    one, two = results
    expected = {(target, kind) for _, kind, target, _ in SCRIPT_FAULTS}
    assert {(root, cause) for _, root, cause in summary(one)} == expected
    assert summary(one) == summary(two), summary(one) ^ summary(two)
    for found in results:
        assert {i.root_cause for i in found if i.state == "closed"} == {r for r, _ in expected}


async def test_a_killed_worker_restarts_without_losing_or_repeating_incidents(
    stack: Bus, settings: Settings, estate: Estate
) -> None:
    # On the durable store: the restarted worker finds its tables on disk and tops them up from the changelogs.
    found = await run_script(stack, settings, estate, 1, kill_at=36, store="rocksdb://")
    by_root: dict[str, set[str]] = {}
    for i in found:
        by_root.setdefault(i.root_cause, set()).add(i.incident_id)
    assert set(by_root) == {target for _, _, target, _ in SCRIPT_FAULTS}
    assert all(len(ids) == 1 for ids in by_root.values()), by_root
    last = {i.incident_id: i.state for i in found}
    assert set(last.values()) == {"closed"}, "every incident closed after recovery, across the restart"
    assert orjson.loads(found[0].to_bytes())["incident_id"].startswith("inc-")
