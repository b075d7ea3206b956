"""The agents the API fronts, started with the API process and injected into the routes.

One slot per service (the subscriber-intent service, the NOC agent, the remediation approvals).
A service that fails to start is recorded with the reason: the routes that need it answer 503
with that reason and /readyz reports it, rather than pretending.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from functools import partial
from typing import Generic, Protocol, TypedDict, TypeVar

from agents.intent.service import IntentService
from agents.noc.service import NocService
from agents.remediation.service import ApprovalService
from nerve.settings import Settings
from tools.views import SharedViews

log = logging.getLogger(__name__)


class Service(Protocol):
    async def start(self) -> None: ...

    async def stop(self) -> None: ...


S = TypeVar("S", bound=Service)


class Unavailable(Exception):
    """A service this route needs is not running in this process (the message says why)."""


class ServiceSlot(Generic[S]):
    """One agents service: the instance when it runs, else why it does not."""

    def __init__(self, name: str, factory: Callable[[Settings], S]) -> None:
        self.name, self.factory = name, factory
        self.instance: S | None = None
        self.reason = "not started"
        self.owned = True  # False: handed in already running by whoever built the app; not ours to stop

    def provide(self, instance: S | None) -> None:
        """Use ``instance`` (already running) instead of starting one; None: run none in this process."""
        self.instance, self.owned = instance, False
        self.reason = "running" if instance is not None else "not run in this process (the app was built without it)"

    def get(self) -> S:
        if self.instance is None:
            raise Unavailable(f"the {self.name} is not available in this API process: {self.reason}")
        return self.instance

    async def start(self, settings: Settings) -> None:
        if not self.owned:
            return
        started = time.monotonic()
        try:
            instance = self.factory(settings)
            await instance.start()
        except Exception:  # a service that cannot start must not take the API down with it
            # The reason reaches API callers (503, /readyz): the exception's text stays in the log.
            self.reason = f"the {self.name} failed to start (the API's log has why)"
            log.exception("%s", self.reason)
            return
        self.instance = instance
        self.reason = "running"
        log.info("%s started in %.1f s", self.name, time.monotonic() - started)

    async def stop(self) -> None:
        if self.owned and self.instance is not None:
            try:
                await self.instance.stop()
            except Exception:
                log.exception("%s did not stop cleanly", self.name)
        self.instance = None
        self.reason = "stopped"


class Provided(TypedDict, total=False):
    """Services handed in already running; None for one not to run at all (absent: the API starts it)."""

    intents: IntentService | None
    noc: NocService | None
    remediation: ApprovalService | None


class Backends:
    """The agents services of this API process."""

    def __init__(self, settings: Settings, shared: SharedViews, provided: Provided | None = None) -> None:
        self.settings = settings
        self.intents = ServiceSlot("subscriber-intent agent", partial(IntentService, shared=shared))
        self.noc = ServiceSlot("NOC agent", partial(NocService, shared=shared))
        self.remediation = ServiceSlot("remediation approvals", partial(ApprovalService, shared=shared))
        provided = provided or {}
        if "intents" in provided:
            self.intents.provide(provided["intents"])
        if "noc" in provided:
            self.noc.provide(provided["noc"])
        if "remediation" in provided:
            self.remediation.provide(provided["remediation"])

    async def start(self) -> None:
        # Each catches up on its own topics: together, the API is back after a restart in the time of the slowest.
        await asyncio.gather(*(slot.start(self.settings) for slot in (self.intents, self.noc, self.remediation)))

    async def stop(self) -> None:
        await self.remediation.stop()
        await self.noc.stop()
        await self.intents.stop()

    def status(self) -> dict[str, str]:
        return {slot.name: slot.reason for slot in (self.intents, self.noc, self.remediation)}
