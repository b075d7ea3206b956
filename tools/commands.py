"""Publishing commands: one path for every write tool (BSS, partner, remediation).

The command id is derived from the correlation id (order or incident) and the step, so a retry or a
graph resumed after a crash publishes the same id and the consumer applies it once.
"""

from __future__ import annotations

import logging

from nerve.audit import audit
from nerve.contracts import Approval, Command, CommandType, Payload, now
from nerve.migration import command_topic
from tools.base import ToolContext

log = logging.getLogger(__name__)


def command_id(correlation_id: str, step: str) -> str:
    return f"{correlation_id}/{step}"


async def publish_command(
    ctx: ToolContext,
    *,
    type: CommandType,
    target: str,
    payload: Payload,
    correlation_id: str,
    step: str,
    approval: Approval | None = None,
) -> Command:
    """Publish a command on its system's topic and audit it. Callers authorise before calling.

    Activations go to the side the estate's migration table names (``nerve/migration.py``); the
    caller waits for the result the same way whichever side serves it."""
    command = Command(
        command_id=command_id(correlation_id, step),
        type=type,
        target=target,
        payload=payload,
        issued_by=ctx.caller.actor,
        correlation_id=correlation_id,
        approval=approval,
        issued_at=now(),
    )
    topic = command_topic(ctx.estate, type, payload)
    await ctx.bus.publish(topic, command, key=target)
    await audit(
        ctx.bus,
        ctx.caller.actor,
        "command.published",
        target,
        correlation_id=correlation_id,
        outcome=type,
        detail={"command_id": command.command_id, "topic": topic.name, "payload": payload.model_dump(mode="json")},
    )
    return command
