"""The provider interface agents program against, and how one is chosen from settings."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from typing import Protocol, TypeVar

from pydantic import BaseModel

from agents.llm.prompts import Prompt
from agents.llm.types import ToolPlan, ToolSpec, Usage
from nerve.errors import ProviderError
from nerve.settings import Settings

log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")


class LLMProvider(Protocol):
    """A language model behind one of the OpenAI-compatible endpoints (or a test double).

    Every method takes a prompt (a ``Prompt`` or the name of a file in ``prompts/``) and the
    variables it is rendered with; every failure is a ``ProviderError``.
    """

    usage: Usage

    async def structured(self, prompt: Prompt | str, variables: Mapping[str, object], schema: type[M]) -> M:
        """The model's answer as an instance of ``schema`` (re-asked once if it does not validate)."""
        ...

    async def tool_calls(
        self, prompt: Prompt | str, variables: Mapping[str, object], tools: Sequence[ToolSpec]
    ) -> ToolPlan:
        """Which tools to call with which (validated) arguments, or the model's text if none."""
        ...

    async def text(self, prompt: Prompt | str, variables: Mapping[str, object]) -> str:
        """A free-text answer."""
        ...

    def stream_text(self, prompt: Prompt | str, variables: Mapping[str, object]) -> AsyncIterator[str]:
        """A free-text answer, piece by piece as the model writes it."""
        ...


def get_provider(settings: Settings) -> LLMProvider | None:
    """The configured model, or None for the offline (deterministic, model-free) path."""
    if not settings.llm_base_url:
        return None
    from agents.llm.openai_compat import OpenAICompatibleProvider  # keeps openai off the offline path

    return OpenAICompatibleProvider(settings)


async def with_fallback(
    provider: LLMProvider | None,
    online: Callable[[LLMProvider], Awaitable[T]],
    offline: Callable[[], T],
) -> T:
    """Run ``online`` with the model when there is one, else (or when it fails) ``offline``.

    The offline skill is always correct if less fluent, so a failing endpoint degrades an agent
    rather than stopping it; the failure is logged.
    """
    if provider is None:
        return offline()
    try:
        return await online(provider)
    except ProviderError as exc:
        log.warning("llm failed, using the offline path: %s", exc)
        return offline()
