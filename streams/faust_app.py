"""The Faust app as every Nerve stream worker runs it (assurance, billing, fraud)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import faust

from nerve.kafka_auth import Principal
from nerve.kafka_client import faust_options
from nerve.settings import Settings
from nerve.topics import replication_factor
from streams.transport import Transport


def worker_app(
    settings: Settings, app_id: str, datadir: Path, *, store: str, partitions: int, **overrides: Any
) -> faust.App:
    """A Faust app on the configured cluster, as the streams principal, with raw topics and hand-set
    cadence; ``overrides`` are ``faust.App`` settings of one worker kind (they win over these)."""
    datadir.mkdir(parents=True, exist_ok=True)
    options: dict[str, Any] = {
        **faust_options(settings, Principal.STREAMS),
        "store": store,
        "datadir": str(datadir),
        "web_enabled": False,
        "autodiscover": False,
        "consumer_auto_offset_reset": "earliest",
        "topic_replication_factor": replication_factor(settings.kafka_brokers),
        "topic_partitions": partitions,
        "producer_acks": -1,
        "stream_wait_empty": False,
        "broker_commit_every": 1000,
        "broker_commit_interval": 1.0,
        # A crashed worker's partitions move to the others after this long (Faust's default is 60 s).
        "broker_session_timeout": 10.0,
        "broker_heartbeat_interval": 1.0,
    }
    app = faust.App(app_id, **(options | overrides))
    app.transport = Transport(app.conf.broker_consumer, app)  # a short fetch long-poll
    return app
