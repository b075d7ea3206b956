"""The legacy engine on a real PostgreSQL: it works its orders as the twin's network would, once each."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from legacy import store
from nerve.contracts import ActivationPayload, Actor, Command, now
from nerve.estate import Estate
from nerve.settings import Settings
from simulators.legacy_engine import LegacyEngine
from tests.support.estates import estate_params

pytestmark = pytest.mark.slow


def _addon(estate: Estate) -> tuple[str, str]:
    """A subscriber and a recurring network add-on they do not hold."""
    for sub in estate.subscribers:
        for offer in estate.catalog.offers:
            if offer.kind != "plan" and offer.recurring and offer.fulfilment.network and offer.id not in sub.services:
                return sub.id, offer.id
    raise AssertionError("no recurring network add-on in this estate")


def _order(subscriber: str, offer: str, network: dict[str, object], ref: str) -> Command:
    return Command(
        command_id=ref,
        type="activation.activate",
        target=subscriber,
        payload=ActivationPayload(subscriber=subscriber, offer=offer, network=network),
        issued_by=Actor(kind="agent", id="test"),
        correlation_id=ref.split("/")[0],
        issued_at=now(),
    )


def _wait_status(settings: Settings, ref: str) -> store.Row:
    deadline = time.monotonic() + 60
    with store.connect(settings) as conn:
        while time.monotonic() < deadline:
            row = conn.execute("SELECT * FROM service_orders WHERE order_ref = %s", (ref,)).fetchone()
            if row and row["status"] in ("done", "failed", "rejected"):
                return row
            time.sleep(0.1)
    raise AssertionError(f"order {ref} never finished")


@pytest.mark.parametrize("estate_path", estate_params())
async def test_engine_activates_once_and_rejects_a_repeat(pg_settings: Settings, estate_path: Path) -> None:
    estate = Estate.load(estate_path)
    pg_settings = pg_settings.model_copy(update={"sim_activation_failure_rate": 0.0})
    store.prepare(pg_settings, estate)
    subscriber, offer = _addon(estate)
    network = dict(estate.catalog.by_id[offer].fulfilment.network or {})
    engine = LegacyEngine(pg_settings, estate)
    worker = threading.Thread(target=engine.run)
    worker.start()
    try:
        conn = await store.connect_async(pg_settings)
        async with conn:
            assert await store.insert_order(conn, _order(subscriber, offer, network, "o-1/activate"))
            assert not await store.insert_order(conn, _order(subscriber, offer, network, "o-1/activate"))
            first = _wait_status(pg_settings, "o-1/activate")
            assert await store.insert_order(conn, _order(subscriber, offer, network, "o-2/activate"))
            second = _wait_status(pg_settings, "o-2/activate")
    finally:
        engine.stop()
        worker.join()
    assert first["status"] == "done", first
    assert offer in first["result"]["state"]["services"]
    assert (second["status"], second["reason"]) == ("rejected", "already_active")
    with store.connect(pg_settings) as conn:
        held = conn.execute(
            "SELECT count(*) AS n FROM resource_inventory WHERE subscriber = %s AND offer = %s", (subscriber, offer)
        ).fetchone()
    assert held == {"n": 1}
