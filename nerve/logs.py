"""Logging set-up: readable lines by default, JSON lines by setting (NERVE_LOG_JSON=1)."""

from __future__ import annotations

import logging
import sys
import time

import orjson

# Loggers whose warnings repeat on every retry while Kafka is away: each kind of line is said once
# per interval (with how many like it were held back), not hundreds of times a second.
RETRYING = ("aiokafka", "kafka", "faust", "mode", "nerve.bus")
ONCE_PER_S = 10.0


class OncePerInterval(logging.Filter):
    """Lets each (logger, message template) of the retrying libraries through once per interval."""

    def __init__(self, interval_s: float = ONCE_PER_S) -> None:
        super().__init__()
        self.interval_s = interval_s
        self._last: dict[tuple[str, str], tuple[float, int]] = {}  # → when said, lines held back since

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.WARNING or not record.name.startswith(RETRYING):
            return True
        key = (record.name, str(record.msg))
        said, held = self._last.get(key, (0.0, 0))
        now = time.monotonic()
        if now - said < self.interval_s:
            self._last[key] = (said, held + 1)
            return False
        if held:
            record.msg = f"{record.msg} [and {held} more like this in the last {now - said:.0f} s]"
        self._last[key] = (now, 0)
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        doc = {
            "ts": record.created,
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
        }
        if record.exc_info:
            doc["exc"] = self.formatException(record.exc_info)
        return orjson.dumps(doc).decode()


def configure(level: str = "INFO", json: bool = False) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        JsonFormatter() if json else logging.Formatter("%(asctime)s %(levelname)-5s %(name)s: %(message)s", "%H:%M:%S")
    )
    handler.addFilter(OncePerInterval())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for noisy in ("aiokafka", "kafka", "faust", "mode", "chromadb", "httpx", "uvicorn.access"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
