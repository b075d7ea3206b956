"""Knowledge reads: runbooks (by fault, by action, or by meaning) and the incident history."""

from __future__ import annotations

from pydantic import BaseModel, Field

from memory.records import IncidentHit
from memory.runbooks import Runbook
from nerve.errors import ToolError
from tools.base import ToolContext, ToolResult

NO_MEMORY = "no memory (runbooks, incident history) in this context"


class RunbookQuery(BaseModel):
    """A runbook by fault kind (e.g. cell_congestion), by action (e.g. reroute_transport), by fraud
    kind (e.g. irsf), or by text."""

    fault: str | None = None
    action: str | None = None
    fraud: str | None = Field(None, description="a fraud kind: how it is answered, least harmful response first")
    text: str | None = Field(None, description="what is happening, when the fault kind is not known")


class SimilarQuery(BaseModel):
    """Past incidents closest in meaning to a description."""

    text: str
    k: int = Field(3, ge=1, le=10)


async def get_runbook(ctx: ToolContext, params: RunbookQuery) -> ToolResult[Runbook]:
    """The runbook: symptoms, checks, actions in order, risks and how to verify recovery."""
    if (memory := ctx.memory) is None:
        return ToolResult.unavailable(NO_MEMORY)
    try:
        if params.fault:
            return ToolResult.ok(memory.runbook_for_fault(params.fault))
        if params.action:
            return ToolResult.ok(memory.runbook_for_action(params.action))
        if params.fraud:
            return ToolResult.ok(memory.runbook_for_fraud(params.fraud))
    except ToolError as exc:
        return ToolResult.invalid(str(exc))
    if params.text:
        hits = await memory.search_runbooks(params.text, k=1)
        return ToolResult.ok(hits[0].runbook) if hits else ToolResult.not_found("no runbook matches")
    return ToolResult.invalid("give a fault kind, an action, a fraud kind or a description")


async def similar_incidents(ctx: ToolContext, params: SimilarQuery) -> ToolResult[list[IncidentHit]]:
    """Closed incidents like this one: root cause, what was done, whether it worked."""
    if ctx.memory is None:
        return ToolResult.unavailable(NO_MEMORY)
    hits = await ctx.memory.similar_incidents(params.text, params.k)
    return ToolResult.ok(hits) if hits else ToolResult.not_found("no similar incidents in memory")
