"""Per-system subscriber state on the compacted SUBSCRIBER_STATE topic, and how others read it back.

Message shape (stable; ``nerve.contracts.SubscriberState``), key ``f"{system}/{subscriber}"``:

- activation: ``plan`` (the current plan), ``services`` (active non-plan offers, in activation
  order), ``network`` = offer id → applied profile: the offer's ``fulfilment.network`` plus what
  the network assigned (``ip`` for a static IP, ``valid_until`` epoch seconds for passes and
  slices with ``validity_days``, ``quota_gb`` summed over repeated data add-ons) and the
  ``command_id`` that last applied it (absent for seeds). The plan's own profile is under the
  plan's id.
- partner: ``services`` = offers provisioned at their partner.
- billing: ``charges`` = active recurring charges (kind "recurring", removed on billing.stop),
  plus every one-off charge ("one_off") and refund ("refund") ever made; all at catalog prices.
- compliance: ``attestations`` = ``"<label>:<offer>"`` with label consent, age, kyc or
  ``residency-<REGION>`` (e.g. ``consent:<offer>``, ``residency-EU:<offer>``).

A new record is published after every change; seeds from the estate are published once, when a
system starts and finds no state for a subscriber.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping

from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import Message, SubscriberState
from nerve.contracts.state import state_key

log = logging.getLogger(__name__)

SYSTEMS = ("activation", "partner", "billing", "compliance")


class StateStore:
    """One system's current view of every subscriber, mirrored to SUBSCRIBER_STATE."""

    def __init__(self, bus: Bus, system: str) -> None:
        self.bus = bus
        self.system = system
        self._states: dict[str, SubscriberState] = {}

    def restore(self, latest: Mapping[str, Message]) -> int:
        """Take this system's records from a snapshot of the topic; return how many."""
        for value in latest.values():
            if isinstance(value, SubscriberState) and value.system == self.system:
                self._states[value.subscriber] = value
        return len(self._states)

    def get(self, subscriber: str) -> SubscriberState | None:
        return self._states.get(subscriber)

    def has(self, subscriber: str) -> bool:
        return subscriber in self._states

    async def put(self, state: SubscriberState) -> None:
        """Publish first: memory only moves on once Kafka holds the new state."""
        await self.bus.publish(t.SUBSCRIBER_STATE, state, key=state_key(self.system, state.subscriber))
        self._states[state.subscriber] = state


async def read_all_subscriber_states(bus: Bus) -> dict[str, dict[str, SubscriberState]]:
    """subscriber → system → current state, for every subscriber any system has published."""
    out: dict[str, dict[str, SubscriberState]] = {}
    for value in (await bus.latest(t.SUBSCRIBER_STATE)).values():
        if isinstance(value, SubscriberState):
            out.setdefault(value.subscriber, {})[value.system] = value
    return out


async def read_subscriber_state(bus: Bus, subscriber: str) -> dict[str, SubscriberState]:
    """system → current state of one subscriber ({} if the systems have never run for this prefix)."""
    return (await read_all_subscriber_states(bus)).get(subscriber, {})
