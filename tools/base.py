"""What every tool shares: the typed context it runs in and the result it returns.

A tool is an async function ``(ctx: ToolContext, params: SomeInput) -> ToolResult[SomeOutput]``
whose docstring is its description for a model. Results carry a status the caller (a graph or a
model) can act on without reading the message (see ``ToolStatus``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Generic, Self, TypeVar

from pydantic import BaseModel

from nerve.bus import Bus
from nerve.contracts import Actor
from nerve.estate import Estate
from nerve.settings import Settings

if TYPE_CHECKING:  # the views import this module for ToolContext and ToolResult
    from memory.store import Memory
    from nerve.results import ResultWatcher
    from tools.ops_view import OpsView
    from tools.subscriber import SubscriberStateView
    from tools.usage import UsageView

T = TypeVar("T")


class ToolStatus(StrEnum):
    ok = "ok"
    not_found = "not_found"  # nothing matches: an answer, not a failure
    not_permitted = "not_permitted"  # the caller may not do or see this
    invalid = "invalid"  # the request names what does not exist or cannot be: the message says what to change
    unavailable = "unavailable"  # what the tool needs is not there: this context lacks it
    approval_required = "approval_required"  # accepted, and waiting for a person


FAILED = frozenset({ToolStatus.not_permitted, ToolStatus.invalid, ToolStatus.unavailable})


class ToolResult(BaseModel, Generic[T]):
    status: ToolStatus
    data: T | None = None
    message: str = ""

    @classmethod
    def ok(cls, data: T, message: str = "") -> Self:
        return cls(status=ToolStatus.ok, data=data, message=message)

    @classmethod
    def not_found(cls, message: str) -> Self:
        return cls(status=ToolStatus.not_found, message=message)

    @classmethod
    def not_permitted(cls, message: str) -> Self:
        return cls(status=ToolStatus.not_permitted, message=message)

    @classmethod
    def invalid(cls, message: str) -> Self:
        return cls(status=ToolStatus.invalid, message=message)

    @classmethod
    def unavailable(cls, message: str) -> Self:
        return cls(status=ToolStatus.unavailable, message=message)

    @classmethod
    def approval_required(cls, message: str, data: T | None = None) -> Self:
        return cls(status=ToolStatus.approval_required, data=data, message=message)

    @property
    def succeeded(self) -> bool:
        return self.status is ToolStatus.ok

    @property
    def failed(self) -> bool:
        return self.status in FAILED


Role = str  # subscriber | app | viewer | operator | approver | agent


@dataclass(frozen=True)
class Caller:
    """Who is asking: the actor recorded on commands and audit, and what it may act on."""

    actor: Actor
    roles: frozenset[Role] = frozenset()
    subscriber: str | None = None  # a subscriber (or app) key acts for this account only

    def may_act_for(self, subscriber: str) -> bool:
        return self.subscriber is None or self.subscriber == subscriber


@dataclass(frozen=True)
class ToolContext:
    """Dependencies a tool needs, passed explicitly (never globals). The views are optional: a
    tool whose view this context lacks answers ``unavailable``."""

    settings: Settings
    bus: Bus
    estate: Estate
    caller: Caller
    ops: OpsView | None = None  # the live network: the network tools
    memory: Memory | None = None  # runbooks and incident history: the knowledge tools
    subscriber_state: SubscriberStateView | None = None  # the BSS systems' state (else the estate's start)
    results: ResultWatcher | None = None  # command results: the order tools' preconditions
    usage: UsageView | None = None  # usage and what rating made of it: the usage tools
