"""The provider for any OpenAI-compatible chat-completions endpoint (OpenAI, Azure, vLLM, Ollama,
llama.cpp), through the ``openai`` package.

Structured output asks for a JSON-schema ``response_format`` and also states the schema in the
system message (servers that ignore ``response_format`` still answer in JSON). An answer that does
not validate is sent back once with the validation error; a second bad answer is a ProviderError.
Tool arguments are validated by the tools' input models with the same one re-ask. Transport
retries (timeouts, 429, 5xx) are the openai client's, bounded by ``llm_max_retries``; every error
reaching us is translated to ProviderError.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import Any, TypeVar, cast

import openai
from openai import AsyncOpenAI
from openai.types.chat import ChatCompletionMessageParam
from pydantic import BaseModel, ValidationError

from agents.llm.prompts import Prompt, Rendered, load_prompt
from agents.llm.types import ToolCall, ToolPlan, ToolSpec, Usage
from nerve.errors import ProviderError
from nerve.settings import Settings

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)

Message = dict[str, Any]

_FENCE = re.compile(r"\A\s*```(?:json)?\s*(.*?)\s*```\s*\Z", re.DOTALL)

REASK = (
    "Your previous answer was not valid: {error}\n"
    "Answer again, correcting it. Reply with the corrected answer only, in the required format."
)


class OpenAICompatibleProvider:
    """An LLMProvider over ``settings.llm_base_url`` with ``settings.llm_model``."""

    def __init__(self, settings: Settings) -> None:
        if not settings.llm_base_url:
            raise ProviderError("llm_base_url is not set")
        key = settings.llm_api_key.get_secret_value() if settings.llm_api_key else "unused"  # local servers ignore it
        self.model = settings.llm_model
        self.usage = Usage()
        self._client = AsyncOpenAI(
            base_url=settings.llm_base_url,
            api_key=key,
            timeout=settings.llm_timeout_s,
            max_retries=settings.llm_max_retries,
        )

    async def structured(self, prompt: Prompt | str, variables: Mapping[str, object], schema: type[M]) -> M:
        rendered = _render(prompt, variables)
        json_schema = schema.model_json_schema()
        system = (
            f"{rendered.system}\n\nAnswer with one JSON object that conforms to this JSON schema, and nothing else:\n"
            f"{json.dumps(json_schema)}"
        )
        messages: list[Message] = [{"role": "system", "content": system}, {"role": "user", "content": rendered.user}]
        response_format = {
            "type": "json_schema",
            "json_schema": {"name": schema.__name__, "schema": json_schema, "strict": False},
        }
        error = ""
        for attempt in (1, 2):
            message = await self._complete(rendered.name, messages, response_format=response_format)
            content = message.content or ""
            try:
                return schema.model_validate_json(_unfence(content))
            except ValidationError as exc:
                error = _short(exc)
                log.warning("llm %s: invalid structured answer (attempt %d): %s", rendered.name, attempt, error)
                messages += [{"role": "assistant", "content": content}, _reask(error)]
        raise ProviderError(f"{rendered.name}: the model's answer did not match {schema.__name__} twice: {error}")

    async def tool_calls(
        self, prompt: Prompt | str, variables: Mapping[str, object], tools: Sequence[ToolSpec]
    ) -> ToolPlan:
        rendered = _render(prompt, variables)
        by_name = {t.name: t for t in tools}
        messages = _messages(rendered)
        openai_tools = [t.openai_tool() for t in tools]
        error = ""
        for attempt in (1, 2):
            message = await self._complete(rendered.name, messages, tools=openai_tools)
            try:
                return ToolPlan(
                    calls=[_tool_call(c, by_name) for c in message.tool_calls or []], text=message.content or ""
                )
            except (ValidationError, ValueError) as exc:
                error = _short(exc) if isinstance(exc, ValidationError) else str(exc)
                log.warning("llm %s: invalid tool call (attempt %d): %s", rendered.name, attempt, error)
                messages += [message.model_dump(exclude_none=True), _reask(error)]
                # a tool call must be answered before the next user turn
                messages[-1:-1] = [
                    {"role": "tool", "tool_call_id": c.id, "content": f"not called: {error}"}
                    for c in message.tool_calls or []
                ]
        raise ProviderError(f"{rendered.name}: the model's tool calls were invalid twice: {error}")

    async def text(self, prompt: Prompt | str, variables: Mapping[str, object]) -> str:
        rendered = _render(prompt, variables)
        message = await self._complete(rendered.name, _messages(rendered))
        return message.content or ""

    async def stream_text(self, prompt: Prompt | str, variables: Mapping[str, object]) -> AsyncIterator[str]:
        rendered = _render(prompt, variables)
        started = time.perf_counter()
        prompt_tokens = completion_tokens = 0
        try:
            stream = await self._client.chat.completions.create(
                model=self.model,
                messages=cast("list[ChatCompletionMessageParam]", _messages(rendered)),
                stream=True,
                stream_options={"include_usage": True},
            )
            async for chunk in stream:
                if chunk.usage:
                    prompt_tokens, completion_tokens = chunk.usage.prompt_tokens, chunk.usage.completion_tokens
                if chunk.choices and chunk.choices[0].delta.content:
                    yield chunk.choices[0].delta.content
        except openai.OpenAIError as exc:
            raise _translate(rendered.name, exc) from exc
        self.usage.record(rendered.name, prompt_tokens, completion_tokens, time.perf_counter() - started)

    async def _complete(self, name: str, messages: list[Message], **options: Any) -> Any:
        started = time.perf_counter()
        try:
            response = await self._client.chat.completions.create(
                model=self.model,
                messages=cast("list[ChatCompletionMessageParam]", messages),
                **options,
            )
        except openai.OpenAIError as exc:
            raise _translate(name, exc) from exc
        usage = response.usage
        self.usage.record(
            name,
            usage.prompt_tokens if usage else 0,
            usage.completion_tokens if usage else 0,
            time.perf_counter() - started,
        )
        if not response.choices:
            raise ProviderError(f"{name}: the endpoint answered with no choices")
        return response.choices[0].message


def _render(prompt: Prompt | str, variables: Mapping[str, object]) -> Rendered:
    return (load_prompt(prompt) if isinstance(prompt, str) else prompt).render(**variables)


def _messages(rendered: Rendered) -> list[Message]:
    messages: list[Message] = [{"role": "system", "content": rendered.system}] if rendered.system else []
    return [*messages, {"role": "user", "content": rendered.user}]


def _reask(error: str) -> Message:
    return {"role": "user", "content": REASK.format(error=error)}


def _unfence(content: str) -> str:
    """Models often wrap JSON in a markdown fence even when told not to."""
    match = _FENCE.match(content)
    return match.group(1) if match else content


def _short(exc: ValidationError) -> str:
    return "; ".join(f"{'.'.join(map(str, e['loc'])) or 'answer'}: {e['msg']}" for e in exc.errors()[:5])


def _tool_call(call: Any, tools: Mapping[str, ToolSpec]) -> ToolCall:
    spec = tools.get(call.function.name)
    if spec is None:
        raise ValueError(f"there is no tool {call.function.name!r}; the tools are {', '.join(tools)}")
    arguments = spec.params.model_validate_json(call.function.arguments or "{}")
    return ToolCall(id=call.id, name=spec.name, arguments=arguments)


def _translate(name: str, exc: openai.OpenAIError) -> ProviderError:
    if isinstance(exc, openai.APITimeoutError):
        return ProviderError(f"{name}: the LLM endpoint timed out")
    if isinstance(exc, openai.APIConnectionError):
        return ProviderError(f"{name}: cannot reach the LLM endpoint: {exc}")
    if isinstance(exc, openai.APIStatusError):
        return ProviderError(f"{name}: the LLM endpoint answered {exc.status_code}: {exc.message}")
    return ProviderError(f"{name}: {exc}")
