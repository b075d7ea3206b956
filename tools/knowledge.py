"""Knowledge reads: runbooks (by fault, by action, or by meaning) and the incident history."""

from __future__ import annotations

from pydantic import BaseModel, Field

from memory.records import IncidentHit
from memory.runbooks import Runbook
from memory.store import Memory
from nerve.errors import ToolError
from tools.base import ToolContext, ToolResult


def memory_of(ctx: ToolContext) -> Memory:
    memory = ctx.extras.get("memory")
    if not isinstance(memory, Memory):
        raise RuntimeError("the caller must put a started Memory in ctx.extras['memory']")
    return memory


class RunbookQuery(BaseModel):
    """A runbook by fault kind (e.g. cell_congestion), by action (e.g. reroute_transport), or by text."""

    fault: str | None = None
    action: str | None = None
    text: str | None = Field(None, description="what is happening, when the fault kind is not known")


class SimilarQuery(BaseModel):
    """Past incidents closest in meaning to a description."""

    text: str
    k: int = Field(3, ge=1, le=10)


async def get_runbook(ctx: ToolContext, params: RunbookQuery) -> ToolResult[Runbook]:
    """The runbook: symptoms, checks, actions in order, risks and how to verify recovery."""
    memory = memory_of(ctx)
    try:
        if params.fault:
            return ToolResult.ok(memory.runbook_for_fault(params.fault))
        if params.action:
            return ToolResult.ok(memory.runbook_for_action(params.action))
    except ToolError as exc:
        return ToolResult.error(str(exc))
    if params.text:
        hits = await memory.search_runbooks(params.text, k=1)
        return ToolResult.ok(hits[0].runbook) if hits else ToolResult.no_data("no runbook matches")
    return ToolResult.error("give a fault kind, an action or a description")


async def similar_incidents(ctx: ToolContext, params: SimilarQuery) -> ToolResult[list[IncidentHit]]:
    """Closed incidents like this one: root cause, what was done, whether it worked."""
    hits = await memory_of(ctx).similar_incidents(params.text, params.k)
    return ToolResult.ok(hits) if hits else ToolResult.no_data("no similar incidents in memory")
