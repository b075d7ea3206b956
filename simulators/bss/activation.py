"""Network activation: applies each offer's ``fulfilment.network`` for a subscriber.

activation.activate: a plan replaces the current plan (plan swap); any other offer is added with
its profile (QoS profile, quota, roaming zone with validity, static IP, slice, zero rating).
Buying a repeatable offer again (one-off, daily, weekly) adds its quota or extends its validity;
a monthly offer that is already active is rejected ``already_active``.
activation.deactivate removes a non-plan offer; a plan cannot be deactivated (``not_permitted``:
activate another plan instead, which is also how a plan swap is compensated).
The payload's ``network`` must equal the catalog's ``fulfilment.network`` (``network_mismatch``).
At ``activation_failure_rate`` an activation fails with reason ``network_error`` (deactivations,
used for compensation, do not fail at random).
"""

from __future__ import annotations

import random
import zlib
from typing import Any

from nerve import topics as t
from nerve.contracts import ActivationPayload, Command, SubscriberState, now
from nerve.estate import Catalog, Offer, Subscriber
from simulators.bss.base import BssSystem, Refused

DAY_S = 86_400.0
NETWORK_ELEMENTS = ("pcf", "udm", "smf", "upf")


class Activation(BssSystem[ActivationPayload]):
    name = "activation"
    topic = t.ACTIVATION_COMMANDS
    handles = frozenset({"activation.activate", "activation.deactivate"})
    payload_type = ActivationPayload

    def seed(self, subscriber: Subscriber) -> SubscriberState:
        return network_seed(subscriber, self.estate.catalog)

    async def apply(
        self, command: Command, payload: ActivationPayload, subscriber: Subscriber, offer: Offer, rng: random.Random
    ) -> dict[str, Any]:
        if not offer.fulfilment.network:
            raise Refused("rejected", "no_network_fulfilment", offer=offer.id)
        if payload.network != offer.fulfilment.network:
            raise Refused("rejected", "network_mismatch", expected=offer.fulfilment.network, got=payload.network)
        state = without_expired(self.current(subscriber.id))
        if command.type == "activation.deactivate":
            return await self._deactivate(state, offer)
        if state.network.get(offer.id, {}).get("command_id") == command.command_id:
            # Applied before a crash lost the dedupe record: answer, don't add the quota twice.
            return {"offer": offer.id, "already_applied": True, "profile": state.network[offer.id]}
        return await self._activate(state, offer, command.command_id, rng)

    async def _activate(
        self, state: SubscriberState, offer: Offer, command_id: str, rng: random.Random
    ) -> dict[str, Any]:
        new, detail = activated(state, offer, command_id, rng, self.config.activation_failure_rate)
        await self.store.put(new)
        return detail

    async def _deactivate(self, state: SubscriberState, offer: Offer) -> dict[str, Any]:
        new, detail = deactivated(state, offer)
        await self.store.put(new)
        return detail


# The network's rules, as pure functions of one subscriber's state: the twin's activation system and
# the legacy engine (simulators/legacy_engine.py) both apply them, each to its own store.
def network_seed(subscriber: Subscriber, catalog: Catalog) -> SubscriberState:
    """A subscriber's network state as the estate file describes them."""
    network = {subscriber.plan: network_profile(catalog.by_id[subscriber.plan], subscriber.id, None)}
    services = []
    for offer_id in subscriber.services:
        offer = catalog.by_id[offer_id]
        if offer.fulfilment.network:
            services.append(offer_id)
            network[offer_id] = network_profile(offer, subscriber.id, None)
    return SubscriberState(
        system="activation",
        subscriber=subscriber.id,
        plan=subscriber.plan,
        services=services,
        network=network,
        updated_at=now(),
    )


def network_profile(offer: Offer, subscriber: str, current: dict[str, Any] | None) -> dict[str, Any]:
    """The offer's network part plus what the network assigns (address, expiry, summed quota)."""
    spec = dict(offer.fulfilment.network or {})
    if spec.get("static_ip"):
        host = zlib.crc32(subscriber.encode()) % 64_000  # stable per subscriber
        spec["ip"] = f"100.64.{host // 250}.{host % 250 + 2}"
    if "quota_gb" in spec and current is not None:
        spec["quota_gb"] = current.get("quota_gb", 0) + spec["quota_gb"]
    days = spec.get("validity_days") or (spec.get("slice") or {}).get("validity_days")
    if days:
        start = max(now(), (current or {}).get("valid_until", 0.0))  # buying again extends
        spec["valid_until"] = start + days * DAY_S
    return spec


def activated(
    state: SubscriberState, offer: Offer, command_id: str, rng: random.Random, failure_rate: float
) -> tuple[SubscriberState, dict[str, Any]]:
    """The state after activating ``offer`` and the result's detail; ``Refused`` when it cannot be."""
    active = state.plan == offer.id or offer.id in state.services
    if active and (offer.kind == "plan" or offer.recurring):
        raise Refused("rejected", "already_active", offer=offer.id)
    if rng.random() < failure_rate:
        element = rng.choice(NETWORK_ELEMENTS)
        raise Refused("failed", "network_error", element=element, message=f"{element} did not acknowledge")
    network = dict(state.network)
    if offer.kind == "plan":
        previous = state.plan
        network.pop(previous or "", None)
        network[offer.id] = {**network_profile(offer, state.subscriber, None), "command_id": command_id}
        new = state.model_copy(update={"plan": offer.id, "network": network, "updated_at": now()})
        return new, {"plan": offer.id, "previous_plan": previous, "profile": network[offer.id]}
    network[offer.id] = {
        **network_profile(offer, state.subscriber, state.network.get(offer.id)),
        "command_id": command_id,
    }
    services = state.services if offer.id in state.services else [*state.services, offer.id]
    new = state.model_copy(update={"services": services, "network": network, "updated_at": now()})
    return new, {"offer": offer.id, "profile": network[offer.id]}


def deactivated(state: SubscriberState, offer: Offer) -> tuple[SubscriberState, dict[str, Any]]:
    """The state after removing ``offer`` and the result's detail; ``Refused`` when it cannot be."""
    if offer.kind == "plan":
        raise Refused("rejected", "not_permitted", message="a plan is replaced by activating another plan")
    if offer.id not in state.services:
        raise Refused("rejected", "not_active", offer=offer.id)
    network = {k: v for k, v in state.network.items() if k != offer.id}
    services = [s for s in state.services if s != offer.id]
    new = state.model_copy(update={"services": services, "network": network, "updated_at": now()})
    return new, {"offer": offer.id, "removed": True}


def without_expired(state: SubscriberState) -> SubscriberState:
    """Passes and temporary slices lapse at ``valid_until``; noticed when the subscriber is next touched."""
    at = now()
    expired = {s for s in state.services if state.network.get(s, {}).get("valid_until", at + 1) < at}
    if not expired:
        return state
    return state.model_copy(
        update={
            "services": [s for s in state.services if s not in expired],
            "network": {k: v for k, v in state.network.items() if k not in expired},
        }
    )
