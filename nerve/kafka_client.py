"""How every Nerve process connects to Kafka: one place for bootstrap servers and credentials.

aiokafka clients take ``**client_options(settings, principal)``; the Faust app takes
``faust_options``. A process never builds its own connection settings. ``principal`` is the
component the client acts for (``nerve/kafka_auth.py``); tools that set up runs use
``settings.kafka_principal``.
"""

from __future__ import annotations

import ssl
from functools import lru_cache
from pathlib import Path
from typing import Any

import faust

from nerve.kafka_auth import Account, KafkaCredentials, Principal, credentials_path, read_credentials
from nerve.settings import Settings


def client_options(settings: Settings, principal: Principal | None = None) -> dict[str, Any]:
    """Keyword arguments for any aiokafka producer, consumer or admin client."""
    options: dict[str, Any] = {"bootstrap_servers": settings.bootstrap_servers}
    if settings.kafka_auth:
        account = account_of(settings, principal)
        options |= {
            "security_protocol": settings.kafka_security_protocol,
            "sasl_mechanism": settings.kafka_sasl_mechanism,
            "sasl_plain_username": account.username,
            "sasl_plain_password": account.password.get_secret_value(),
            "ssl_context": _tls(settings),
        }
    return options


def faust_options(settings: Settings, principal: Principal) -> dict[str, Any]:
    """Keyword arguments for ``faust.App``: the broker URLs and, with authentication, the credentials."""
    options: dict[str, Any] = {"broker": [f"kafka://{h.strip()}" for h in settings.bootstrap_servers.split(",")]}
    if settings.kafka_auth:
        account = account_of(settings, principal)
        options["broker_credentials"] = faust.SASLCredentials(
            username=account.username,
            password=account.password.get_secret_value(),
            mechanism=settings.kafka_sasl_mechanism,
            ssl_context=_tls(settings),
        )
    return options


def account_of(settings: Settings, principal: Principal | None = None) -> Account:
    return _credentials(credentials_path(settings)).account(principal or Principal(settings.kafka_principal))


def _tls(settings: Settings) -> ssl.SSLContext | None:
    """The system's trust store for a cluster reached over TLS (SASL_SSL)."""
    return ssl.create_default_context() if settings.kafka_security_protocol.endswith("SSL") else None


@lru_cache
def _credentials(path: Path) -> KafkaCredentials:
    """Read once per process: every client of a component uses the same file."""
    return read_credentials(path)
