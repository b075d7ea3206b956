"""The legacy OSS's tables as Nerve's side of the bridge uses them: one database per run.

A run's database is named after its topic prefix (as its topics are), so tests and evals sharing
one PostgreSQL never see each other's rows. ``prepare`` creates it with the legacy schema and
seeds the resource inventory from the estate, as the legacy OSS held it on the day Nerve arrived.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
from psycopg.rows import dict_row

from legacy.postgres import LocalPostgres
from nerve.contracts import Command, SubscriberState
from nerve.errors import ConfigError
from nerve.estate import Estate
from nerve.inventory import legacy_view
from nerve.provisioning import network_seed
from nerve.settings import Settings

SCHEMA = Path(__file__).with_name("schema.sql")
TABLES = ("service_orders", "trouble_tickets", "resource_inventory")
ORDER_TYPES = {"activation.activate": "activate", "activation.deactivate": "deactivate"}
Row = dict[str, Any]


def database(settings: Settings) -> str:
    """The run's database name: ``legacy`` plus its topic prefix, as PostgreSQL spells names."""
    run = re.sub(r"[^a-z0-9]+", "_", settings.topic_prefix.lower()).strip("_")
    return f"legacy_{run}" if run else "legacy"


def connect(settings: Settings) -> psycopg.Connection[Row]:
    conninfo = LocalPostgres(settings).conninfo(database(settings))
    try:
        return psycopg.connect(conninfo, autocommit=True, row_factory=dict_row, connect_timeout=5)
    except psycopg.OperationalError as exc:
        raise ConfigError(f"the legacy database {database(settings)!r} does not answer: {exc}") from exc


async def connect_async(settings: Settings) -> psycopg.AsyncConnection[Row]:
    pg = LocalPostgres(settings)
    try:
        return await psycopg.AsyncConnection.connect(
            pg.conninfo(database(settings)), autocommit=True, row_factory=dict_row, connect_timeout=5
        )
    except psycopg.OperationalError as exc:
        raise ConfigError(f"the legacy database {database(settings)!r} does not answer: {exc}") from exc


def prepare(settings: Settings, estate: Estate) -> bool:
    """Create the run's database, schema and seeded inventory when missing. True if it was created."""
    name = database(settings)
    with LocalPostgres(settings).connect() as admin:
        if admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
            return False
        admin.execute(f'CREATE DATABASE "{name}"')
    with connect(settings) as conn, conn.transaction():
        conn.execute(SCHEMA.read_text())
        for sub in estate.subscribers:
            write_inventory(conn, network_seed(sub, estate.catalog))
    return True


def drop(settings: Settings) -> None:
    """Drop a finished run's database (its replication slot first, which would hold it open)."""
    name = database(settings)
    with LocalPostgres(settings).connect() as admin:
        admin.execute(
            "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE database = %s AND NOT active",
            (name,),
        )
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# -- inventory -----------------------------------------------------------------------------------
def inventory_state(conn: psycopg.Connection[Row], subscriber: str) -> SubscriberState:
    """What the legacy inventory holds for a subscriber, in the shape of the activation system's state."""
    rows = conn.execute(
        "SELECT offer, kind, profile FROM resource_inventory WHERE subscriber = %s ORDER BY updated_at, offer",
        (subscriber,),
    ).fetchall()
    return legacy_view(subscriber, rows)


def write_inventory(conn: psycopg.Connection[Row], state: SubscriberState) -> None:
    """Make the inventory rows of ``state.subscriber`` say exactly what ``state`` says."""
    conn.execute("DELETE FROM resource_inventory WHERE subscriber = %s", (state.subscriber,))
    rows = [(state.plan, "plan")] if state.plan else []
    rows += [(s, "service") for s in state.services]
    for offer, kind in rows:
        conn.execute(
            "INSERT INTO resource_inventory (subscriber, offer, kind, profile) VALUES (%s, %s, %s, %s)",
            (state.subscriber, offer, kind, json.dumps(state.network.get(offer, {}))),
        )


# -- work orders ---------------------------------------------------------------------------------
async def insert_order(conn: psycopg.AsyncConnection[Row], command: Command) -> bool:
    """The work order for an activation command, once: the command id is the order's reference, so
    a redelivered command inserts nothing. True if this call inserted it."""
    payload = command.payload
    subscriber, offer = getattr(payload, "subscriber", command.target), getattr(payload, "offer", "")
    context = {"type": command.type, "correlation_id": command.correlation_id, "target": command.target}
    cursor = await conn.execute(
        "INSERT INTO service_orders (order_ref, order_type, subscriber, offer, network, context) "
        "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (order_ref) DO NOTHING",
        (
            command.command_id,
            ORDER_TYPES[command.type],
            subscriber,
            offer,
            json.dumps(getattr(payload, "network", {})),
            json.dumps(context),
        ),
    )
    return cursor.rowcount == 1


def waiting_since(conn: psycopg.Connection[Row], captured_until: float) -> float:
    """How long (seconds) the oldest change of the legacy tables newer than ``captured_until`` has
    waited for the capture; 0 when there is none. Every legacy write stamps ``updated_at``."""
    after = "WHERE updated_at > %(t)s"
    changes = " UNION ALL ".join(f"SELECT min(updated_at) AS at FROM {table} {after}" for table in TABLES)
    query = f"SELECT extract(epoch FROM clock_timestamp() - min(at))::float8 AS s FROM ({changes}) AS c"
    row = conn.execute(query, {"t": datetime.fromtimestamp(captured_until, UTC)}).fetchone()
    return 0.0 if row is None or row["s"] is None else max(0.0, float(row["s"]))
