"""Shared fixtures: a real Kafka broker (started if none runs) and an isolated topic prefix per test."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from nerve.bus import Bus
from nerve.estate import Estate, load_estate
from nerve.kafka_local import LocalKafka
from nerve.settings import Settings
from nerve.topics import delete_prefixed, ensure_topics


def pytest_configure(config: pytest.Config) -> None:
    # Every run a test sets up (its own home, in-process or in a child process) uses the credentials
    # of the broker this session runs against.
    os.environ.setdefault("NERVE_KAFKA_CREDENTIALS", str(Settings().kafka_credentials))


@pytest.fixture(scope="session")
def kafka() -> str:
    """Bootstrap servers of a running broker: the configured cluster, or the local one started here."""
    base = Settings()
    if base.local_kafka:
        LocalKafka(base).start()
    return base.bootstrap_servers


@pytest.fixture
async def settings(kafka: str, tmp_path: Path) -> AsyncIterator[Settings]:
    """Settings for one test: its own topic prefix (so tests never see each other) and runtime dir.

    The prefix's topics are deleted afterwards: thousands of leftovers slow every client down.
    """
    settings = Settings(bootstrap_servers=kafka, topic_prefix=f"t{uuid.uuid4().hex[:8]}.", home=tmp_path / "home")
    # As `nerve up` does before it starts the parts: the run's topics, and the ACLs that let each
    # component (connecting as itself) use them.
    await ensure_topics(settings)
    yield settings
    await delete_prefixed(settings)


@pytest.fixture
async def bus(settings: Settings) -> AsyncIterator[Bus]:
    async with Bus(settings) as b:
        yield b


@pytest.fixture(scope="session")
def estate() -> Estate:
    return load_estate()


@pytest.hookimpl(tryfirst=True)  # before xdist's own, which reads the groups into the test ids
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test that needs the broker (the ``kafka`` fixture, directly or through another) is
    marked ``broker``, so that ``make test-fast`` can run the rest without one.

    ``make test`` runs the suite in two processes (pytest-xdist, ``--dist loadgroup``): most tests
    wait on Kafka and on running stacks, not on a core. A file's tests stay in one process (its module
    fixtures are made once), and so do the legacy bridge's: they share a PostgreSQL and a Connect
    worker that the process running them starts and stops."""
    tests = Path(__file__).parent
    for item in items:
        if "kafka" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.broker)
        where = item.path.relative_to(tests)
        item.add_marker(pytest.mark.xdist_group("legacy" if where.parts[0] == "legacy" else str(where)))
