"""The LangGraph checkpointer every graph is compiled with: durable, so a restart resumes.

SQLite at ``Settings.home / "checkpoints.sqlite"`` by default (``checkpoint_url`` unset or
``sqlite:///path``); Postgres when ``checkpoint_url`` is a ``postgres://`` / ``postgresql://`` URL,
which needs the optional ``langgraph-checkpoint-postgres`` package::

    async with open_checkpointer(settings) as saver:
        graph = builder.compile(checkpointer=saver)
        await graph.ainvoke(state, {"configurable": {"thread_id": order_id}})

A graph interrupted (``interrupt()``, a crash, a restart) continues from its last checkpoint
when invoked again on the same thread id with a saver over the same database.

The SQLite saver is LangGraph's own ``SqliteSaver`` run on one thread of its own, one hop per
call. LangGraph's ``AsyncSqliteSaver`` makes three or four aiosqlite hops per call, each waiting
for its turn on a busy event loop, under a lock that serialises every graph in the process: at
a few hundred intents a second the checkpoints, not the graphs, set the pace.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import AsyncIterator, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar

from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.base import (
    BaseCheckpointSaver,
    ChannelVersions,
    Checkpoint,
    CheckpointMetadata,
    CheckpointTuple,
)
from langgraph.checkpoint.sqlite import SqliteSaver

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


def graph_checkpointer(settings: Settings, graph: str) -> AbstractAsyncContextManager[BaseCheckpointSaver[str]]:
    """The configured checkpointer for one long-running graph; with the SQLite default, one file per
    graph so that the loop and the API process (NOC conversations) never contend for one database's
    write lock."""
    if settings.checkpoint_url is None:
        settings = settings.model_copy(
            update={"checkpoint_url": f"sqlite:///{settings.home / f'checkpoints-{graph}.sqlite'}"}
        )
    return open_checkpointer(settings)


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
    executor = ThreadPoolExecutor(1, thread_name_prefix="checkpoints")
    loop = asyncio.get_running_loop()
    try:
        conn = await loop.run_in_executor(executor, _connect, path)
        try:
            saver = ThreadedSqliteSaver(conn, executor)
            await saver.run(saver.setup)
            log.info("checkpoints in %s", path)
            yield saver
        finally:
            await loop.run_in_executor(executor, conn.close)
    finally:
        executor.shutdown()


def _connect(path: Path) -> sqlite3.Connection:
    """WAL with synchronous=NORMAL: commits survive a crash of the process (what a restart needs)
    without an fsync per checkpoint, which would cap the graphs at the disk's pace."""
    conn = sqlite3.connect(str(path), check_same_thread=False)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    return conn


T = TypeVar("T")


class ThreadedSqliteSaver(SqliteSaver):
    """``SqliteSaver`` whose async calls each run whole on the saver's own thread."""

    def __init__(self, conn: sqlite3.Connection, executor: ThreadPoolExecutor) -> None:
        super().__init__(conn)
        self._executor = executor

    async def run(self, call: Callable[[], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._executor, call)

    async def aget_tuple(self, config: RunnableConfig) -> CheckpointTuple | None:
        return await self.run(lambda: self.get_tuple(config))

    async def alist(
        self,
        config: RunnableConfig | None,
        *,
        filter: dict[str, Any] | None = None,
        before: RunnableConfig | None = None,
        limit: int | None = None,
    ) -> AsyncIterator[CheckpointTuple]:
        for found in await self.run(lambda: list(self.list(config, filter=filter, before=before, limit=limit))):
            yield found

    async def aput(
        self,
        config: RunnableConfig,
        checkpoint: Checkpoint,
        metadata: CheckpointMetadata,
        new_versions: ChannelVersions,
    ) -> RunnableConfig:
        return await self.run(lambda: self.put(config, checkpoint, metadata, new_versions))

    async def aput_writes(
        self, config: RunnableConfig, writes: Sequence[tuple[str, Any]], task_id: str, task_path: str = ""
    ) -> None:
        await self.run(lambda: self.put_writes(config, writes, task_id, task_path))

    async def adelete_thread(self, thread_id: str) -> None:
        await self.run(lambda: self.delete_thread(thread_id))


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
