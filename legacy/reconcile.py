"""Reconciliation: the legacy resource inventory against Nerve's view of every subscriber's services
(``nerve/inventory.py``'s rule), on demand. Every difference is reported; nothing is changed."""

from __future__ import annotations

from legacy import store
from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import Anomaly
from nerve.contracts.state import state_key
from nerve.estate import Estate
from nerve.inventory import Drift, differences, nerve_view
from nerve.kafka_auth import Principal
from nerve.settings import Settings


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
