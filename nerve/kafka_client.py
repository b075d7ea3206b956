"""How every Nerve process connects to Kafka: one place for bootstrap servers and credentials.

aiokafka clients take ``**client_options(settings)``; the Faust app takes ``faust_options``. A
process never builds its own connection settings, so turning on authentication changes nothing
but this module.
"""

from __future__ import annotations

from typing import Any

from nerve.settings import Settings


def client_options(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for any aiokafka producer, consumer or admin client."""
    return {"bootstrap_servers": settings.bootstrap_servers}


def faust_options(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for ``faust.App``: the broker URLs."""
    return {"broker": [f"kafka://{h.strip()}" for h in settings.bootstrap_servers.split(",")]}
