"""The agents the API fronts, behind thin adapters, loaded into the API process at start-up.

Each adapter wraps one service of the agents packages (the subscriber-intent service, the NOC
agent, the remediation approvals) and turns what it returns into plain dicts the routers shape
into API schemas. A service whose package is missing or fails to start is recorded with the
reason: its routes answer 503 with that reason and /readyz reports it, rather than pretending.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import logging
from collections.abc import AsyncIterator
from typing import Any

from pydantic import BaseModel

from nerve.settings import Settings
from tools.base import Caller

log = logging.getLogger(__name__)


def as_dict(value: Any) -> dict[str, Any]:
    """A plain JSON-able dict from a pydantic model, a dataclass or a mapping."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, dict):
        return dict(value)
    raise TypeError(f"cannot read a {type(value).__name__} as a record")


async def _maybe_await(value: Any) -> Any:
    return await value if inspect.isawaitable(value) else value


class Unavailable(Exception):
    """A service this route needs is not running in this process (the message says why)."""


class ServiceSlot:
    """One agents service: the instance when it runs, else why it does not."""

    def __init__(self, name: str, module: str, cls: str) -> None:
        self.name, self.module, self.cls = name, module, cls
        self.instance: Any = None
        self.reason = "not started"
        self.owned = True  # False: handed in already running by whoever built the app; not ours to stop

    def provide(self, instance: Any | None) -> None:
        """Use ``instance`` (already running) instead of starting one; None: run none in this process."""
        self.instance, self.owned = instance, False
        self.reason = "running" if instance is not None else "not run in this process (the app was built without it)"

    def get(self) -> Any:
        if self.instance is None:
            raise Unavailable(f"the {self.name} is not available in this API process: {self.reason}")
        return self.instance

    async def start(self, *args: Any) -> None:
        if not self.owned:
            return
        try:
            factory = getattr(importlib.import_module(self.module), self.cls)
        except (ImportError, AttributeError) as exc:
            # The reason reaches API callers (503, /readyz): the exception's text stays in the log.
            self.reason = f"{self.module}.{self.cls} is not installed"
            log.warning("%s: %s", self.reason, exc)
            return
        try:
            instance = factory(*args)
            if hasattr(instance, "start"):
                await _maybe_await(instance.start())
        except Exception:  # a service that cannot start must not take the API down with it
            self.reason = f"{self.cls} failed to start (the API's log has why)"
            log.exception("%s", self.reason)
            return
        self.instance = instance
        self.reason = "running"

    async def stop(self) -> None:
        if self.owned and self.instance is not None and hasattr(self.instance, "stop"):
            try:
                await _maybe_await(self.instance.stop())
            except Exception:
                log.exception("%s did not stop cleanly", self.name)
        self.instance = None
        self.reason = "stopped"


class Backends:
    """The agents services of this API process."""

    def __init__(self, settings: Settings, provided: dict[str, Any] | None = None) -> None:
        self.settings = settings
        self.intents = ServiceSlot("subscriber-intent agent", "agents.intent.service", "IntentService")
        self.noc = ServiceSlot("NOC agent", "agents.noc.service", "NocService")
        self.remediation = ServiceSlot("remediation approvals", "agents.remediation.service", "ApprovalService")
        self.slots = (self.intents, self.noc, self.remediation)
        for key, instance in (provided or {}).items():
            getattr(self, key).provide(instance)

    async def start(self) -> None:
        for slot in self.slots:
            await slot.start(self.settings)

    async def stop(self) -> None:
        for slot in reversed(self.slots):
            await slot.stop()

    def status(self) -> dict[str, str]:
        return {slot.name: slot.reason for slot in self.slots}

    # -- subscriber intents --------------------------------------------------------------------
    async def submit_intent(
        self, caller: Caller, subscriber: str, *, text: str | None, structured: dict[str, Any] | None
    ) -> dict[str, Any]:
        view = await self.intents.get().submit(caller, subscriber, text=text, structured=structured)
        return as_dict(view)

    async def confirm_intent(self, caller: Caller, intent_id: str, accept: bool) -> dict[str, Any]:
        return as_dict(await self.intents.get().confirm(caller, intent_id, accept))

    async def cancel_intent(self, caller: Caller, intent_id: str) -> dict[str, Any]:
        return as_dict(await self.intents.get().cancel(caller, intent_id))

    async def get_intent(self, intent_id: str) -> dict[str, Any] | None:
        view = await _maybe_await(self.intents.get().get(intent_id))
        return None if view is None else as_dict(view)

    async def intent_reports(self, intent_id: str) -> list[dict[str, Any]]:
        return [as_dict(r) for r in await _maybe_await(self.intents.get().reports(intent_id))]

    async def orders(self, subscriber: str) -> list[dict[str, Any]]:
        return [as_dict(o) for o in await _maybe_await(self.intents.get().orders(subscriber))]

    async def services(self, caller: Caller, subscriber: str) -> dict[str, Any]:
        """The plan and active services (``{"plan": line, "services": [line, ...], ...}``)."""
        return as_dict(await self.intents.get().services(caller, subscriber))

    # -- NOC -----------------------------------------------------------------------------------
    async def ask(
        self, engineer: str, roles: frozenset[str], thread_id: str, question: str
    ) -> AsyncIterator[dict[str, Any]]:
        """The NOC agent's answer as it is written: ``{"text": chunk}`` parts, then ``{"citations": [...]}``.

        ``roles`` are the engineer's as authenticated: the agent's tools allow what they allow."""
        async for part in self.noc.get().ask(engineer, thread_id, question, roles=roles):
            if isinstance(part, str):
                yield {"text": part}
            else:
                yield as_dict(part)

    async def pending_approvals(self) -> list[dict[str, Any]]:
        return [as_dict(p) for p in await _maybe_await(self.remediation.get().pending_approvals())]

    async def approve(self, approval_id: str, person: str, note: str) -> dict[str, Any]:
        return as_dict(await _maybe_await(self.remediation.get().approve(approval_id, person, note)))

    async def deny(self, approval_id: str, person: str, reason: str) -> dict[str, Any]:
        return as_dict(await _maybe_await(self.remediation.get().deny(approval_id, person, reason)))
