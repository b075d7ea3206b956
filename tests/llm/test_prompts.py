"""Prompt files load, carry a version and render every placeholder."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from agents.llm import ToolSpec, load_prompt
from agents.llm.prompts import PROMPTS_DIR, parse_prompt
from nerve.errors import ConfigError

NAMES = sorted(p.stem for p in PROMPTS_DIR.glob("*.md"))


def test_the_agents_prompts_exist() -> None:
    assert {"intent_understand", "noc_plan", "noc_answer", "remediation_diagnose"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_prompt_renders(name: str) -> None:
    prompt = load_prompt(name)
    assert prompt.version >= 1 and prompt.system and prompt.variables
    rendered = prompt.render(**{v: {"value-of": v} for v in prompt.variables})
    assert "{{" not in rendered.system + rendered.user
    assert '"value-of"' in rendered.system + rendered.user


def test_intent_prompt_takes_what_the_intent_graph_passes() -> None:
    assert load_prompt("intent_understand").variables <= {"operator", "catalog", "zones", "subscriber", "text"}


def test_render_and_errors() -> None:
    prompt = parse_prompt("p", "version: 7\n=== system ===\nS {{a}}\n=== user ===\nU {{ b }} {keep}\n")
    rendered = prompt.render(a="x", b=[1, 2])
    assert (rendered.version, rendered.system) == (7, "S x")
    assert rendered.user.replace("\n", "").replace(" ", "") == "U[1,2]{keep}"
    with pytest.raises(ConfigError, match="b"):
        prompt.render(a="x")
    with pytest.raises(ConfigError, match="version"):
        parse_prompt("p", "=== user ===\nhi")
    with pytest.raises(ConfigError):
        load_prompt("no_such_prompt")


class CellNeighbours(BaseModel):
    """The cells next to a cell."""

    cell: str


async def neighbours(ctx: object, params: CellNeighbours) -> list[str]:
    """List the neighbour cells of a cell."""
    return [params.cell]


def test_tool_specs() -> None:
    spec = ToolSpec.of(CellNeighbours)
    assert (spec.name, spec.description) == ("cell_neighbours", "The cells next to a cell.")
    spec = ToolSpec.from_function(neighbours)
    assert (spec.name, spec.params) == ("neighbours", CellNeighbours)
    assert spec.openai_tool()["function"]["parameters"]["properties"]["cell"]["type"] == "string"
