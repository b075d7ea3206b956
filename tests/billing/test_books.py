"""Rating and billing logic without Kafka: the stream's books against the independent reference rater."""

from __future__ import annotations

from pathlib import Path

import pytest

from evals.billing_score import score
from nerve.estate import Estate
from simulators.usage import load_billing_scenarios
from tests.billing.support import probe_scenario, replay
from tests.support.estates import SHARED, estate_dir, estate_params


@pytest.mark.parametrize("root", estate_params())
def test_books_match_the_reference_rating_on_every_operator(root: Path) -> None:
    estate = Estate.load(root)
    scenario = probe_scenario(estate)
    doc = replay(estate, scenario)
    result = score(doc, estate, scenario.duration_s)
    assert result["pass"], result["problems"][:10]
    assert result["bills_checked"] == 2 * len(estate.subscribers)
    assert doc["adjustments"], "the outage over the boundary makes late records for a billed period"
    assert doc["records"]["malformed"] > 0


def test_dev_scenarios_replay_to_a_pass() -> None:
    estate = Estate.load(estate_dir("reference") or Path())
    for scenario in load_billing_scenarios([SHARED / "evals" / "billing"]):
        doc = replay(estate, scenario)
        result = score(doc, estate, scenario.duration_s)
        assert result["pass"], (scenario.id, result["problems"][:10])


def test_the_scorer_fails_a_cent_off_a_double_count_and_a_missed_letter() -> None:
    estate = Estate.load(estate_dir("reference") or Path())
    scenario = probe_scenario(estate)
    doc = replay(estate, scenario)
    assert score(doc, estate, scenario.duration_s)["pass"]

    off = {**doc, "bills": [dict(b, lines=dict(b["lines"])) for b in doc["bills"]]}
    off["bills"][0]["lines"]["roaming"] += 0.01
    assert any("roaming" in p for p in score(off, estate, scenario.duration_s)["problems"])

    adj = doc["adjustments"][0]
    twice = {**doc, "adjustments": [*doc["adjustments"], dict(adj, lines={})]}
    assert any("named by 2" in p for p in score(twice, estate, scenario.duration_s)["problems"])

    lost = {**doc, "records": dict(doc["records"], dead_lettered=doc["records"]["dead_lettered"] - 1)}
    assert any("dead-lettered" in p for p in score(lost, estate, scenario.duration_s)["problems"])

    early = {**doc, "bills": [dict(b) for b in doc["bills"]]}
    early["bills"][0]["issued_s"] = 60.0
    assert any("before end + grace" in p for p in score(early, estate, scenario.duration_s)["problems"])

    quiet = {**doc, "notifications": doc["notifications"][1:]}
    assert any("not notified" in p for p in score(quiet, estate, scenario.duration_s)["problems"])


def test_estate_check_names_a_missing_zone_rate_and_a_bad_prefix(tmp_path: Path) -> None:
    from nerve.estate_check import check_estate

    src = estate_dir("reference") or Path()
    for f in src.glob("*.yaml"):
        (tmp_path / f.name).write_text(f.read_text())
    assert not [p for p in check_estate(tmp_path) if p.level == "error"]
    zone = next(iter(Estate.load(src).catalog.roaming_zones))
    rating = (tmp_path / "rating.yaml").read_text()
    rating = "\n".join(line for line in rating.splitlines() if not line.strip().startswith(f"{zone}:"))
    (tmp_path / "rating.yaml").write_text(rating.replace('prefix: "+', 'prefix: "', 1))
    problems = [str(p) for p in check_estate(tmp_path)]
    assert f"rating.yaml: roaming_without_pass: no rates for zone '{zone}'" in problems
    assert any("premium.ranges.0.prefix" in p and "E.164" in p for p in problems)
