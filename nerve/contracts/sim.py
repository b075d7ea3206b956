"""The estate twin's control plane and ground truth (not part of the operator's own system)."""

from __future__ import annotations

from typing import Any, Literal

from nerve.contracts.base import Message


class FaultInjection(Message):
    """Asks a running twin to start (or clear) a fault."""

    fault_id: str
    op: Literal["inject", "clear"] = "inject"
    kind: str
    target: str
    params: dict[str, Any] = {}
    at: float


class FaultTruth(Message):
    """What the twin knows of a fault: the ground truth the scenario scoring reads."""

    fault_id: str
    kind: str
    target: str
    params: dict[str, Any] = {}
    start: float
    impact: float | None
    affected: list[str]
    cleared_at: float | None = None
    cleared_by: str | None = None  # the action that cleared it, "duration" or None
