"""What the provider interface speaks: tool specs, tool calls, plans, and token usage."""

from __future__ import annotations

import inspect
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, get_type_hints

from pydantic import BaseModel

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ToolSpec:
    """A tool as a model sees it: a name, a description and a pydantic input model."""

    name: str
    description: str
    params: type[BaseModel]

    @classmethod
    def of(cls, params: type[BaseModel], name: str | None = None) -> ToolSpec:
        """From an input model: its docstring is the description, its name in snake_case the name."""
        snake = re.sub(r"(?<!^)(?=[A-Z])", "_", params.__name__).lower()
        return cls(name or snake, inspect.cleandoc(params.__doc__ or ""), params)

    @classmethod
    def from_function(cls, fn: Callable[..., Any]) -> ToolSpec:
        """From a tool function ``async def name(ctx, params: Input) -> ToolResult``: its name and
        docstring, and the type of its last parameter as the input model."""
        hints = get_type_hints(fn)
        hints.pop("return", None)
        params = list(hints.values())[-1]
        if not (isinstance(params, type) and issubclass(params, BaseModel)):
            raise TypeError(f"{fn.__name__}: the last parameter must be a pydantic model")
        return cls(fn.__name__, inspect.cleandoc(fn.__doc__ or ""), params)

    def openai_tool(self) -> dict[str, Any]:
        return {
            "type": "function",
            "function": {
                "name": self.name,
                "description": self.description,
                "parameters": self.params.model_json_schema(),
            },
        }


class ToolCall(BaseModel):
    """One call the model asked for, its arguments already validated by the tool's input model."""

    id: str
    name: str
    arguments: BaseModel


class ToolPlan(BaseModel):
    """The model's answer to a planning request: tool calls to make, or (when none) its text."""

    calls: list[ToolCall] = []
    text: str = ""

    @property
    def done(self) -> bool:
        """True when the model wants no more tools: ``text`` is its answer."""
        return not self.calls


@dataclass
class Usage:
    """Token use and latency summed over every call a provider made."""

    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    latency_s: float = 0.0
    by_prompt: dict[str, int] = field(default_factory=dict)  # calls per prompt name

    def record(self, prompt: str, prompt_tokens: int, completion_tokens: int, latency_s: float) -> None:
        self.calls += 1
        self.prompt_tokens += prompt_tokens
        self.completion_tokens += completion_tokens
        self.latency_s += latency_s
        self.by_prompt[prompt] = self.by_prompt.get(prompt, 0) + 1
        log.info(
            "llm call %s: %d prompt + %d completion tokens in %.0f ms",
            prompt,
            prompt_tokens,
            completion_tokens,
            latency_s * 1000,
        )
