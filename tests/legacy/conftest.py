"""What the legacy bridge's tests run on: the legacy PostgreSQL and a Kafka Connect worker with
Debezium, the ones running on the configured ports or started here (and stopped at the end); each
test gets a database and a connector of its own."""

from __future__ import annotations

import asyncio
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from evals.legacy_bridge import LegacyBridge
from legacy import store
from legacy.connect import LocalConnect
from legacy.postgres import LocalPostgres
from nerve.estate import Estate
from nerve.settings import Settings
from nerve.topics import ensure_topics


@pytest.fixture(scope="session")
def legacy_pg() -> Iterator[Path]:
    """The legacy database cluster's directory, its server running."""
    base = Settings()
    pg = LocalPostgres(base)
    started = not pg.answers()
    pg.start()
    yield base.legacy_home
    if started:
        pg.stop()


@pytest.fixture
def pg_settings(legacy_pg: Path) -> Iterator[Settings]:
    """Settings of one test that needs only the legacy database (no broker): its own database."""
    settings = Settings(topic_prefix=f"t{uuid.uuid4().hex[:8]}.", legacy_dir=legacy_pg, sim_delay_scale=0.0)
    yield settings
    store.drop(settings)


@pytest.fixture(scope="session")
def connect_worker(kafka: str, legacy_pg: Path) -> Iterator[LocalConnect]:
    """A Kafka Connect worker with Debezium: the one running on the configured port, or one started
    here (for the default run, as `nerve up` runs it) and stopped at the end."""
    base = Settings(legacy_dir=legacy_pg)
    worker = LocalConnect(base)
    proc = None
    if not worker.answers():
        asyncio.run(ensure_topics(base))  # its internal topics' grants
        proc = worker.start()
    yield worker
    if proc is not None:
        proc.terminate()
        proc.wait(60)


def with_migration(estate_path: Path, into: Path, migration: str) -> Estate:
    """A copy of an estate with this migration.yaml."""
    shutil.copytree(estate_path, into, ignore=shutil.ignore_patterns("*.jsonl", "billing", "fraud", "scenarios"))
    (into / "migration.yaml").write_text(migration)
    return Estate.load(into)


def bridge(settings: Settings, estate: Estate, *, engine: bool = True) -> LegacyBridge:
    """The legacy side of one test, on the worker at ``settings.legacy_connect_port``."""
    return LegacyBridge(settings, estate, engine=engine)
