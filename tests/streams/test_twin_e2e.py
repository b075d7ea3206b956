"""The real stack: the estate twin's telemetry on Kafka, a stream worker process, the query path."""

from __future__ import annotations

import asyncio
import contextlib

import pytest

from nerve.contracts import Incident, now
from nerve.estate import Estate
from nerve.settings import Settings
from simulators.twin import Twin
from streams.view import AssuranceView
from streams.worker import prepare_topics
from tests.streams.harness import WorkerProcess

pytestmark = pytest.mark.slow


async def test_twin_link_down_becomes_one_incident_on_the_link(settings: Settings, estate: Estate) -> None:
    await prepare_topics(settings)
    worker = WorkerProcess(settings).start()
    twin = Twin(settings, estate, seed=2, rate_hz=1.0)
    running = asyncio.create_task(twin.run())
    view = AssuranceView(settings)
    try:
        await view.start()
        await twin.ready.wait()
        await view.wait_for(lambda v: len(v.entities()) == len(estate.topology.reporting_entities()), 60)
        await asyncio.sleep(3)
        at = now()
        fault = await twin.inject("transport_link_down", "link-r02")

        def link(v: AssuranceView) -> Incident | None:
            return next((i for i in v.incidents() if i.root_cause == "link-r02"), None)

        inc = await view.wait_for(link, 20)
        assert inc.probable_cause == "transport_link_down"
        assert inc.opened_at - at < 5
        first = min(a.detected_at or 0 for a in view.anomalies(since=at) if a.event == "ONSET")
        assert first - at < 4, "detected within a few seconds"
        await twin.clear(fault)
        closed = await view.wait_for(lambda v: (i := v.incident(inc.incident_id)) and i.state == "closed" and i, 20)
        assert set(estate.topology.cells_behind_link("link-r02")) <= set(closed.entities)
        assert {i.root_cause for i in view.incidents(open_only=False)} == {"link-r02"}
    finally:
        twin.stop()
        with contextlib.suppress(Exception):
            await running
        await view.stop()
        worker.stop()
