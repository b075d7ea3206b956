"""Current state published by the BSS/OSS/partner systems (compacted by subscriber), and the
consumer-side record of applied commands (compacted by consumer and command id)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from nerve.contracts.base import Message
from nerve.contracts.commands import CommandResult


class Charge(BaseModel):
    model_config = ConfigDict(extra="forbid")
    offer: str
    amount: Decimal
    currency: str
    period: Literal["monthly", "weekly", "daily", "one_off"]
    kind: Literal["recurring", "one_off", "refund"]
    command_id: str
    at: float


class SubscriberState(Message):
    """One system's view of one subscriber: what it has active, charged or attested."""

    system: Literal["activation", "partner", "billing", "compliance", "line_control"]
    subscriber: str
    plan: str | None = None  # activation only
    services: list[str] = []  # active offer ids in this system
    network: dict[str, Any] = {}  # activation: applied network profile per offer
    charges: list[Charge] = []  # billing: active recurring charges, one-offs and refunds
    attestations: list[str] = []  # compliance: e.g. "consent:<offer id>"
    controls: list[str] = []  # line_control: fraud responses in force (bar_premium, block_number:+…)
    held_by: dict[str, list[str]] = {}  # line_control: the fraud cases each control is in force for
    updated_at: float


class AppliedCommand(Message):
    """Written by a consumer once it has applied a command, so a redelivery is answered, not re-applied."""

    consumer: str
    command_id: str
    result: CommandResult


def state_key(system: str, subscriber: str) -> str:
    """The key of a system's state of one subscriber on ``bss.subscriber.state`` (compacted)."""
    return f"{system}/{subscriber}"
