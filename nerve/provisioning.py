"""What the network provisions for a subscriber: each offer's network profile (from the catalog's
``fulfilment.network``, plus what the network assigns) and a subscriber's state as the estate file
describes it. Pure functions: the twin's activation system, the legacy engine and the legacy
bridge's reconciliation all start from them."""

from __future__ import annotations

import zlib
from typing import Any

from nerve.contracts import SubscriberState, now
from nerve.estate import Catalog, Offer, Subscriber

DAY_S = 86_400.0


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
