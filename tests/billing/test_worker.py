"""The billing worker on the real broker: a short scenario on three operators, and a worker killed
mid-run whose successor neither loses a record nor counts one twice (totals equal a rerating)."""

from __future__ import annotations

import asyncio
import shutil
import time
from pathlib import Path
from typing import Any

import pytest

from evals.billing import _settled, result_of
from evals.billing_score import score
from evals.scenarios import stream_worker
from nerve import topics as t
from nerve.bus import Bus
from nerve.estate import Estate
from nerve.settings import Settings
from simulators.usage import BillingScenario, UsageTwin, plan_usage
from tests.support.estates import estate_dir

PERIOD_S, GRACE_S = 10, 2


def quick_estate(name: str, tmp_path: Path) -> Estate:
    """The operator with 10 s bill periods and 2 s of grace, so that a test sees several bills."""
    src = estate_dir(name)
    assert src is not None, f"the {name} estate is not on this machine"
    dst = tmp_path / name
    shutil.copytree(src, dst)
    rating = (dst / "rating.yaml").read_text()
    rating = rating.replace("period: {length_s: 60}", f"period: {{length_s: {PERIOD_S}}}")
    (dst / "rating.yaml").write_text(rating.replace("grace_s: 10", f"grace_s: {GRACE_S}"))
    estate = Estate.load(dst)
    assert estate.rating is not None and estate.rating.period.length_s == PERIOD_S
    return estate


def short_scenario(estate: Estate) -> BillingScenario:
    finite = next(
        s for s in estate.subscribers
        if s.status == "active" and isinstance((estate.catalog.by_id[s.plan].allowance or {}).get("data_gb"), int)
    )  # fmt: skip
    allowance = float((estate.catalog.by_id[finite.plan].allowance or {})["data_gb"])
    site = estate.topology.cell[finite.home_cell].site
    return BillingScenario.model_validate(
        {
            "id": "short",
            "duration_s": 36,
            "seed": 9,
            "usage": {"rate_per_s": 8, "late_share": 0.1, "max_delay_s": 3, "duplicate_share": 0.1,
                      "malformed_share": 0.02},
            "events": [
                {"at_s": 2, "kind": "heavy_data", "subscriber": finite.id, "gb": allowance * 1.5},
                {"at_s": 7, "kind": "outage_of_mediation", "site": site, "until_s": 15},
            ],
        }
    )  # fmt: skip


async def play(settings: Settings, estate: Estate, *, kill_at_s: float | None = None) -> dict[str, Any]:
    scenario = short_scenario(estate)
    t0 = round(time.time(), 3)
    run = settings.model_copy(update={"billing_epoch": t0, "estate_dir": estate.root})
    plan = plan_usage(estate, scenario, t0)
    await t.ensure_topics(run)
    async with Bus(run, client_id="test-billing") as bus:
        twin = UsageTwin(bus, plan, t0)
        playing = asyncio.create_task(twin.run(scenario.duration_s))
        if kill_at_s is not None:
            async with stream_worker(run, run.home / "first.log", ("streams", "billing")) as first:
                await asyncio.sleep(max(0.0, t0 + kill_at_s - time.time()))
                first.kill()  # no shutdown: whatever it had not saved is lost with it
                await first.wait()
        async with stream_worker(run, run.home / "second.log", ("streams", "billing")):
            await playing
            await _settled(bus, run, estate, scenario, t0)
            doc = await result_of(bus, scenario, t0, twin.sent, plan.malformed)
    result = score(doc, estate, scenario.duration_s)
    return {"doc": doc, "score": result}


@pytest.mark.slow
@pytest.mark.parametrize("name", ["reference", "lumen", "fjord"])
async def test_a_short_scenario_bills_to_the_cent(settings: Settings, tmp_path: Path, name: str) -> None:
    estate = quick_estate(name, tmp_path)
    out = await play(settings, estate)
    assert out["score"]["pass"], out["score"]["problems"][:10]
    assert out["score"]["bills_checked"] == 3 * len(estate.subscribers)  # periods 0-2 end by 32 s
    assert out["doc"]["adjustments"], "the outage over a boundary must produce adjustments"
    assert out["doc"]["records"]["dead_lettered"] > 0


@pytest.mark.slow
async def test_a_worker_killed_mid_run_loses_nothing_and_counts_nothing_twice(
    settings: Settings, tmp_path: Path
) -> None:
    estate = quick_estate("reference", tmp_path)
    out = await play(settings, estate, kill_at_s=17.0)
    assert out["score"]["pass"], out["score"]["problems"][:10]
    assert out["score"]["bills_checked"] == 3 * len(estate.subscribers)
