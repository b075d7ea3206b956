"""The bus on the real broker: dedupe, result watching, and an idempotent producer across a restart."""

from __future__ import annotations

import asyncio
import socket
from decimal import Decimal
from pathlib import Path

import pytest

from nerve import contracts as c
from nerve import topics as t
from nerve.audit import audit
from nerve.bus import Bus, Deduplicator
from nerve.kafka_local import LocalKafka
from nerve.results import ResultWatcher
from nerve.settings import Settings
from nerve.tail import TopicTail
from nerve.topics import ensure_topics

ACTOR = c.Actor(kind="agent", id="test")


def billing_command(command_id: str) -> c.Command:
    return c.Command(
        command_id=command_id,
        type="billing.charge",
        target="sub-1001",
        issued_by=ACTOR,
        correlation_id="ord-9",
        issued_at=c.now(),
        payload=c.BillingPayload(
            subscriber="sub-1001", offer="addon-data-10gb", amount=Decimal("5.00"), currency="EUR", period="one_off"
        ),
    )


async def test_redelivered_command_is_applied_once(bus: Bus) -> None:
    applied: list[str] = []

    async def apply(cmd: c.Command) -> c.CommandResult:
        applied.append(cmd.command_id)
        return c.CommandResult(
            command_id=cmd.command_id,
            type=cmd.type,
            status="succeeded",
            target=cmd.target,
            correlation_id=cmd.correlation_id,
            system="billing",
            completed_at=c.now(),
        )

    cmd = billing_command("ord-9/charge")
    for _ in range(2):  # the same command delivered twice
        await bus.publish(t.BILLING_COMMANDS, cmd, key=cmd.target)
    dedupe = Deduplicator(bus, "billing")
    await dedupe.load()
    outcomes = []
    for record in await bus.snapshot(t.BILLING_COMMANDS):
        assert isinstance(record.value, c.Command)
        outcomes.append(await dedupe.handle(record.value, apply))
    assert applied == ["ord-9/charge"]
    assert [fresh for _, fresh in outcomes] == [True, False]
    assert outcomes[0][0] == outcomes[1][0]

    # A consumer restarted from scratch remembers what it applied.
    again = Deduplicator(bus, "billing")
    await again.load()
    result, fresh = await again.handle(cmd, apply)
    assert not fresh and applied == ["ord-9/charge"] and result.status == "succeeded"
    # Another consumer's record does not count for this one.
    other = Deduplicator(bus, "activation")
    await other.load()
    assert other.get("ord-9/charge") is None


async def test_result_watcher_finds_past_and_future_results(bus: Bus) -> None:
    def result(cid: str) -> c.CommandResult:
        return c.CommandResult(
            command_id=cid,
            type="billing.start",
            status="succeeded",
            target="sub-1",
            correlation_id="o",
            system="billing",
            completed_at=c.now(),
        )

    await bus.publish(t.COMMAND_RESULTS, result("before"))
    watcher = ResultWatcher(bus)
    await watcher.start()
    try:
        assert watcher.get("before") is not None
        later = asyncio.create_task(watcher.wait("after", timeout_s=10))
        await asyncio.sleep(0.2)
        await bus.publish(t.COMMAND_RESULTS, result("after"))
        got = await later
        assert got is not None and got.command_id == "after"
        assert await watcher.wait("never", timeout_s=0.3) is None
    finally:
        await watcher.stop()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.slow
async def test_a_snapshot_since_a_moment_reads_only_what_came_after(bus: Bus) -> None:
    async def record(n: int) -> None:
        await audit(bus, c.Actor(kind="agent", id="test"), "test.step", f"s{n}", reason=str(n))

    for n in range(3):
        await record(n)
    await asyncio.sleep(0.05)
    mark = c.now()
    await asyncio.sleep(0.05)
    for n in range(3, 5):
        await record(n)
    later = [r.value.reason for r in await bus.snapshot(t.AUDIT, since=mark)]  # type: ignore[union-attr]
    assert sorted(later) == ["3", "4"]
    assert len(await bus.snapshot(t.AUDIT)) == 5
    assert await bus.snapshot(t.AUDIT, since=c.now() + 60) == []


@pytest.mark.slow
@pytest.mark.broker  # a broker of its own, started and restarted: not the session's fixture
async def test_idempotent_producer_survives_broker_restart(tmp_path: Path) -> None:
    """A second broker of our own, stopped and started while a producer keeps sending."""
    port = free_port()
    settings = Settings(
        kafka_port=port,
        kafka_controller_port=free_port(),
        kafka_brokers=1,  # whatever the session's cluster is
        home=tmp_path,
        bootstrap_servers=f"127.0.0.1:{port}",
        topic_prefix="restart.",
        kafka_heap="384m",
    )
    broker = LocalKafka(settings)
    await asyncio.to_thread(broker.start)
    try:
        await ensure_topics(settings, (t.AUDIT,))
        async with Bus(settings) as bus:
            sent = [
                c.AuditRecord(audit_id=f"au-{i}", at=c.now(), actor=ACTOR, action="test", subject="s")
                for i in range(40)
            ]
            for record in sent[:20]:
                await bus.publish(t.AUDIT, record, key="s")
            await asyncio.to_thread(broker.stop)
            restart = asyncio.create_task(asyncio.to_thread(broker.start))
            # Sent while the broker is down: the producer retries until it is back.
            for record in sent[20:]:
                await bus.publish(t.AUDIT, record, key="s")
            await restart
            got = [r.value for r in await bus.snapshot(t.AUDIT)]
        assert [g.audit_id for g in got] == [s.audit_id for s in sent]  # type: ignore[attr-defined]
    finally:
        await asyncio.to_thread(broker.stop)


async def test_kafka_start_reports_taken_port(tmp_path: Path) -> None:
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen()
        port = blocker.getsockname()[1]
        settings = Settings(kafka_port=port, kafka_controller_port=free_port(), home=tmp_path)
        from nerve.errors import ConfigError

        with pytest.raises(ConfigError, match=f"port {port} on 127.0.0.1 is taken"):
            LocalKafka(settings).start()


async def test_a_view_skips_a_broken_record_and_leaves_the_dead_letter_to_the_consumers(bus: Bus) -> None:
    """A view reads its topics from the start at every start: dead-lettering what it skips would
    repeat the letters of the topic's own consumers (one broken usage message, two letters)."""
    good = c.UsageBatch(records=[]).to_bytes()
    for value in (b'{"records": [', good):
        await bus.publish_raw(t.USAGE, value, key="sub-1")
    seen: list[c.Message] = []
    tail = TopicTail(bus, (t.USAGE,), lambda message, live: seen.append(message))
    await tail.start()
    await tail.stop()
    assert [m.to_bytes() for m in seen] == [good]
    consumer = bus.consumer(t.USAGE, group_id="billing-test")
    await consumer.start()
    try:
        raw = await consumer.getone()
        assert await bus.decode(raw) is None  # the topic's consumer: a letter with the reason
    finally:
        await consumer.stop()
    letters = [r.value for r in await bus.snapshot(t.DEAD_LETTER)]
    assert len(letters) == 1 and isinstance(letters[0], c.DeadLetter) and "UsageBatch" in letters[0].reason
