"""Partner provisioning: accounts for OTT offers at their partner (video, music, ...).

partner.provision / partner.deprovision fail with ``partner_outage`` while the partner is down
(see ``outages``). At ``partner_timeout_rate`` a provision call hangs for
``partner_timeout_s`` (scaled by the delay scale) and then answers failed with reason
``timeout``; nothing is provisioned then, so a later deprovision is rejected ``not_active``.
We answer a timeout explicitly rather than staying silent so that an issuer that waits longer
than the partner still learns the outcome; one that waits less sees no result in its window,
which is the same thing to it.
"""

from __future__ import annotations

import asyncio
import random
from typing import Any

from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import Command, PartnerPayload, SubscriberState, now
from nerve.estate import Estate, Offer, Subscriber
from simulators.bss.base import BssSystem, Refused
from simulators.bss.config import BssConfig
from simulators.bss.outages import PartnerOutages


class Partner(BssSystem[PartnerPayload]):
    name = "partner"
    topic = t.PARTNER_COMMANDS
    handles = frozenset({"partner.provision", "partner.deprovision"})
    payload_type = PartnerPayload

    def __init__(self, bus: Bus, estate: Estate, config: BssConfig, outages: PartnerOutages) -> None:
        super().__init__(bus, estate, config)
        self.outages = outages

    def seed(self, subscriber: Subscriber) -> SubscriberState:
        services = [s for s in subscriber.services if self.estate.catalog.by_id[s].fulfilment.partner]
        return self.empty(subscriber.id).model_copy(update={"services": services})

    async def apply(
        self, command: Command, payload: PartnerPayload, subscriber: Subscriber, offer: Offer, rng: random.Random
    ) -> dict[str, Any]:
        partner = offer.fulfilment.partner
        if partner is None:
            raise Refused("rejected", "no_partner_fulfilment", offer=offer.id)
        if payload.partner != partner:
            raise Refused("rejected", "partner_mismatch", expected=partner, got=payload.partner)
        if partner not in self.estate.topology.partner:
            raise Refused("rejected", "unknown_partner", partner=partner)
        state = self.current(subscriber.id)
        provisioned = offer.id in state.services
        if command.type == "partner.provision":
            if provisioned:
                raise Refused("rejected", "already_active", offer=offer.id, partner=partner)
            if rng.random() < self.config.partner_timeout_rate:
                await asyncio.sleep(self.config.timeout_delay)
                raise Refused("failed", "timeout", partner=partner, after_s=self.config.timeout_delay)
        elif not provisioned:
            raise Refused("rejected", "not_active", offer=offer.id, partner=partner)
        if self.outages.down(partner):
            raise Refused("failed", "partner_outage", partner=partner)
        services = [*state.services, offer.id] if not provisioned else [s for s in state.services if s != offer.id]
        await self.store.put(state.model_copy(update={"services": services, "updated_at": now()}))
        return {"offer": offer.id, "partner": partner, "provisioned": not provisioned}
