"""The NOC agent's toolset: read tools over the live network and knowledge, plus one proposal tool."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from pydantic import BaseModel

from agents.llm.types import ToolSpec
from tools.audit_trail import read_audit
from tools.base import ToolContext, ToolResult
from tools.fraud import fraud_cases
from tools.knowledge import get_runbook, similar_incidents
from tools.network import affected_subscribers, get_entity, get_incident, get_topology, list_anomalies, list_incidents
from tools.remediation import propose_remediation
from tools.usage import billing_lag, mediation_lag

Tool = Callable[[ToolContext, Any], Awaitable[ToolResult[Any]]]

TOOLS: dict[str, Tool] = {
    fn.__name__: fn
    for fn in (
        list_incidents,
        get_incident,
        get_entity,
        get_topology,
        list_anomalies,
        affected_subscribers,
        read_audit,
        get_runbook,
        similar_incidents,
        propose_remediation,
        mediation_lag,
        billing_lag,
        fraud_cases,
    )
}
SPECS: dict[str, ToolSpec] = {name: ToolSpec.from_function(fn) for name, fn in TOOLS.items()}


async def call(ctx: ToolContext, name: str, args: BaseModel | dict[str, Any]) -> dict[str, Any]:
    """Run one tool and return its evidence record (tool, args, status, message, data as JSON)."""
    spec = SPECS[name]
    params = args if isinstance(args, spec.params) else spec.params.model_validate(args)
    result = await TOOLS[name](ctx, params)
    return {
        "tool": name,
        "args": params.model_dump(exclude_none=True),
        "status": result.status.value,
        "message": result.message,
        "data": result.model_dump(mode="json")["data"],
    }
