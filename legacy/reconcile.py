"""Reconciliation: the legacy resource inventory against Nerve's view of every subscriber's services.

Nerve's view is the activation system's subscriber state on ``bss.subscriber.state`` (whichever side
served the order: the adapter publishes the legacy side's), or, for a subscriber no system has
touched yet, the estate file's. Every difference is reported; nothing is changed.
"""

from __future__ import annotations

from pydantic import BaseModel

from legacy import store
from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import Anomaly, SubscriberState
from nerve.contracts.state import state_key
from nerve.estate import Estate
from nerve.kafka_auth import Principal
from nerve.migration import inventory_side
from nerve.provisioning import network_seed
from nerve.settings import Settings


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


async def reconcile(settings: Settings, estate: Estate) -> list[Drift]:
    """Every difference between the legacy inventory and Nerve's state, subscriber by subscriber."""
    async with Bus(settings, client_id="legacy-reconcile", principal=Principal.LEGACY) as bus:
        latest = await bus.latest(t.SUBSCRIBER_STATE)
    with store.connect(settings) as conn:
        held = {r["subscriber"] for r in conn.execute("SELECT DISTINCT subscriber FROM resource_inventory")}
        subscribers = sorted(held | {s.id for s in estate.subscribers})
        drifts: list[Drift] = []
        for sub in subscribers:
            nerve = latest.get(state_key("activation", sub))
            drifts += differences(store.inventory_state(conn, sub), nerve_view(estate, sub, nerve))
    return drifts


async def open_drifts(settings: Settings) -> list[Anomaly]:
    """The drift anomalies open now (raised by the stream layer's watcher, ``streams/drift.py``), oldest first."""
    async with Bus(settings, client_id="legacy-drifts", principal=Principal.LEGACY) as bus:
        latest = await bus.latest(t.LEGACY_DRIFT)
    return sorted((a for a in latest.values() if isinstance(a, Anomaly) and a.event == "ONSET"), key=lambda a: a.at)


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
