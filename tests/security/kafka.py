"""What reached Kafka: the security tests assert on the topics, not only on the HTTP answer."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import AuditRecord, Command
from tests.api.stack import Stack


def audit(stack: Stack) -> list[AuditRecord]:
    """Every audit record of the stack's prefix, as of now."""
    return [r for r in _snapshot(stack, t.AUDIT) if isinstance(r, AuditRecord)]


def ops_commands(stack: Stack) -> list[Command]:
    return [r for r in _snapshot(stack, t.OPS_COMMANDS) if isinstance(r, Command)]


def order_commands(stack: Stack, intent_id: str) -> list[Command]:
    """The commands any subscriber system got for ``intent_id`` (activation, billing, ...)."""
    systems = (t.COMPLIANCE_COMMANDS, t.ACTIVATION_COMMANDS, t.BILLING_COMMANDS, t.PARTNER_COMMANDS)
    found = [r for topic in systems for r in _snapshot(stack, topic)]
    return [r for r in found if isinstance(r, Command) and r.correlation_id == intent_id]


def wait_for_audit(stack: Stack, found: Callable[[AuditRecord], bool], timeout_s: float = 60.0) -> AuditRecord:
    """The first audit record ``found`` accepts, waiting for it to be written."""
    deadline = time.monotonic() + timeout_s
    while True:
        hits = [r for r in audit(stack) if found(r)]
        if hits:
            return hits[0]
        assert time.monotonic() < deadline, "the audit record never came"
        time.sleep(0.5)


def _snapshot(stack: Stack, topic: t.Topic) -> list[object]:
    async def read() -> list[object]:
        # No start(): a snapshot opens its own consumer, and nothing here publishes.
        return [r.value for r in await Bus(stack.settings, client_id="security-tests").snapshot(topic)]

    return asyncio.run(read())
