"""Shared fixtures: a real Kafka broker (started if none runs) and an isolated topic prefix per test."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from nerve.bus import Bus
from nerve.estate import Estate, load_estate
from nerve.kafka_local import LocalKafka
from nerve.settings import Settings
from nerve.topics import ensure_topics


@pytest.fixture(scope="session")
def kafka() -> str:
    """Bootstrap servers of a running broker: the configured cluster, or the local one started here."""
    base = Settings()
    if base.local_kafka:
        LocalKafka(base).start()
    return base.bootstrap_servers


@pytest.fixture
def settings(kafka: str, tmp_path: Path) -> Settings:
    """Settings for one test: its own topic prefix (so tests never see each other) and runtime dir."""
    return Settings(
        bootstrap_servers=kafka,
        topic_prefix=f"t{uuid.uuid4().hex[:8]}.",
        home=tmp_path / "home",
    )


@pytest.fixture
async def bus(settings: Settings) -> AsyncIterator[Bus]:
    await ensure_topics(settings.bootstrap_servers, settings.topic_prefix)
    async with Bus(settings) as b:
        yield b


@pytest.fixture(scope="session")
def estate() -> Estate:
    return load_estate()
