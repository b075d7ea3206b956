"""The LLM provider: one interface, chosen by settings, and the prompts it renders.

Contract for agents::

    provider = get_provider(settings)        # LLMProvider, or None when no llm_base_url is set
    if provider is None:
        intent = offline_parse(text)         # the agent's own deterministic skill
    else:
        intent = await provider.structured("intent_understand", {"text": text, ...}, Intent)

or, falling back to the offline skill when the endpoint fails::

    intent = await with_fallback(provider, lambda p: p.structured(...), lambda: offline_parse(text))

- ``structured(prompt, variables, Schema)`` → a validated ``Schema`` instance (re-asked once).
- ``tool_calls(prompt, variables, [ToolSpec, ...])`` → ``ToolPlan``: ``calls`` (name + arguments
  validated by each tool's input model) or, when ``done``, the model's ``text``. Stateless: to plan
  the next step, render what the tools returned so far into the variables.
- ``text(...)`` / ``stream_text(...)`` → free text for answers.
- Prompts are files in ``prompts/`` (``load_prompt(name)``); pass a name or a ``Prompt``.
- Every failure is ``nerve.errors.ProviderError``; ``provider.usage`` sums tokens and latency.

There is no "offline provider" object: the offline path is each agent's own deterministic code
(intent parser, NOC router, remediation policy), which knows its domain far better than a generic
stand-in could. ``None`` from ``get_provider`` is the signal to use it.
"""

from agents.llm.prompts import Prompt, Rendered, load_prompt
from agents.llm.provider import LLMProvider, get_provider, with_fallback
from agents.llm.types import ToolCall, ToolPlan, ToolSpec, Usage

__all__ = [
    "LLMProvider",
    "Prompt",
    "Rendered",
    "ToolCall",
    "ToolPlan",
    "ToolSpec",
    "Usage",
    "get_provider",
    "load_prompt",
    "with_fallback",
]
