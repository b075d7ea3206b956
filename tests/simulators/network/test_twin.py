"""The twin on the real broker: telemetry coverage, injection through sim.control (and the CLI),
remediation commands with dedupe, bad commands answered, and the twin still running after."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import subprocess
import sys
from collections import defaultdict
from collections.abc import AsyncIterator
from pathlib import Path
from statistics import median

import pytest

from nerve import contracts as c
from nerve import topics as t
from nerve.bus import Bus
from nerve.estate import Estate
from nerve.results import ResultWatcher
from nerve.settings import Settings
from simulators.twin import Twin
from tests.support.waits import until

ACTOR = c.Actor(kind="policy", id="test-loop")


@contextlib.asynccontextmanager
async def running(twin: Twin) -> AsyncIterator[Twin]:
    task = asyncio.create_task(twin.run())
    ready = asyncio.create_task(twin.ready.wait())
    await asyncio.wait({task, ready}, return_when=asyncio.FIRST_COMPLETED)
    if task.done():
        task.result()
    try:
        yield twin
    finally:
        twin.stop()
        await task


def remediation(command_id: str, action: str, target: str) -> c.Command:
    return c.Command(
        command_id=command_id,
        type="remediation.execute",
        target=target,
        payload=c.RemediationPayload(action=action, target=target),  # type: ignore[arg-type]
        issued_by=ACTOR,
        correlation_id="inc-test",
        issued_at=c.now(),
    )


async def fault_truth(bus: Bus, timeout_s: float, match: object) -> c.FaultTruth:
    """Poll sim.faults until a truth satisfies ``match`` (a predicate)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while loop.time() < deadline:
        for truth in (await bus.latest(t.SIM_FAULTS)).values():
            if isinstance(truth, c.FaultTruth) and match(truth):  # type: ignore[operator]
                return truth
        await asyncio.sleep(0.3)
    raise AssertionError("no such fault truth on sim.faults")


@pytest.mark.slow
async def test_ten_seconds_of_telemetry_cover_every_entity_at_the_rate(
    bus: Bus, settings: Settings, estate: Estate
) -> None:
    rate = 2.0
    async with running(Twin(settings, estate, seed=1, rate_hz=rate)):
        await asyncio.sleep(10)
    times: dict[str, list[float]] = defaultdict(list)
    sources = set()
    for record in await bus.snapshot(t.TELEMETRY):
        batch = record.value
        assert isinstance(batch, c.TelemetryBatch) and record.key == batch.source
        sources.add(batch.source)
        for sample in batch.samples:
            times[sample.entity].append(sample.ts)
    assert set(times) == {e for e, _ in estate.topology.reporting_entities()}
    # One batch per site (with its cells), link, core function and partner.
    assert sources == {e for e, kind in estate.topology.reporting_entities() if kind != "cell"}
    for entity, ts in times.items():
        assert 19 <= len(ts) <= 22, (entity, len(ts))
        gaps = [b - a for a, b in zip(sorted(ts), sorted(ts)[1:], strict=False)]
        assert median(gaps) == pytest.approx(1 / rate, abs=0.05)


@pytest.mark.slow
async def test_commands_are_applied_once_answered_always_and_never_stop_the_twin(
    bus: Bus, settings: Settings, estate: Estate
) -> None:
    watcher = ResultWatcher(bus)
    await watcher.start()
    async with running(Twin(settings, estate, seed=2, rate_hz=2.0)) as twin:
        # Inject through the command line, as an operator would, against the running twin.
        env = {**os.environ, **settings.run_env()}
        cli = [str(Path(sys.executable).with_name("nerve")), "sim", "inject", "cell_outage", "cell-m03-b"]
        done = await asyncio.to_thread(subprocess.run, cli, env=env, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stdout + done.stderr
        outage = await fault_truth(bus, 10, lambda f: f.target == "cell-m03-b")
        assert outage.kind == "cell_outage" and outage.affected == ["cell-m03-b"] and outage.cleared_at is None

        async def send(cmd: c.Command) -> c.CommandResult:
            await bus.publish(t.OPS_COMMANDS, cmd, key=cmd.target)
            result = await watcher.wait(cmd.command_id, timeout_s=15)
            assert result is not None, cmd.command_id
            return result

        restart = remediation("inc-test/restart", "restart_cell", "cell-m03-b")
        first = await send(restart)
        await bus.publish(t.OPS_COMMANDS, restart, key=restart.target)  # redelivered
        assert first.status == "succeeded" and first.system == "network"

        wrong_kind = await send(remediation("inc-test/wrong-kind", "restart_cell", "link-r02"))
        unknown = await send(remediation("inc-test/unknown", "restart_cell", "cell-x99-z"))
        no_backup = await send(remediation("inc-test/no-backup", "reroute_transport", "link-r04"))
        assert (wrong_kind.status, unknown.status, no_backup.status) == ("rejected", "rejected", "failed")
        assert all(r.reason for r in (wrong_kind, unknown, no_backup))

        broken = {"command_id": "inc-test/broken", "type": "remediation.execute", "target": "cell-m01-a"}
        await bus.publish_raw(t.OPS_COMMANDS, json.dumps(broken).encode(), key="cell-m01-a")
        await bus.publish_raw(t.OPS_COMMANDS, b"\xff not json at all", key="cell-m01-a")
        malformed = await watcher.wait("inc-test/broken", timeout_s=15)
        assert malformed is not None and malformed.status == "failed" and "payload" in (malformed.reason or "")

        cleared = await fault_truth(bus, 15, lambda f: f.target == "cell-m03-b" and f.cleared_at is not None)
        assert cleared.cleared_by == "restart_cell"
        assert cleared.cleared_at == pytest.approx(first.completed_at + 5, abs=0.5)
        ticks = twin.ticks
        assert await until(lambda: twin.ticks > ticks, 10), "still running after all of that"
        assert twin.remediator is not None and twin.remediator.applied == 4  # the redelivery was not applied
    await watcher.stop()

    answers = [r.value for r in await bus.snapshot(t.COMMAND_RESULTS) if r.key == "inc-test/restart"]
    assert len(answers) == 2 and answers[0] == answers[1]
    letters = [r.value for r in await bus.snapshot(t.DEAD_LETTER)]
    assert len([x for x in letters if isinstance(x, c.DeadLetter) and x.source_topic == t.OPS_COMMANDS.name]) == 2
    events = [r.value for r in await bus.snapshot(t.NETWORK_EVENTS)]
    assert [(e.kind, e.entity) for e in events if isinstance(e, c.NetworkEvent)] == [("restart", "cell-m03-b")]
    # The cell was dead until the restart completed, then came back.
    availability = [
        (s.ts, s.availability_pct)
        for r in await bus.snapshot(t.TELEMETRY)
        for s in r.value.samples  # type: ignore[attr-defined]
        if s.entity == "cell-m03-b"
    ]
    assert [a for ts, a in availability if outage.start < ts < cleared.cleared_at] and all(
        a == 0
        for ts, a in availability
        if outage.start <= ts < cleared.cleared_at  # type: ignore[operator]
    )
    assert all(a > 99 for ts, a in availability if ts >= cleared.cleared_at)  # type: ignore[operator]
