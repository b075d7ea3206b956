"""The fraud parts as `nerve up` runs them: /readyz's checks see the fraud worker and the responder
by their consumer groups, and say which does not run."""

from __future__ import annotations

import asyncio
import contextlib

from agents.fraud.responder import FraudResponder
from api.readiness import FRAUD_PARTS, group_checks
from nerve import topics as t
from nerve.estate import Estate
from nerve.kafka_auth import Principal
from nerve.settings import Settings
from streams.worker import FraudWorker


async def checks(settings: Settings) -> dict[str, str]:
    return await group_checks(settings, Principal.API, FRAUD_PARTS)


async def until(settings: Settings, part: str, ok: bool, timeout_s: float = 90.0) -> dict[str, str]:
    """The checks once ``part`` is ok (or is not), or as they are at the timeout: a group settles
    some time after its members join or leave."""
    deadline = asyncio.get_running_loop().time() + timeout_s
    while True:
        now = await checks(settings)
        if (now[part] == "ok") == ok or asyncio.get_running_loop().time() > deadline:
            return now
        await asyncio.sleep(0.5)


async def test_readiness_names_each_fraud_part_until_it_runs(settings: Settings, estate: Estate) -> None:
    await t.wait_for_group_coordinator(settings)  # a fresh broker has none for a moment
    before = await checks(settings)
    assert before == {
        "fraud detection": f"not running: consumer group {settings.topic_prefix}nerve-fraud is dead",
        "fraud responder": f"not running: consumer group {settings.topic_prefix}nerve-fraud-responder is dead",
    }
    responder = FraudResponder(settings, estate)
    await responder.start()
    try:
        assert await until(settings, "fraud responder", True) == {**before, "fraud responder": "ok"}
        worker = FraudWorker(settings, estate)
        task = asyncio.create_task(worker.run())
        try:
            assert await until(settings, "fraud detection", True) == {"fraud detection": "ok", "fraud responder": "ok"}
        finally:
            worker.stop()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(task, 30)
    finally:
        await responder.stop()
    after = await until(settings, "fraud responder", False)
    assert after["fraud responder"] == before["fraud responder"].replace(" dead", " empty")
