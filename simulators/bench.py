"""What the twin costs: CPU of this process while it ticks an estate at a rate, on the real broker.

The process holds only the twin (its producer, consumers and tick loop), so process CPU time over
wall time is the twin's share of one core.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from typing import Any

from nerve.estate import Estate
from nerve.settings import Settings
from nerve.topics import ensure_topics
from simulators.network.generate import scale_estate
from simulators.twin import Twin


async def bench_twin(
    settings: Settings, estate: Estate, *, scale: int = 1, seconds: float = 20.0, rate_hz: float = 1.0
) -> dict[str, Any]:
    """Run a twin for ``seconds`` on its own topic prefix; report its CPU share and throughput."""
    big = scale_estate(estate, scale)
    run_settings = settings.model_copy(update={"topic_prefix": f"{settings.topic_prefix}bench-{uuid.uuid4().hex[:6]}."})
    await ensure_topics(run_settings)  # the run's topics and ACLs, as admin: the twin connects as itself
    twin = Twin(run_settings, big, rate_hz=rate_hz)
    running = asyncio.create_task(twin.run())
    try:
        await twin.ready.wait()
        ticks0, cpu0, wall0 = twin.ticks, time.process_time(), time.monotonic()
        await asyncio.sleep(seconds)
        ticks, cpu, wall = twin.ticks - ticks0, time.process_time() - cpu0, time.monotonic() - wall0
    finally:
        twin.stop()
        with contextlib.suppress(asyncio.CancelledError):
            await running
    topo = big.topology
    entities = len(topo.reporting_entities())
    return {
        "scale": scale,
        "rate_hz": rate_hz,
        "cells": len(topo.cells),
        "entities": entities,
        "messages_per_tick": len(twin.builder.sources),
        "ticks": ticks,
        "samples_per_s": round(entities * ticks / wall, 1),
        "cpu_pct_of_one_core": round(100.0 * cpu / wall, 2),
        "cpu_ms_per_tick": round(1000.0 * cpu / max(ticks, 1), 2),
        "seconds": round(wall, 1),
    }
