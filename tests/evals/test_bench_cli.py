"""`nerve bench` as a script reads it (EVALS.md §3): stdout is one JSON object with the contract's fields."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess

import pytest

from nerve.settings import Settings
from tests.streams.harness import NERVE

pytestmark = pytest.mark.slow

STREAMS = {"pipeline_events_per_s", "raw_consume_events_per_s", "ratio", "detect_latency_p99_ms"}
INTENTS = {"intents_per_s", "p50_ms", "p99_ms", "commands_p99_ms"}


@pytest.mark.parametrize(
    ("args", "fields"),
    [(["streams", "--events", "4000"], STREAMS), (["intents", "--n", "60"], INTENTS)],
    ids=["streams", "intents"],
)
async def test_bench_prints_one_json_object(settings: Settings, args: list[str], fields: set[str]) -> None:
    env = {**os.environ, **settings.run_env()}
    cli = [NERVE, "bench", *args, "--json"]
    done = await asyncio.to_thread(subprocess.run, cli, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout)  # nothing else on stdout: no spinner, no log line
    assert {f for f in fields if isinstance(result.get(f), int | float) and result[f] > 0} == fields, result
