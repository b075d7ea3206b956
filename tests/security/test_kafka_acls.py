"""Kafka with identities: the broker itself refuses a client without credentials, and each
component's principal may write exactly the topics of its part of the flow."""

from __future__ import annotations

import asyncio

import pytest
from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError, TopicAuthorizationFailedError

from nerve import topics as t
from nerve.kafka_acl import DEAD_LETTERERS, WRITES
from nerve.kafka_auth import Principal
from nerve.kafka_client import client_options
from nerve.settings import Settings


async def write(settings: Settings, topic: t.Topic, options: dict[str, object]) -> bool:
    """True when the broker accepted one record on ``topic`` from a client with ``options``."""
    producer = AIOKafkaProducer(**options, request_timeout_ms=5000, metadata_max_age_ms=5000)  # type: ignore[arg-type]
    try:
        await producer.start()
        await producer.send_and_wait(topic.full_name(settings.topic_prefix), b"{}", key=b"probe")  # compacted need keys
        return True
    except TopicAuthorizationFailedError:
        return False
    finally:
        await producer.stop()


async def test_a_client_without_credentials_is_refused(settings: Settings) -> None:
    bare = {"bootstrap_servers": settings.bootstrap_servers}
    with pytest.raises(KafkaError):
        await asyncio.wait_for(write(settings, t.OPS_COMMANDS, bare), 30)


async def test_a_wrong_password_is_refused(settings: Settings) -> None:
    forged = client_options(settings, Principal.LOOP) | {"sasl_plain_password": "guessed"}
    with pytest.raises(KafkaError):
        await asyncio.wait_for(write(settings, t.OPS_COMMANDS, forged), 30)


async def test_the_twin_cannot_write_decisions_or_network_commands(settings: Settings) -> None:
    twin = client_options(settings, Principal.TWIN)
    assert not await write(settings, t.APPROVALS, twin)
    assert not await write(settings, t.OPS_COMMANDS, twin)
    assert await write(settings, t.TELEMETRY, twin)  # its own part of the flow


@pytest.mark.parametrize("principal", [p for p in Principal if p is not Principal.ADMIN], ids=str)
async def test_each_principal_writes_exactly_its_topics(settings: Settings, principal: Principal) -> None:
    options = client_options(settings, principal)
    allowed = set(WRITES.get(principal, ())) | ({t.DEAD_LETTER} if principal in DEAD_LETTERERS else set())
    accepted = {topic for topic in t.ALL if await write(settings, topic, options)}
    assert accepted == allowed


async def test_only_the_approver_path_writes_decisions_and_only_the_loop_network_commands(
    settings: Settings,
) -> None:
    writers = {
        topic: {p for p in Principal if p is not Principal.ADMIN and topic in WRITES.get(p, ())}
        for topic in (t.APPROVALS, t.OPS_COMMANDS, t.ACTIVATION_COMMANDS, t.BILLING_COMMANDS)
    }
    assert writers == {
        t.APPROVALS: {Principal.APPROVER},
        t.OPS_COMMANDS: {Principal.LOOP},
        t.ACTIVATION_COMMANDS: {Principal.INTENT},
        t.BILLING_COMMANDS: {Principal.INTENT},
    }
