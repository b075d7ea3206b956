"""What every tool shares: the typed context it runs in and the result it returns.

A tool is an async function ``(ctx: ToolContext, params: SomeInput) -> ToolResult[SomeOutput]``
whose docstring is its description for a model. Results carry a status the caller (a graph or a
model) can act on: ``success``; ``error`` with a message saying what to change; ``no_data``;
``approval_required`` when the action must wait for a person.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, Self, TypeVar

from pydantic import BaseModel

from nerve.bus import Bus
from nerve.contracts import Actor
from nerve.estate import Estate
from nerve.settings import Settings

T = TypeVar("T")


class ToolStatus(StrEnum):
    success = "success"
    error = "error"
    no_data = "no_data"
    approval_required = "approval_required"


class ToolResult(BaseModel, Generic[T]):
    status: ToolStatus
    data: T | None = None
    message: str = ""

    @classmethod
    def ok(cls, data: T, message: str = "") -> Self:
        return cls(status=ToolStatus.success, data=data, message=message)

    @classmethod
    def error(cls, message: str) -> Self:
        return cls(status=ToolStatus.error, message=message)

    @classmethod
    def no_data(cls, message: str) -> Self:
        return cls(status=ToolStatus.no_data, message=message)

    @classmethod
    def approval_required(cls, message: str, data: T | None = None) -> Self:
        return cls(status=ToolStatus.approval_required, data=data, message=message)

    @property
    def succeeded(self) -> bool:
        return self.status is ToolStatus.success


Role = str  # subscriber | app | viewer | operator | approver | agent


@dataclass(frozen=True)
class Caller:
    """Who is asking: the actor recorded on commands and audit, and what it may act on."""

    actor: Actor
    roles: frozenset[Role] = frozenset()
    subscriber: str | None = None  # a subscriber (or app) key acts for this account only

    def may_act_for(self, subscriber: str) -> bool:
        return self.subscriber is None or self.subscriber == subscriber


@dataclass
class ToolContext:
    """Dependencies a tool needs, passed explicitly (never globals)."""

    settings: Settings
    bus: Bus
    estate: Estate
    caller: Caller
    extras: dict[str, object] = field(default_factory=dict)  # optional views: assurance, memory, ...
