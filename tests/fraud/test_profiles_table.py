"""Line profiles survive the worker: a fraud worker saves what each line taught it to the profiles
table (a changelog), and the next worker to hold the partition adopts it (a restart here; a
takeover reads the same changelog partition)."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Callable

from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import UsageBatch, UsageRecord
from nerve.estate import Estate
from nerve.kafka_auth import Principal
from nerve.settings import Settings
from streams.fraud_detect import Profile
from streams.worker import FraudWorker
from tests.fraud.test_detect import T0, Lines


async def until(done: Callable[[], bool], timeout_s: float = 90.0) -> bool:
    deadline = time.monotonic() + timeout_s
    while True:
        if done() or time.monotonic() > deadline:
            return done()
        await asyncio.sleep(0.2)


@contextlib.asynccontextmanager
async def running(worker: FraudWorker):  # type: ignore[no-untyped-def]
    task = asyncio.create_task(worker.run())
    try:
        yield worker
    finally:
        worker.stop()
        await asyncio.wait_for(task, 60)


def test_a_profile_round_trips_through_what_is_saved() -> None:
    profile = Profile(first_at=10.0, allowed={"irsf": {"premium_out": 4.0}})
    profile.baseline.update({"voice": 30.0, "voice_out": 12.0})
    again = Profile.adopt(profile.learnt())
    assert (again.first_at, dict(again.baseline), again.allowed) == (10.0, dict(profile.baseline), profile.allowed)
    assert again.usual("voice_out", 60.0, 610.0) == profile.usual("voice_out", 60.0, 610.0)


async def test_a_restarted_worker_adopts_the_profiles_its_predecessor_learnt(
    settings: Settings, estate: Estate
) -> None:
    lines = Lines(estate)
    line = lines.subs[5]
    now = time.time()
    # Two hours ago, a few minutes of ordinary use (old enough to be in the baseline), then now.
    old = list(lines.ordinary(line, now - 7200 - T0, now - 7000 - T0, every=5.0))
    fresh = lines.call(line, now - T0, lines.number(lines.home), 60)
    async with Bus(settings, principal=Principal.EVALS) as bus:

        async def send(records: list[UsageRecord]) -> None:
            for r in records:
                await bus.publish(t.USAGE, UsageBatch(records=[r.model_dump(mode="json", exclude_none=True)]),
                                  key=r.subscriber)  # fmt: skip

        first = FraudWorker(settings, estate)
        async with running(first):
            await send([*old, fresh])
            assert await until(lambda: first.fraud.counters["records"] == len(old) + 1)
            assert await until(lambda: not first.fraud.detector.changed), "saved within a second or so"
            learnt = first.fraud.detector.profiles[line.id].learnt()
        assert learnt["baseline"], "the old use went into the baseline"

        second = FraudWorker(settings.model_copy(update={"streams": settings.streams.model_copy(
            update={"worker_id": "1"})}), estate)  # fmt: skip
        async with running(second):
            await send([lines.call(line, now + 1 - T0, lines.number(lines.home), 60)])
            assert await until(lambda: second.fraud.counters["records"] >= 1)
            adopted = second.fraud.detector.profiles[line.id].learnt()
    assert adopted == learnt, "the new worker starts from what the old one learnt, not from nothing"
