"""The legacy OSS's activation engine, as such engines work: it knows its database and nothing else.

It polls ``service_orders`` for new work orders, claims a batch (``FOR UPDATE SKIP LOCKED``, so
two engines never take the same order), works each for a few seconds, and writes the outcome
back to the order's row together with the change to its ``resource_inventory``, in one
transaction: an order is done exactly once or not at all. Orders of one subscriber are worked in
the order they came; an engine that died mid-work leaves its orders ``in_progress``, and the next
start puts them back to ``new``.

The network rules are the twin's (``simulators.bss.activation``): the legacy side and Nerve
provision the same estate, so an order gives the same outcome whichever side serves it. It fails
at the twin's activation failure rate, with the same seeded draws.
"""

from __future__ import annotations

import json
import logging
import random
import threading
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import psycopg

from legacy import store
from nerve.contracts import SubscriberState
from nerve.estate import Estate
from nerve.settings import Settings
from simulators.bss.activation import activated, deactivated, without_expired
from simulators.bss.base import Refused
from simulators.bss.config import BssConfig

log = logging.getLogger(__name__)

# How long the legacy engine takes per order, in seconds before sim_delay_scale: slower than the twin.
WORK_S = (1.5, 4.0)
BATCH = 20


class LegacyEngine:
    def __init__(self, settings: Settings, estate: Estate, *, seed: int = 0) -> None:
        self.settings = settings
        self.estate = estate
        self.config = BssConfig.from_settings(settings, seed=seed, delays={"legacy": WORK_S})
        self.stop_event = threading.Event()

    def run(self) -> None:
        """Poll and work orders until ``stop()``; finishes the batch in hand first."""
        with store.connect(self.settings) as conn:
            back = conn.execute("UPDATE service_orders SET status = 'new' WHERE status = 'in_progress'").rowcount
            if back:
                log.info("legacy engine: %d orders left in progress by a previous run are new again", back)
        with ThreadPoolExecutor(max_workers=8, thread_name_prefix="legacy-engine") as pool:
            while not self.stop_event.is_set():
                batch = self._claim()
                if not batch:
                    self.stop_event.wait(self.settings.legacy_poll_s)
                    continue
                lanes: dict[str, list[store.Row]] = defaultdict(list)
                for order in batch:
                    lanes[order["subscriber"]].append(order)
                for done in [pool.submit(self._work_lane, lane) for lane in lanes.values()]:
                    done.result()

    def stop(self) -> None:
        self.stop_event.set()

    def _claim(self) -> list[store.Row]:
        with store.connect(self.settings) as conn:
            rows = conn.execute(
                "UPDATE service_orders SET status = 'in_progress', updated_at = now() WHERE id IN "
                "(SELECT id FROM service_orders WHERE status = 'new' ORDER BY id LIMIT %s FOR UPDATE SKIP LOCKED) "
                "RETURNING *",
                (BATCH,),
            ).fetchall()
        return sorted(rows, key=lambda r: r["id"])

    def _work_lane(self, orders: list[store.Row]) -> None:
        with store.connect(self.settings) as conn:
            for order in orders:
                self._work(conn, order)

    def _work(self, conn: psycopg.Connection[store.Row], order: store.Row) -> None:
        rng = self.config.rng("legacy", order["order_ref"])
        self.stop_event.wait(self.config.delay("legacy", rng))  # the legacy engine takes its time
        status, reason, result = "done", None, {}
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (order["subscriber"],))
            try:
                detail, state = self._apply(conn, order, rng)
                store.write_inventory(conn, state)
                result = {"detail": detail, "state": state.model_dump(mode="json")}
            except Refused as refused:
                status, reason, result = refused.status, refused.reason, {"detail": refused.detail}
            conn.execute(
                "UPDATE service_orders SET status = %s, reason = %s, result = %s, updated_at = now() WHERE id = %s",
                (status, reason, json.dumps(result), order["id"]),
            )
        kind, offer = order["order_type"], order["offer"]
        log.info("legacy engine: order %s (%s %s) %s %s", order["id"], kind, offer, status, reason or "")

    def _apply(
        self, conn: psycopg.Connection[store.Row], order: store.Row, rng: random.Random
    ) -> tuple[dict[str, Any], SubscriberState]:
        offer = self.estate.catalog.by_id.get(order["offer"])
        if offer is None or order["subscriber"] not in self.estate.subscriber:
            raise Refused("rejected", "unknown_offer" if offer is None else "unknown_subscriber")
        if order["network"] != (offer.fulfilment.network or {}):
            raise Refused("rejected", "network_mismatch", expected=offer.fulfilment.network, got=order["network"])
        state = without_expired(store.inventory_state(conn, order["subscriber"]))
        if order["order_type"] == "deactivate":
            new, detail = deactivated(state, offer)
        else:
            new, detail = activated(state, offer, order["order_ref"], rng, self.config.activation_failure_rate)
        return detail, new
