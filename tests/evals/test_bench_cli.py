"""`nerve bench` as a script reads it (EVALS.md §3): stdout is one JSON object with the contract's fields."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
from pathlib import Path

import pytest

from evals.bench_usage import OWN
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


async def test_bench_streams_profiles_one_worker_and_measures_two(settings: Settings) -> None:
    env = {**os.environ, **settings.run_env()}
    cli = [NERVE, "bench", "streams", "--json"]
    # Enough samples for py-spy (250 Hz) to catch every part: 4,000 took ~20 ms and decoding was often missed.
    profiled = await asyncio.to_thread(
        subprocess.run, [*cli, "--events", "60000", "--profile"], env=env, capture_output=True, text=True
    )
    assert profiled.returncode == 0, profiled.stderr[-3000:]
    profile = json.loads(profiled.stdout)["profile"]
    parts = profile["parts_us_per_sample"]
    assert parts["detector (numpy)"] > 0 and parts["decode and check (msgspec)"] > 0, parts
    assert sum(parts.values()) == pytest.approx(profile["us_per_sample"], rel=0.01)
    raw = await asyncio.to_thread(Path(profile["raw"]).read_text)
    assert raw.strip(), "the raw stacks are kept for flame graphs"
    two = await asyncio.to_thread(
        subprocess.run, [*cli, "--events", "4000", "--workers", "2"], env=env, capture_output=True, text=True
    )
    assert two.returncode == 0, two.stderr[-3000:]
    result = json.loads(two.stdout)
    assert result["workers"] == 2 and len(result["per_worker_events_per_s"]) == 2, result
    assert result["pipeline_events_per_s"] > 0, result


async def test_bench_usage_prints_its_ratio_and_profiles_the_worker(settings: Settings) -> None:
    env = {**os.environ, **settings.run_env()}
    cli = [NERVE, "bench", "usage", "--records", "20000", "--json", "--profile"]
    done = await asyncio.to_thread(subprocess.run, cli, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout)
    assert result["rated"] + result["duplicates"] + result["dead_lettered"] == result["records"], result
    assert result["ratio"] > 0 and result["raw_consume_records_per_s"] > 0, result
    profile = result["profile"]
    parts = profile["parts_us_per_sample"]
    assert {part for _, part in OWN} & set(parts), parts  # the worker's own code is named by part
    assert sum(parts.values()) == pytest.approx(profile["us_per_sample"], rel=0.01)
