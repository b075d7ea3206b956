"""The offline parser on every operator: each estate's own intent sets, and safety that refuses
what it must and serves the innocent, whatever the catalog, currency and id formats."""

from __future__ import annotations

import json
import re
import shutil
from functools import cache
from pathlib import Path

import pytest
from babel.numbers import get_currency_name

from agents.intent.decide import Outcome, decide
from agents.intent.lexicon import Lexicon, build_lexicon, lexicon_for
from agents.intent.understand import understand
from evals.intents import score
from nerve.estate import Estate, load_yaml
from nerve.settings import REPO_ROOT
from tests.support.estates import SHARED, estate_dir, estate_params
from tools.subscriber import merge_state

HERE = Path(__file__).parent
# Each operator's intent sets: its dev set (beside the shared estates) and our blind probes.
SETS = {
    "reference": [
        SHARED / "evals" / "intents.dev.jsonl",
        *sorted(HERE.glob("intents.own*.jsonl")),
    ],
    "lumen": [
        SHARED / "evals" / "lumen" / "intents.dev.jsonl",
        *sorted(HERE.glob("lumen.*.jsonl")),
    ],
    "fjord": sorted((REPO_ROOT / "evals" / "estates" / "fjord").glob("intents*.jsonl")),
    "sakura": sorted((REPO_ROOT / "evals" / "estates" / "sakura").glob("intents*.jsonl")),
}
SAFETY = load_yaml((HERE / "safety.yaml").read_text())


def outcome(estate: Estate, sub: str, text: str, lexicon: Lexicon | None = None) -> Outcome:
    """What the parser and the decide step make of ``text`` from subscriber ``sub``."""
    profile = merge_state(estate.subscriber[sub], {}, estate.catalog)
    intent = understand(text, profile=profile, catalog=estate.catalog, lexicon=lexicon or lexicon_for(estate))
    return decide(intent, profile, estate.catalog)


def run(estate: Estate, items: list[dict[str, object]]) -> list[tuple[object, ...]]:
    """The items not fully right, with what the parser and the decide step made of them."""
    lexicon = build_lexicon(estate)
    wrong = []
    for item in items:
        got = {**outcome(estate, str(item["subscriber"]), str(item["text"]), lexicon).model_dump(), "commands": []}
        if not score(got, item["expect"])["fully_right"]:  # type: ignore[arg-type]
            wrong.append((item["id"], item["text"], got["action"], got["offer"], got["decision"], got["reasons"]))
    return wrong


def items_of(name: str) -> list[dict[str, object]]:
    return [json.loads(x) for f in SETS[name] for x in f.read_text().splitlines() if x.strip()]


@pytest.mark.parametrize("folder", estate_params())
def test_each_operators_intent_sets_are_fully_right(folder: Path) -> None:
    name = next(n for n in SETS if estate_dir(n) == folder)
    items = items_of(name)
    assert len(items) >= 60
    assert run(Estate.load(folder), items) == []


def test_the_reference_is_served_from_its_catalog_alone(tmp_path: Path) -> None:
    """Without its aliases.yaml the reference operator is an operator we have never seen."""
    for part in ("catalog", "subscribers", "topology", "kpis", "faults"):
        shutil.copy(REPO_ROOT / "estate" / f"{part}.yaml", tmp_path)
    items = items_of("reference")
    wrong = run(Estate.load(tmp_path), items)
    assert len(wrong) <= len(items) * 0.02, wrong


@cache
def load(folder: Path) -> Estate:
    return Estate.load(folder)


def fill(text: str, estate: Estate) -> tuple[str, str]:
    """``text`` with its placeholders taken from ``estate``, and the subscriber who says it."""
    catalog = estate.catalog
    ott = next(o for o in catalog.offers if o.kind == "ott")
    speaker = next(s for s in estate.subscribers if s.services and s.segment == "consumer")
    other = next(s for s in estate.subscribers if s.id != speaker.id)
    unit = re.sub(r"^.* ", "", get_currency_name(catalog.operator.currency, count=2, locale="en")).lower()
    values = {
        "ott": ott.name,
        "other": other.id,
        "number": other.msisdn,
        "unit": unit,
        "service": catalog.by_id[speaker.services[0]].name,
    }
    return text.format(**values), speaker.id


@pytest.mark.parametrize("folder", estate_params())
@pytest.mark.parametrize("case", SAFETY["must_refuse"], ids=lambda c: c["text"][:40])
def test_what_must_be_refused_is_refused_on_every_operator(folder: Path, case: dict[str, str]) -> None:
    estate = load(folder)
    text, sub = fill(case["text"], estate)
    got = outcome(estate, sub, text)
    assert got.decision != "accepted", text
    assert case.get("reason") is None or case["reason"] in got.reasons, (text, got.reasons)


@pytest.mark.parametrize("folder", estate_params())
@pytest.mark.parametrize("case", SAFETY["must_serve"], ids=lambda c: c["text"][:40])
def test_innocent_requests_are_served_on_every_operator(folder: Path, case: dict[str, str]) -> None:
    estate = load(folder)
    text, sub = fill(case["text"], estate)
    got = outcome(estate, sub, text)
    assert got.action == case["action"], (text, got)
    assert not {"not_permitted", "out_of_scope"} & set(got.reasons), (text, got.reasons)
