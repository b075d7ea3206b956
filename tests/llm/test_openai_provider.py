"""The OpenAI-compatible provider against a local chat-completions server."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Literal

import pytest
from pydantic import BaseModel, Field

from agents.llm import ToolSpec, get_provider, with_fallback
from agents.llm.openai_compat import OpenAICompatibleProvider
from agents.llm.prompts import parse_prompt
from nerve.errors import ProviderError
from nerve.settings import Settings
from tests.support.openai_server import FakeOpenAI, Reply

PROMPT = parse_prompt(
    "test_intent",
    "version: 2\n=== system ===\nYou parse requests. Offers: {{ offers }}\n=== user ===\n{{ text }}\n",
)
VARS = {"offers": ["StreamMax"], "text": "add StreamMax"}


class Intent(BaseModel):
    action: Literal["add_offer", "remove_offer", "query"]
    offer: str | None = None


class GetIncident(BaseModel):
    """Details of one incident: root cause, affected entities, actions taken."""

    incident_id: str = Field(pattern=r"^inc-")


class TopologyNeighbours(BaseModel):
    """The neighbours of a cell."""

    cell: str


TOOLS = [ToolSpec.of(GetIncident), ToolSpec.of(TopologyNeighbours)]


@pytest.fixture
async def server() -> AsyncIterator[FakeOpenAI]:
    async with FakeOpenAI() as s:
        yield s


def provider_for(server: FakeOpenAI, **overrides: object) -> OpenAICompatibleProvider:
    options: dict[str, object] = {"llm_base_url": server.base_url, "llm_max_retries": 0, **overrides}
    return OpenAICompatibleProvider(Settings(**options))  # type: ignore[arg-type]


def test_provider_is_chosen_by_settings(tmp_path: object) -> None:
    assert get_provider(Settings(llm_base_url=None)) is None
    assert isinstance(get_provider(Settings(llm_base_url="http://127.0.0.1:9/v1")), OpenAICompatibleProvider)


async def test_structured_output(server: FakeOpenAI) -> None:
    server.enqueue(Reply.json({"action": "add_offer", "offer": "StreamMax"}))
    provider = provider_for(server, llm_model="local-model")
    intent = await provider.structured(PROMPT, VARS, Intent)
    assert intent == Intent(action="add_offer", offer="StreamMax")
    request = server.requests[0]
    assert request["model"] == "local-model"
    assert request["response_format"]["json_schema"]["schema"]["properties"]["action"]["enum"] == [
        "add_offer",
        "remove_offer",
        "query",
    ]
    assert '["StreamMax"]' in request["messages"][0]["content"].replace("\n", "").replace(" ", "")
    assert request["messages"][1] == {"role": "user", "content": "add StreamMax"}
    assert provider.usage.calls == 1 and provider.usage.prompt_tokens == 10 and provider.usage.completion_tokens == 5


async def test_fenced_json_is_accepted(server: FakeOpenAI) -> None:
    server.enqueue(Reply.text('```json\n{"action": "query"}\n```'))
    assert (await provider_for(server).structured(PROMPT, VARS, Intent)).action == "query"


async def test_malformed_answer_is_reasked_once_with_the_error(server: FakeOpenAI) -> None:
    server.enqueue(Reply.json({"action": "buy_everything"}), Reply.json({"action": "remove_offer", "offer": "X"}))
    provider = provider_for(server)
    intent = await provider.structured(PROMPT, VARS, Intent)
    assert intent.action == "remove_offer"
    assert len(server.requests) == 2
    reask = server.requests[1]["messages"]
    assert reask[-2] == {"role": "assistant", "content": '{"action": "buy_everything"}'}
    assert "action" in reask[-1]["content"] and "not valid" in reask[-1]["content"]
    assert provider.usage.calls == 2


async def test_two_malformed_answers_raise_provider_error(server: FakeOpenAI) -> None:
    server.enqueue(Reply.text("sure! I added it"), Reply.json({"offer": "StreamMax"}))
    with pytest.raises(ProviderError, match="Intent"):
        await provider_for(server).structured(PROMPT, VARS, Intent)
    assert len(server.requests) == 2


async def test_tool_calls_are_parsed_and_validated(server: FakeOpenAI) -> None:
    server.enqueue(
        Reply.tool_calls(("get_incident", {"incident_id": "inc-12"}), ("topology_neighbours", {"cell": "c1"}))
    )
    plan = await provider_for(server).tool_calls(PROMPT, VARS, TOOLS)
    assert not plan.done
    assert [c.name for c in plan.calls] == ["get_incident", "topology_neighbours"]
    assert plan.calls[0].arguments == GetIncident(incident_id="inc-12")
    tools = server.requests[0]["tools"]
    assert tools[0]["function"]["name"] == "get_incident"
    assert tools[0]["function"]["description"].startswith("Details of one incident")
    assert tools[0]["function"]["parameters"]["required"] == ["incident_id"]


async def test_no_tool_call_means_done_with_text(server: FakeOpenAI) -> None:
    server.enqueue(Reply.text("cell-a1 is down (inc-1)."))
    plan = await provider_for(server).tool_calls(PROMPT, VARS, TOOLS)
    assert plan.done and plan.text == "cell-a1 is down (inc-1)."


async def test_invalid_tool_arguments_are_reasked(server: FakeOpenAI) -> None:
    server.enqueue(
        Reply.tool_calls(("get_incident", {"incident_id": "12"})),
        Reply.tool_calls(("get_incident", {"incident_id": "inc-12"})),
    )
    plan = await provider_for(server).tool_calls(PROMPT, VARS, TOOLS)
    assert plan.calls[0].arguments == GetIncident(incident_id="inc-12")
    messages = server.requests[1]["messages"]
    assert [m["role"] for m in messages[-3:]] == ["assistant", "tool", "user"]


async def test_unknown_tool_twice_is_provider_error(server: FakeOpenAI) -> None:
    server.enqueue(Reply.tool_calls(("rm_rf", "{}")), Reply.tool_calls(("get_incident", "{not json")))
    with pytest.raises(ProviderError, match="tool calls were invalid"):
        await provider_for(server).tool_calls(PROMPT, VARS, TOOLS)


async def test_timeout_is_provider_error(server: FakeOpenAI) -> None:
    server.enqueue(Reply.json({"action": "query"}, delay_s=1))
    with pytest.raises(ProviderError, match="timed out"):
        await provider_for(server, llm_timeout_s=0.2).structured(PROMPT, VARS, Intent)


async def test_transport_retries_are_bounded(server: FakeOpenAI) -> None:
    server.enqueue(Reply.error(503, "overloaded"), Reply.json({"action": "query"}))
    assert (await provider_for(server, llm_max_retries=1).structured(PROMPT, VARS, Intent)).action == "query"
    server.enqueue(Reply.error(503, "overloaded"), Reply.error(503, "overloaded"), Reply.error(503, "again"))
    with pytest.raises(ProviderError, match="503"):
        await provider_for(server, llm_max_retries=1).structured(PROMPT, VARS, Intent)
    assert server.pending == 1  # one try plus one retry, no more


async def test_unreachable_endpoint_is_provider_error() -> None:
    provider = OpenAICompatibleProvider(Settings(llm_base_url="http://127.0.0.1:9/v1", llm_max_retries=0))
    with pytest.raises(ProviderError, match="reach"):
        await provider.text(PROMPT, VARS)


async def test_text_and_streaming(server: FakeOpenAI) -> None:
    server.enqueue(Reply.text("all cells are healthy"), Reply.text("inc-1 was fixed by restart_cell"))
    provider = provider_for(server)
    assert await provider.text(PROMPT, VARS) == "all cells are healthy"
    pieces = [p async for p in provider.stream_text(PROMPT, VARS)]
    assert len(pieces) > 1 and "".join(pieces) == "inc-1 was fixed by restart_cell"
    assert server.requests[1]["stream"] is True
    assert provider.usage.calls == 2 and provider.usage.completion_tokens == 10


async def test_fallback_to_the_offline_skill(server: FakeOpenAI) -> None:
    server.enqueue(Reply.text("nope"), Reply.text("still nope"))
    provider = provider_for(server)

    def offline() -> Intent:
        return Intent(action="query")

    assert await with_fallback(None, lambda p: p.structured(PROMPT, VARS, Intent), offline) == Intent(action="query")
    result = await with_fallback(provider, lambda p: p.structured(PROMPT, VARS, Intent), offline)
    assert result == Intent(action="query") and len(server.requests) == 2
