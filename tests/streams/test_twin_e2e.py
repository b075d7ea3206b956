"""The real stack: the estate twin's telemetry on Kafka, a stream worker process, the query path."""

from __future__ import annotations

import asyncio
import contextlib

import pytest

from nerve.bus import Bus
from nerve.contracts import Incident, now
from nerve.estate import Estate
from nerve.settings import Settings
from simulators.twin import Twin
from streams.worker import prepare_topics
from tests.streams.harness import WorkerProcess
from tools.ops_view import OpsView

pytestmark = pytest.mark.slow


async def test_twin_link_down_becomes_one_incident_on_the_link(settings: Settings, estate: Estate) -> None:
    await prepare_topics(settings)
    worker = WorkerProcess(settings).start()
    twin = Twin(settings, estate, seed=2, rate_hz=1.0)
    running = asyncio.create_task(twin.run())
    bus = Bus(settings)
    await bus.start()
    view = OpsView(bus)
    try:
        await view.start()
        await twin.ready.wait()
        every = len(estate.topology.reporting_entities())
        assert await view.wait_for(lambda: len(view.entities()) == every, 60), "every entity reports"
        await asyncio.sleep(3)
        at = now()
        fault = await twin.inject("transport_link_down", "link-r02")

        def link() -> Incident | None:
            return next((i for i in view.incidents(open_only=True) if i.root_cause == "link-r02"), None)

        inc: Incident = await view.wait_for(link, 20)
        assert inc is not None, "the link's incident opened"
        assert inc.probable_cause == "transport_link_down"
        assert inc.opened_at - at < 5
        first = min(a.detected_at or 0 for a in view.anomalies(since=at) if a.event == "ONSET")
        assert first - at < 4, "detected within a few seconds"
        await twin.clear(fault)
        closed = await view.wait_for(lambda: (i := view.incident(inc.incident_id)) and i.state == "closed" and i, 20)
        assert closed, "the incident closed"
        assert set(estate.topology.cells_behind_link("link-r02")) <= set(closed.entities)
        assert {i.root_cause for i in view.incidents()} == {"link-r02"}
    finally:
        twin.stop()
        with contextlib.suppress(Exception):
            await running
        await view.stop()
        await bus.stop()
        worker.stop()
