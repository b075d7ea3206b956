"""The legacy OSS's PostgreSQL for the bridge's tests: the one `nerve legacy postgres` runs (started
here if none answers, and stopped again at the end), with a database of its own per test."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from legacy import store
from legacy.postgres import LocalPostgres
from nerve.settings import Settings


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
