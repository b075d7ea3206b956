"""What the four simulated systems share: command validation, results, state seeding.

A system checks the envelope (right topic, payload kind, subscriber, offer) the same way for
every command, then applies its own logic. Anything it refuses is raised as ``Refused`` and
becomes a failed or rejected result; nothing changes in that case.
"""

from __future__ import annotations

import asyncio
import logging
import random
from abc import ABC, abstractmethod
from typing import Any, ClassVar, Generic, Literal, TypeVar

from pydantic import BaseModel

from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import Command, CommandResult, CommandType, SubscriberState, now
from nerve.errors import NerveError
from nerve.estate import Estate, Offer, Subscriber
from simulators.bss.config import BssConfig
from simulators.bss.state import StateStore

log = logging.getLogger(__name__)

P = TypeVar("P", bound=BaseModel)
Status = Literal["succeeded", "failed", "rejected"]


class Refused(NerveError):
    """A command this system will not (rejected) or could not (failed) carry out."""

    def __init__(self, status: Literal["failed", "rejected"], reason: str, **detail: Any) -> None:
        self.status, self.reason, self.detail = status, reason, detail
        super().__init__(f"{status}: {reason}")


class BssSystem(ABC, Generic[P]):
    name: ClassVar[str]
    topic: ClassVar[t.Topic]
    handles: ClassVar[frozenset[CommandType]]
    payload_type: type[P]

    def __init__(self, bus: Bus, estate: Estate, config: BssConfig) -> None:
        self.bus = bus
        self.estate = estate
        self.config = config
        self.store = StateStore(bus, self.name)

    # -- state ------------------------------------------------------------------------------
    @abstractmethod
    def seed(self, subscriber: Subscriber) -> SubscriberState:
        """This system's state for a subscriber as the estate file describes them."""

    async def seed_missing(self) -> int:
        """Publish seeds for estate subscribers this system has no state for (first start only)."""
        missing = [s for s in self.estate.subscribers if not self.store.has(s.id)]
        await asyncio.gather(*(self.store.put(self.seed(s)) for s in missing))
        if missing:
            log.info("%s: seeded %d subscribers from the estate", self.name, len(missing))
        return len(missing)

    def current(self, subscriber: str) -> SubscriberState:
        state = self.store.get(subscriber)
        return state if state is not None else self.seed(self.estate.subscriber[subscriber])

    def empty(self, subscriber: str) -> SubscriberState:
        return SubscriberState(system=self.name, subscriber=subscriber, updated_at=now())

    # -- commands ---------------------------------------------------------------------------
    def delay(self, rng: random.Random) -> float:
        return self.config.delay(self.name, rng)

    async def handle(self, command: Command, rng: random.Random) -> CommandResult:
        """Validate, apply and answer; never raises for a bad command."""
        try:
            payload, subscriber, offer = self.check(command)
            detail = await self.apply(command, payload, subscriber, offer, rng)
        except Refused as refused:
            log.info("%s: %s %s %s: %s", self.name, command.type, command.command_id, refused.status, refused.reason)
            return self.result(command, refused.status, refused.reason, refused.detail)
        log.info("%s: %s %s succeeded for %s", self.name, command.type, command.command_id, command.target)
        return self.result(command, "succeeded", None, detail)

    def check(self, command: Command) -> tuple[P, Subscriber, Offer]:
        if command.type not in self.handles:
            raise Refused("rejected", "wrong_system", expected=sorted(self.handles))
        payload = command.payload
        if not isinstance(payload, self.payload_type):
            raise Refused("rejected", "malformed_command", problem=f"{command.type} needs a {self.name} payload")
        subscriber_id: str = getattr(payload, "subscriber", "")
        if subscriber_id != command.target:
            raise Refused("rejected", "target_mismatch", target=command.target, payload_subscriber=subscriber_id)
        subscriber = self.estate.subscriber.get(subscriber_id)
        if subscriber is None:
            raise Refused("rejected", "unknown_subscriber", subscriber=subscriber_id)
        offer_id: str = getattr(payload, "offer", "")
        offer = self.estate.catalog.by_id.get(offer_id)
        if offer is None:
            raise Refused("rejected", "unknown_offer", offer=offer_id)
        return payload, subscriber, offer

    @abstractmethod
    async def apply(
        self, command: Command, payload: P, subscriber: Subscriber, offer: Offer, rng: random.Random
    ) -> dict[str, Any]:
        """Carry the command out (publishing the new state) and return the result's detail."""

    def result(self, command: Command, status: Status, reason: str | None, detail: dict[str, Any]) -> CommandResult:
        return CommandResult(
            command_id=command.command_id,
            type=command.type,
            status=status,
            reason=reason,
            correlation_id=command.correlation_id,
            target=command.target,
            system=self.name,
            detail=detail,
            completed_at=now(),
        )
