"""The NOC graph: plan → gather (tool calls) → … → answer, checkpointed per engineer and thread.

With a model, the model plans the tool calls (prompt ``noc_plan``, up to ``MAX_ROUNDS`` rounds)
and writes the answer from the evidence (``noc_answer``), streamed. Offline, the router plans by
question kind and the composer writes the answer from the same evidence. Either way the answer's
ids are checked against the evidence and the estate: an id nothing backs is flagged, not cited.
The nodes are module-level functions of the typed state and of ``NocDeps``, LangGraph's runtime
context (``astream(..., context=deps)``).
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from langgraph.config import get_stream_writer
from langgraph.graph import END, START, StateGraph
from langgraph.runtime import Runtime

from agents.llm.provider import LLMProvider
from agents.noc.compose import citations, compose
from agents.noc.router import Route, follow_ups, route
from agents.noc.state import NocState, ToolCall, Turn, Update
from agents.noc.tools import SPECS, call
from nerve.contracts import now
from nerve.errors import ProviderError
from nerve.estate import Estate
from nerve.ids import INCIDENT_PREFIX
from tools.base import ToolContext, ToolStatus

log = logging.getLogger(__name__)

MAX_ROUNDS = 3
EVIDENCE_CHARS = 12_000  # what the model sees of the evidence
REFERS_BACK = re.compile(r"\b(it|its|that|this|they|them|those)\b", re.IGNORECASE)


@dataclass
class NocDeps:
    """The graph's runtime context."""

    ctx_for: Callable[[str, frozenset[str]], ToolContext]  # (engineer, roles): the engineer calls every tool
    provider: LLMProvider | None


def render_evidence(evidence: list[dict[str, Any]]) -> str:
    """Tool results as quoted data: one JSON object a line, inside an <evidence> block the prompts
    call untrusted. A subscriber's words reach it (an intent's text, an issue report, an audit
    reason): JSON escapes their quotes and line breaks, and ``<`` is escaped so that nothing in
    them can close the block and speak as the prompt."""
    lines = "\n".join(json.dumps(e, default=str)[:4000].replace("<", "\\u003c") for e in evidence)
    return f"<evidence untrusted>\n{lines[:EVIDENCE_CHARS]}\n</evidence>" if lines else "(none yet)"


def describe_network(estate: Estate) -> str:
    """The operator's regions and what its ids look like, so that a model names them right."""
    topo = estate.topology
    lines = [f"- regions: {', '.join(r.id for r in topo.regions)}"]
    for kind, items in (
        ("cells", topo.cells),
        ("sites", topo.sites),
        ("transport links", topo.transport_links),
        ("core functions", topo.core_functions),
        ("partners", topo.partners),
    ):
        if items:
            lines.append(f"- {len(items)} {kind}, with ids such as {', '.join(i.id for i in items[:2])}")
    lines.append(f"- incident ids start with {INCIDENT_PREFIX}")
    return "\n".join(lines)


Deps = Runtime[NocDeps]


def ctx_of(state: NocState, runtime: Deps) -> ToolContext:
    """The engineer's tool context: they call every tool, with their roles."""
    return runtime.context.ctx_for(state.engineer, frozenset(state.roles))


def offline_route(state: NocState, estate: Estate) -> Route:
    question = state.question
    if state.history and REFERS_BACK.search(question):
        # "which subscribers does it affect?": the ids of the previous answer stand in for "it".
        question = f"{question} {' '.join(state.history[-1].citations)}"
    return route(question, estate)


async def plan_node(state: NocState, runtime: Deps) -> Update:
    provider, estate = runtime.context.provider, ctx_of(state, runtime).estate
    if provider is not None:
        try:
            planned = await provider.tool_calls(
                "noc_plan",
                {
                    "now": f"{now():.0f}",
                    "network": describe_network(estate),
                    "engineer": state.engineer,
                    "question": state.question,
                    "evidence": render_evidence(state.evidence),
                },
                list(SPECS.values()),
            )
            pending = [ToolCall(tool=c.name, args=c.arguments.model_dump()) for c in planned.calls]
            return {"kind": "llm", "pending": pending, "rounds": state.rounds + 1}
        except ProviderError as exc:
            log.warning("model planning failed, answering offline: %s", exc)
    r = offline_route(state, estate)
    calls = r.calls if state.rounds == 0 else follow_ups(r, state.evidence)
    return {"kind": r.kind, "pending": [ToolCall(tool=n, args=a) for n, a in calls], "rounds": state.rounds + 1}


async def gather_node(state: NocState, runtime: Deps) -> Update:
    ctx = ctx_of(state, runtime)

    async def one(c: ToolCall) -> dict[str, Any]:
        try:
            return await call(ctx, c.tool, c.args)
        except Exception as exc:  # a tool failing is evidence too: the answer says what is missing
            log.warning("tool %s failed: %s", c.tool, exc)
            failed = ToolStatus.unavailable.value
            return {"tool": c.tool, "args": c.args, "status": failed, "message": str(exc), "data": None}

    found = await asyncio.gather(*(one(c) for c in state.pending))
    return {"evidence": [*state.evidence, *found], "pending": []}


def after_plan(state: NocState) -> Literal["gather", "answer"]:
    return "gather" if state.pending else "answer"


def after_gather(state: NocState) -> Literal["plan", "answer"]:
    return "plan" if state.rounds < MAX_ROUNDS else "answer"


async def answer_node(state: NocState, runtime: Deps) -> Update:
    write = get_stream_writer()
    provider, estate, evidence = runtime.context.provider, ctx_of(state, runtime).estate, state.evidence
    text = ""
    if provider is not None and state.kind == "llm":
        try:
            variables = {"engineer": state.engineer, "question": state.question, "evidence": render_evidence(evidence)}
            async for chunk in provider.stream_text("noc_answer", variables):
                text += chunk
                write(chunk)
        except ProviderError as exc:
            log.warning("model answer failed, composing offline: %s", exc)
            text = ""
    if not text:
        text = compose(offline_route(state, estate).kind, state.question, evidence, estate)
        for line in text.splitlines(keepends=True):
            write(line)
    backed, unbacked = citations(text, evidence, estate)
    if unbacked:
        note = f"\n(Not backed by any data I looked at: {', '.join(unbacked)})"
        text += note
        write(note)
    turn = Turn(question=state.question, answer=text, citations=backed)
    return {"answer": text, "citations": backed, "history": [turn]}


def build_graph() -> StateGraph[NocState, NocDeps, NocState, NocState]:
    g = StateGraph(NocState, context_schema=NocDeps)
    g.add_node("plan", plan_node)
    g.add_node("gather", gather_node)
    g.add_node("answer", answer_node)
    g.add_edge(START, "plan")
    g.add_conditional_edges("plan", after_plan)
    g.add_conditional_edges("gather", after_gather)
    g.add_edge("answer", END)
    return g
