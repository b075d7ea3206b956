"""The legacy OSS's PostgreSQL for the bridge's tests: the one `nerve legacy postgres` runs (started
here if none answers, and stopped again at the end), with a database of its own per test."""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import threading
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from legacy import store
from legacy.adapter import LegacyAdapter
from legacy.connect import LocalConnect
from legacy.postgres import LocalPostgres
from nerve.errors import ConfigError
from nerve.estate import Estate
from nerve.settings import Settings
from nerve.topics import ensure_topics
from simulators.legacy_engine import LegacyEngine


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


@dataclass
class Bridge:
    settings: Settings
    estate: Estate
    engine: LegacyEngine
    thread: threading.Thread

    def start_engine(self) -> None:
        self.thread.start()


def with_migration(estate_path: Path, into: Path, migration: str) -> Estate:
    """A copy of an estate with this migration.yaml."""
    shutil.copytree(estate_path, into, ignore=shutil.ignore_patterns("*.jsonl", "billing", "fraud", "scenarios"))
    (into / "migration.yaml").write_text(migration)
    return Estate.load(into)


async def connector_running(worker: LocalConnect, timeout_s: float = 120) -> None:
    deadline = time.monotonic() + timeout_s
    while not worker.running():
        assert time.monotonic() < deadline, f"the connector never ran: {worker.status()}"
        await asyncio.sleep(0.5)


@contextlib.asynccontextmanager
async def bridge(settings: Settings, estate: Estate, *, engine: bool = True) -> AsyncIterator[Bridge]:
    """The legacy side of one test: its database, its connector (on the worker at
    ``settings.legacy_connect_port``), the legacy engine (unless held back) and the adapter."""
    store.prepare(settings, estate)
    run = LocalConnect(settings)
    run.configure()
    await connector_running(run)
    legacy_engine = LegacyEngine(settings, estate)
    out = Bridge(settings, estate, legacy_engine, threading.Thread(target=legacy_engine.run, daemon=True))
    if engine:
        out.start_engine()
    adapter = LegacyAdapter(settings)
    adapter_task = asyncio.create_task(adapter.run())
    try:
        yield out
    finally:
        adapter.stop()
        await asyncio.wait_for(adapter_task, 30)
        legacy_engine.stop()
        if out.thread.is_alive():
            out.thread.join(30)
        with contextlib.suppress(ConfigError):  # a worker the test stopped has nothing to remove
            run.remove()
        for _ in range(60):  # the slot is released a moment after the connector's task stops
            try:
                store.drop(settings)
                break
            except psycopg.errors.ObjectInUse:
                await asyncio.sleep(0.5)
