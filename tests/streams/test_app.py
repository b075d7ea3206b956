"""The assurance app's own bookkeeping, without a broker."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from nerve.estate import Estate
from nerve.settings import Settings
from streams import tables
from streams.app import StreamsApp


async def test_a_checkpoint_of_every_unsaved_entity_holds_while_entities_change_meanwhile(
    tmp_path: Path, estate: Estate, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The rebalance callback checkpoints every unsaved entity while the telemetry task and the timers
    # go on changing them (each write gives the loop away). Iterating the live set crashed the worker
    # ("Set changed size during iteration") in the middle of a rebalance under load.
    streams = StreamsApp(Settings(home=tmp_path), estate=estate)
    det = streams.detector
    entities = sorted(det.where)[:50]
    streams.entity_partition.update(dict.fromkeys(entities, 0))
    det.unsaved.update(entities[:40])
    written: list[str] = []

    async def write(_table: Any, _partition: int, key: str, _value: bytes) -> None:
        written.append(key)
        await asyncio.sleep(0)

    monkeypatch.setattr(tables, "write", write)

    async def meanwhile() -> None:
        for entity in entities[40:]:
            await asyncio.sleep(0)
            det.unsaved.add(entity)  # the telemetry task changes other entities
        det.unsaved.add(written[0])  # and one that was already checkpointed changes again

    await asyncio.gather(streams.checkpoint_entities(), meanwhile())
    assert set(entities[:40]) <= set(written), "every entity unsaved when the checkpoint began was written"
    assert len(written) == 40
    assert det.unsaved == {*entities[40:], written[0]}, "what changed meanwhile is left for the next checkpoint"


def test_each_worker_is_a_static_member_known_by_its_id(tmp_path: Path, estate: Estate) -> None:
    settings = Settings(home=tmp_path, topic_prefix="t1.")
    cfg = settings.streams.model_copy(update={"worker_id": "3"})
    assert StreamsApp(settings, cfg, estate).app.conf.consumer_group_instance_id == "t1.nerve-streams-3"
    dynamic = cfg.model_copy(update={"static_membership": False})
    assert StreamsApp(settings, dynamic, estate).app.conf.consumer_group_instance_id is None
