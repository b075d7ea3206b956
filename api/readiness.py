"""/readyz's answer: Kafka reachable, the agents running, the stream layer publishing.

Worked out at most once per ``CACHE_S`` however many ask at once: /readyz needs no login, and each
check of Kafka opens a connection to the broker. The answer names what is wrong, never an
exception's text (the log has that).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from typing import TYPE_CHECKING

from aiokafka.errors import KafkaError

from api.schemas import ReadinessPublic
from nerve import topics as t
from nerve.errors import TopicError
from nerve.kafka_acl import FRAUD_APP, FRAUD_RESPONDER_GROUP
from nerve.kafka_auth import Principal
from nerve.migration import migration_now
from nerve.settings import Settings

if TYPE_CHECKING:  # the state holds a Readiness
    from api.state import AppState

log = logging.getLogger(__name__)

CACHE_S = 2.0
STREAM_SILENCE_S = 30.0
# Parts that read in a consumer group of their own, checked by the group's members, for an operator
# whose estate has fraud.yaml: (check, group).
FRAUD_PARTS = (("fraud detection", FRAUD_APP), ("fraud responder", FRAUD_RESPONDER_GROUP))


class Readiness:
    def __init__(self) -> None:
        self._lock = asyncio.Lock()
        self._answer: ReadinessPublic | None = None
        self._at = 0.0

    async def get(self, state: AppState) -> ReadinessPublic:
        """The current answer; callers arriving while it is worked out wait for it and share it."""
        async with self._lock:
            if self._answer is None or time.monotonic() - self._at > CACHE_S:
                self._answer = await check(state)
                self._at = time.monotonic()
            return self._answer


async def check(state: AppState) -> ReadinessPublic:
    checks = {"kafka": await _kafka(state)}
    for name, reason in state.backends.status().items():
        checks[name] = "ok" if reason == "running" else reason
    feed = state.feed
    checks["live feed"] = "ok" if feed.running and feed.error is None else "not reading Kafka; retrying"
    # The stream workers publish every entity's context each few seconds: silence means they are down
    # (or nothing feeds them telemetry).
    seen = feed.last_assurance_at
    if seen is not None and time.time() - seen < STREAM_SILENCE_S:
        checks["stream layer"] = "ok"
    else:
        checks["stream layer"] = f"no assurance context published in the last {STREAM_SILENCE_S:.0f} s"
    if state.estate.fraud is not None:
        checks |= await group_checks(state.settings, state.bus.principal, FRAUD_PARTS)
    if migration_now(state.estate).uses_legacy():  # orders wait on the legacy bridge
        checks["legacy connector"] = await asyncio.to_thread(_connector, state)
    return ReadinessPublic(ready=all(v == "ok" for v in checks.values()), checks=checks)


def _connector(state: AppState) -> str:
    """The Debezium connector's state as Kafka Connect reports it (a blocking REST call: in a thread)."""
    from legacy.connect import LocalConnect
    from nerve.errors import ConfigError

    try:
        status = LocalConnect(state.settings).status()
    except ConfigError:
        return "Kafka Connect does not answer"
    states = [status.get("connector", {}).get("state", "absent"), *(x.get("state") for x in status.get("tasks", []))]
    if status.get("tasks") and all(x == "RUNNING" for x in states):
        return "ok"
    return f"connector {'/'.join(map(str, states))}"


async def _kafka(state: AppState) -> str:
    consumer = state.bus.consumer(group_id=None, request_timeout_ms=3000)
    try:
        await consumer.start()
        await state.bus.partitions(consumer, t.AUDIT)
        return "ok"
    except Exception as exc:  # any failure here means "not ready"
        log.warning("readiness: Kafka unreachable: %s: %s", type(exc).__name__, exc)
        return "unreachable"
    finally:
        with contextlib.suppress(KafkaError):
            await consumer.stop()


async def group_checks(
    settings: Settings, principal: Principal | None, parts: tuple[tuple[str, str], ...]
) -> dict[str, str]:
    """Each part "ok" when its consumer group is stable with a member, else what is wrong."""
    try:
        found = await t.group_states(settings, [group for _, group in parts], principal)
    except TopicError as exc:
        log.warning("readiness: %s", exc)
        return {name: "unknown: its consumer group could not be described" for name, _ in parts}
    checks = {}
    for name, group in parts:
        group_state, members = found[group]
        running = group_state == "Stable" and members > 0
        prefixed = f"{settings.topic_prefix}{group}"
        checks[name] = "ok" if running else f"not running: consumer group {prefixed} is {group_state.lower()}"
    return checks
