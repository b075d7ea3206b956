"""How far the capture of the legacy database is behind: the connector's and its tasks' states as
Kafka Connect reports them, and how long the oldest change of the legacy tables the connector has
not captured yet (newer than its committed source offset) has waited, in seconds."""

from __future__ import annotations

from pydantic import BaseModel

from legacy import store
from legacy.connect import LocalConnect, connector_name
from nerve.errors import ConfigError
from nerve.settings import Settings


class CaptureLag(BaseModel):
    connector: str
    state: str  # the connector's state, then its tasks' ("RUNNING/RUNNING"), or why there is none
    captured_until: float | None  # the newest captured change's commit time (None: nothing captured yet)
    behind_s: float | None  # how long the oldest change not captured yet has waited (0: caught up)


def capture_lag(settings: Settings) -> CaptureLag:
    """The capture's lag now (blocking: Connect's REST API and the legacy database)."""
    name = connector_name(settings)
    worker = LocalConnect(settings)
    try:
        status = worker.status()
        captured = worker.captured_until()
    except ConfigError:
        return CaptureLag(connector=name, state="Kafka Connect does not answer", captured_until=None, behind_s=None)
    states = [status.get("connector", {}).get("state", "absent"), *(x.get("state") for x in status.get("tasks", []))]
    behind = None
    if captured is not None:
        try:
            with store.connect(settings) as conn:
                behind = round(store.waiting_since(conn, captured), 1)
        except ConfigError:
            pass  # the database is down: nothing to say about the capture's lag
    return CaptureLag(connector=name, state="/".join(map(str, states)), captured_until=captured, behind_s=behind)
