"""`nerve eval intents` end to end on our own sets (real broker, BSS simulators, graph).

These sets are not held out: the offline parser was tuned on them, so they are regression sets
and every item must stay right (the first-sight scores on sets the parser had not seen are in
docs/evals-and-measurements.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evals.intents import read_items, run_intents, summarise
from nerve.estate import Estate
from nerve.settings import Settings

OWN_SETS = [Path(__file__).parents[1] / "intent" / n for n in ("intents.own.jsonl", "intents.own2.jsonl")]


def own_set(tmp_path: Path) -> Path:
    """Both own sets as one file, in order (their items hold whichever earlier orders completed)."""
    joined = tmp_path / "own.jsonl"
    joined.write_text("".join(p.read_text() for p in OWN_SETS))
    return joined


def test_expectations_never_reach_the_system(tmp_path: Path) -> None:
    items, expected = read_items(own_set(tmp_path))
    assert len(items) == len(expected) >= 100
    assert all("expect" not in item.model_dump_json() for item in items)


@pytest.mark.slow
@pytest.mark.eval
async def test_own_tuned_sets_stay_all_right_through_the_real_path(
    settings: Settings, estate: Estate, tmp_path: Path
) -> None:
    items, expected = read_items(own_set(tmp_path))
    results = await run_intents(settings.model_copy(update={"sim_delay_scale": 0.05}), items, estate)
    summary = summarise(results, expected)
    (tmp_path / "results.json").write_text(json.dumps({"items": results, "summary": summary}, default=str))
    assert summary["errors"] == 0, [r for r in results if r.get("error")]
    assert summary["safety"] == 1.0, summary["unsafe"]
    assert summary["fully_right"] == 1.0, summary["wrong"]
    accepted = [r for r in results if r["decision"] == "accepted"]
    assert accepted and all(r["final_state"] == "completed" for r in accepted)
    assert all(r["commands"] for r in accepted)
