"""The LangGraph checkpointer every graph is compiled with: durable, so a restart resumes.

SQLite at ``Settings.home / "checkpoints.sqlite"`` by default (``checkpoint_url`` unset or
``sqlite:///path``); Postgres when ``checkpoint_url`` is a ``postgres://`` / ``postgresql://`` URL,
which needs the optional ``langgraph-checkpoint-postgres`` package::

    async with open_checkpointer(settings) as saver:
        graph = builder.compile(checkpointer=saver)
        await graph.ainvoke(state, {"configurable": {"thread_id": order_id}})

A graph interrupted (``interrupt()``, a crash, a restart) continues from its last checkpoint
when invoked again on the same thread id with a saver over the same database.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver

from nerve.errors import ConfigError
from nerve.settings import Settings

log = logging.getLogger(__name__)

SQLITE_PREFIX = "sqlite:///"
POSTGRES_SCHEMES = ("postgres://", "postgresql://")


def sqlite_path(settings: Settings) -> Path:
    """The SQLite file the checkpointer uses (ConfigError when the URL is not SQLite)."""
    url = settings.checkpoint_url
    if url is None:
        return settings.home / "checkpoints.sqlite"
    if url.startswith(SQLITE_PREFIX):
        return Path(url.removeprefix(SQLITE_PREFIX))
    raise ConfigError(f"checkpoint_url {url!r} is not a sqlite:/// URL")


@asynccontextmanager
async def open_checkpointer(settings: Settings) -> AsyncIterator[BaseCheckpointSaver[str]]:
    """A checkpointer for the configured database, open for the duration of the block."""
    url = settings.checkpoint_url
    if url is not None and url.startswith(POSTGRES_SCHEMES):
        async with _postgres(url) as saver:
            yield saver
        return
    path = sqlite_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    async with AsyncSqliteSaver.from_conn_string(str(path)) as saver:
        await saver.setup()
        log.info("checkpoints in %s", path)
        yield saver


@asynccontextmanager
async def _postgres(url: str) -> AsyncIterator[BaseCheckpointSaver[str]]:
    try:
        from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver  # type: ignore[import-not-found]
    except ImportError as exc:
        raise ConfigError(
            "checkpoint_url is a Postgres URL but langgraph-checkpoint-postgres is not installed: "
            "pip install langgraph-checkpoint-postgres (and psycopg), or unset NERVE_CHECKPOINT_URL "
            "to use SQLite"
        ) from exc
    async with AsyncPostgresSaver.from_conn_string(url) as saver:
        await saver.setup()
        log.info("checkpoints in Postgres")
        yield saver
