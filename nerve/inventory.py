"""Two views of a subscriber's network services, the legacy inventory's and Nerve's, and where they
differ: the rule both reconciliation on demand (``legacy/reconcile.py``) and the stream layer's drift
watcher (``streams/drift.py``) apply.

Nerve's view is the activation system's subscriber state on ``bss.subscriber.state`` (whichever side
served the order: the legacy adapter publishes the legacy side's), or, for a subscriber no system
has touched yet, the estate file's.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from nerve.contracts import SubscriberState, now
from nerve.estate import Estate
from nerve.migration import inventory_side
from nerve.provisioning import network_seed


class Drift(BaseModel):
    subscriber: str
    what: str  # "plan", "only in legacy", "only in nerve"
    legacy: str | None
    nerve: str | None


def differences(legacy: SubscriberState, nerve: SubscriberState) -> list[Drift]:
    """Where two views of one subscriber's network services disagree."""
    sub = legacy.subscriber
    out = []
    if legacy.plan != nerve.plan:
        out.append(Drift(subscriber=sub, what="plan", legacy=legacy.plan, nerve=nerve.plan))
    for offer in sorted(set(legacy.services) - set(nerve.services)):
        out.append(Drift(subscriber=sub, what="only in legacy", legacy=offer, nerve=None))
    for offer in sorted(set(nerve.services) - set(legacy.services)):
        out.append(Drift(subscriber=sub, what="only in nerve", legacy=None, nerve=offer))
    return out


def legacy_view(subscriber: str, rows: list[dict[str, Any]]) -> SubscriberState:
    """A subscriber's inventory rows (``offer``, ``kind``, ``profile``) as the activation system's state."""
    plan = next((r["offer"] for r in rows if r["kind"] == "plan"), None)
    return SubscriberState(
        system="activation",
        subscriber=subscriber,
        plan=plan,
        services=[r["offer"] for r in rows if r["kind"] == "service"],
        network={r["offer"]: r.get("profile") or {} for r in rows},
        updated_at=now(),
    )


def nerve_view(estate: Estate, subscriber: str, published: object) -> SubscriberState:
    """Nerve's view of a subscriber: the activation state ``published`` on ``bss.subscriber.state``, or,
    when none was, the estate file's (empty for a subscriber the estate does not know)."""
    if isinstance(published, SubscriberState):
        return published
    known = estate.subscriber.get(subscriber)
    if known is None:
        return SubscriberState(system="activation", subscriber=subscriber, updated_at=0.0)
    return network_seed(known, estate.catalog)


def kept_by_legacy(estate: Estate, drifts: list[Drift]) -> list[Drift]:
    """The differences that matter now: those about an offer whose inventory ``migration.yaml`` routes
    to the legacy side for the subscriber's region. Where the inventory routes to Nerve, the legacy
    inventory is no longer kept, and its differences are expected (``reconcile`` still lists them)."""
    return [d for d in drifts if inventory_side(estate, d.subscriber, d.legacy or d.nerve or "") == "legacy"]
