"""While Kafka is away the client libraries warn on every retry: each kind of line is said once per interval."""

from __future__ import annotations

import logging

from nerve.logs import OncePerInterval


def record(name: str, msg: str, level: int = logging.WARNING) -> logging.LogRecord:
    return logging.LogRecord(name, level, __file__, 1, msg, ("127.0.0.1:9092",), None)


def test_retry_warnings_are_said_once_per_interval() -> None:
    flood = OncePerInterval(interval_s=3600)
    said = [flood.filter(record("aiokafka.client", "Unable connect to %s")) for _ in range(280)]
    assert said.count(True) == 1
    # Another kind of line, or another library's, is said too.
    assert flood.filter(record("aiokafka.client", "Unable to update metadata from %s"))
    assert flood.filter(record("nerve.bus", "Kafka unreachable; %s"))
    # Nerve's own lines and information are never held back.
    assert all(flood.filter(record("simulators.twin", "twin ignored %s")) for _ in range(5))
    assert all(flood.filter(record("aiokafka.client", "joined %s", logging.INFO)) for _ in range(5))


def test_the_next_line_counts_what_was_held_back() -> None:
    flood = OncePerInterval(interval_s=0.0)
    flood._last[("aiokafka.conn", "Unable connect to %s")] = (0.0, 41)
    line = record("aiokafka.conn", "Unable connect to %s")
    assert flood.filter(line)
    assert "41 more like this" in line.getMessage()
