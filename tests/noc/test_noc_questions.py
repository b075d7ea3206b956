"""The NOC agent on its question sets: real broker, real loop and twin, offline provider.

One set per operator, each with that estate's own ids and regions; the agent runs on that estate.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from evals.noc.runner import QUESTIONS, run_noc_eval
from nerve.settings import Settings
from tests.support.operators import NOC_QUESTIONS, operator_param

# The whole eval on each set (minutes each): slow and eval, the reference's too.
pytestmark = [pytest.mark.slow, pytest.mark.eval]

SETS = [
    operator_param("reference", QUESTIONS),
    operator_param("lumen", NOC_QUESTIONS / "lumen.yaml"),
    operator_param("fjord", NOC_QUESTIONS / "fjord.yaml"),
]


@pytest.mark.parametrize(("estate_dir", "questions"), SETS)
async def test_noc_answers_name_the_right_entities_and_facts(
    settings: Settings, estate_dir: Path, questions: Path
) -> None:
    result = await run_noc_eval(settings.model_copy(update={"estate_dir": estate_dir}), questions)
    wrong = {r["id"]: (r["question"], r["problems"], r["answer"][:400]) for r in result["items"] if not r["ok"]}
    assert result["summary"]["n"] >= 20
    assert not wrong, wrong
