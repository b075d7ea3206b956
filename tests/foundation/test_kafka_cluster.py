"""A local cluster of three brokers: one dies, and nothing acknowledged is lost and producers carry on."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from nerve import contracts as c
from nerve import topics as t
from nerve.bus import Bus
from nerve.kafka_local import LocalKafka
from nerve.settings import Settings
from nerve.topics import ensure_topics
from tests.support.ports import free_port_range

ACTOR = c.Actor(kind="agent", id="test")


def record(i: int) -> c.AuditRecord:
    return c.AuditRecord(audit_id=f"au-{i}", at=c.now(), actor=ACTOR, action="test", subject="s")


@pytest.mark.slow
async def test_three_broker_failover(tmp_path: Path) -> None:
    base = free_port_range(6)
    settings = Settings(
        kafka_port=base,
        kafka_controller_port=base + 1,
        kafka_brokers=3,
        home=tmp_path,
        topic_prefix="failover.",
        kafka_heap="384m",
    )
    assert settings.bootstrap_servers == f"127.0.0.1:{base},127.0.0.1:{base + 2},127.0.0.1:{base + 4}"
    cluster = LocalKafka(settings)
    await asyncio.to_thread(cluster.start)
    try:
        await ensure_topics(settings, (t.AUDIT,))
        async with Bus(settings) as bus:
            sent = [record(i) for i in range(60)]
            for r in sent[:30]:
                await bus.publish(t.AUDIT, r, key="s")
            # The leader of the partition the records go to dies: a follower in sync takes over.
            victim = await _leader_of_key_partition(settings)
            await asyncio.to_thread(cluster.kill_node, victim)
            for r in sent[30:]:
                await bus.publish(t.AUDIT, r, key="s")
            got = [r.value for r in await bus.snapshot(t.AUDIT)]
            assert [g.audit_id for g in got] == [s.audit_id for s in sent]  # type: ignore[attr-defined]
            assert cluster.status().nodes == 2
            await asyncio.to_thread(cluster.start_node, victim)
            assert cluster.status().nodes == 3
    finally:
        await asyncio.to_thread(cluster.stop)


async def _describe(settings: Settings) -> dict[str, object]:
    from aiokafka.admin import AIOKafkaAdminClient

    from nerve.kafka_client import client_options

    admin = AIOKafkaAdminClient(**client_options(settings))
    await admin.start()
    try:
        meta = (await admin.describe_topics([t.AUDIT.full_name(settings.topic_prefix)]))[0]
        assert all(len(p["replicas"]) == 3 for p in meta["partitions"])
        return dict(meta)
    finally:
        await admin.close()


async def _leader_of_key_partition(settings: Settings) -> int:
    """The broker leading the partition that key "s" hashes to (the partition its records are on)."""
    from aiokafka.partitioner import DefaultPartitioner

    meta = await _describe(settings)
    partitions = sorted(meta["partitions"], key=lambda p: p["partition"])  # type: ignore[call-overload]
    chosen = DefaultPartitioner()(b"s", list(range(len(partitions))), list(range(len(partitions))))
    return int(partitions[chosen]["leader"])
