"""The Faust app as every Nerve stream worker runs it (assurance, billing, fraud)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import faust

from nerve import heap
from nerve.contracts import DeadLetter, now
from nerve.kafka_auth import Principal
from nerve.kafka_client import faust_options
from nerve.settings import Settings
from nerve.topics import replication_factor
from streams.transport import Transport

log = logging.getLogger(__name__)


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

    async def trim_heap() -> None:
        heap.trim()

    app.timer(heap.TRIM_EVERY_S)(trim_heap)
    return app


async def dead_letter(out: Any, ev: Any, source: str, reason: str) -> None:
    """Send the event ``ev`` of the topic named ``source`` (its registry name) that broke its contract
    to the dead-letter topic ``out``."""
    msg = ev.message
    letter = DeadLetter(
        source_topic=source,
        partition=msg.partition,
        offset=msg.offset,
        key=ev.key.decode(errors="replace") if ev.key else None,
        raw=(ev.value or b"").decode(errors="replace"),
        reason=reason,
        at=now(),
    )
    log.warning("dead-lettered %s [%d]@%d: %s", source, msg.partition, msg.offset, reason)
    await out.send(key=source.encode(), value=letter.to_bytes())
