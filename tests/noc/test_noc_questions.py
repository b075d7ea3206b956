"""The NOC agent on its question set: real broker, real loop and twin, offline provider."""

from __future__ import annotations

from evals.noc.runner import run_noc_eval
from nerve.settings import Settings


async def test_noc_answers_name_the_right_entities_and_facts(settings: Settings) -> None:
    result = await run_noc_eval(settings)
    wrong = {r["id"]: (r["question"], r["problems"], r["answer"][:400]) for r in result["items"] if not r["ok"]}
    assert result["summary"]["n"] >= 20
    assert not wrong, wrong
