"""A short chaos run: the whole stack on a broker of its own, each kind of process killed once, the
broker killed and restarted, a stream worker stalled; nothing lost, stuck or applied twice."""

from __future__ import annotations

from pathlib import Path

import pytest

from evals.chaos import KILLED_KINDS, run_chaos, summary_lines
from nerve.settings import Settings
from tests.support.ports import free_port_range


@pytest.mark.slow
@pytest.mark.timeout(900)  # the stack's start, 2 minutes of load, the drain and the read-back
async def test_short_chaos_run_loses_nothing_and_applies_nothing_twice(tmp_path: Path) -> None:
    base = free_port_range(3)  # the broker's two ports, and the API's
    settings = Settings(
        kafka_port=base,
        kafka_controller_port=base + 1,
        kafka_brokers=1,
        bootstrap_servers=f"127.0.0.1:{base}",
        home=tmp_path,
        api_port=base + 2,
        kafka_heap="384m",
        legacy_bridge=False,  # killed by none of the disruptions; tests/legacy kills its Connect worker
    )
    report = await run_chaos(settings, minutes=2.0, brokers=1, seed=5)
    print("\n".join(summary_lines(report)))  # for whoever reads the test's output (-s)

    assert report["intents_accepted"] > 0
    assert report["intents_lost"] == 0, report["lost_ids"]
    assert report["intents_stuck"] == 0, report["stuck_ids"]
    assert report["intents_settled"] == report["intents_accepted"]
    assert report["commands_published"] > 0
    assert report["commands_applied_twice"] == 0
    assert report["commands_orphan"] == 0, report["orphan_ids"]
    kinds = {(d["kind"], d["target"].split("-")[0]) for d in report["disruptions"]}
    assert {("kill", k) for k in KILLED_KINDS} | {("broker", "kafka"), ("pause", "streams")} <= kinds
    assert all(d["recovered_s"] is not None for d in report["disruptions"]), report["disruptions"]
    assert set(report["rss_mb"]) >= {"api", "loop", "sim", "streams-0", "streams-1", "kafka-1"}
