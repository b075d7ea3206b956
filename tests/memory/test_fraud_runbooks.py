"""Fraud runbooks: written per kind from each operator's fraud.yaml, kept and searched in memory
(a real on-disk Chroma with the offline embedding model), and only proposals to the responder."""

from __future__ import annotations

from pathlib import Path

import pytest

from agents.fraud.responder import plan
from memory.fraud_runbooks import RISK_ORDER, fraud_runbooks
from memory.store import Memory
from nerve.errors import ToolError
from nerve.estate import load_estate
from nerve.settings import Settings
from tests.support.estates import estate_params


@pytest.mark.parametrize("root", estate_params())
def test_each_kind_has_a_runbook_of_the_operators_own_least_harmful_first(root: Path) -> None:
    estate = load_estate(root)
    assert estate.fraud is not None
    books = {r.fraud: r for r in fraud_runbooks(estate)}
    assert set(books) == set(estate.fraud.kinds)
    for kind, spec in estate.fraud.kinds.items():
        book = books[kind]
        assert book.id == f"fraud-{kind}" and book.kind == "fraud" and book.subject == kind
        assert sorted(book.actions) == sorted(spec.ended_by)
        risks = [RISK_ORDER[estate.fraud.responses[a].risk] for a in book.actions]  # type: ignore[index]
        assert risks == sorted(risks), f"{kind}: {book.actions} not least harmful first"
        assert book.symptoms == spec.behaviour
        assert all(f"`{a}`" in book.section("Actions") for a in book.actions)
        assert book.risk == estate.fraud.responses[book.actions[0]].risk  # type: ignore[index]
        assert plan(estate, kind, book) == book.actions


@pytest.mark.parametrize("root", estate_params()[:3])
def test_a_runbook_proposes_and_the_responder_keeps_only_what_ends_the_kind(root: Path) -> None:
    estate = load_estate(root)
    assert estate.fraud is not None
    book = next(r for r in fraud_runbooks(estate) if r.fraud == "sim_box")
    ends = estate.fraud.kinds["sim_box"].ended_by
    others = [a for a in estate.fraud.responses if a not in ends and a != "notify_subscriber"]
    assert others, "a response that does not end a SIM box"
    edited = book.model_copy(update={"actions": [others[0], *book.actions]})
    assert plan(estate, "sim_box", edited) == book.actions
    assert plan(estate, "sim_box", book.model_copy(update={"actions": others})) == book.actions
    assert plan(estate, "sim_box", None) == book.actions


@pytest.mark.parametrize("root", estate_params()[1:2])  # Lumen: the search is general code
async def test_fraud_runbooks_are_found_in_memory_by_kind_and_by_meaning(root: Path, tmp_path: Path) -> None:
    estate = load_estate(root)
    assert estate.fraud is not None
    memory = Memory(Settings(home=tmp_path), role="test", estate=estate)
    await memory.start()
    assert memory.runbook_for_fraud("wangiri").actions == ["block_number"]
    with pytest.raises(ToolError):
        memory.runbook_for_fraud("not_a_kind")
    hits = await memory.search_runbooks("a foreign number rings many of our lines once and hangs up", k=2,
                                        kind="fraud")  # fmt: skip
    assert hits[0].runbook.id == "fraud-wangiri", [(h.runbook.id, round(h.score, 3)) for h in hits]
    hits = await memory.search_runbooks("thousands of texts sent to different people from one line", k=2)
    assert hits[0].runbook.id == "fraud-sms_spam", [(h.runbook.id, round(h.score, 3)) for h in hits]
    assert Memory(Settings(home=tmp_path), role="test").runbooks == [r for r in memory.runbooks if r.kind != "fraud"], (
        "without the estate, memory has the network runbooks only"
    )
