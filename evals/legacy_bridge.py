"""The legacy side of one run, in one process: for evals and tests (``nerve up`` runs the same parts
as processes of their own).

On entry: the run's legacy database (created and seeded), its Debezium connector on the Connect
worker at ``settings.legacy_connect_port`` (configured and running), the legacy engine (in a thread:
it is a blocking poller, as legacy engines are) and the adapter. On exit all of it stops and the
run's connector and database are removed.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections.abc import AsyncIterator
from types import TracebackType

import psycopg

from legacy import store
from legacy.adapter import LegacyAdapter
from legacy.connect import LocalConnect
from nerve.errors import ConfigError
from nerve.estate import Estate
from nerve.settings import Settings
from simulators.legacy_engine import LegacyEngine

log = logging.getLogger(__name__)


class LegacyBridge:
    def __init__(self, settings: Settings, estate: Estate, *, engine: bool = True) -> None:
        self.settings = settings
        self.estate = estate
        self.connect = LocalConnect(settings)
        self.engine = LegacyEngine(settings, estate)
        self._engine_thread = threading.Thread(target=self.engine.run, name="legacy-engine", daemon=True)
        self._start_engine = engine
        self._adapter = LegacyAdapter(settings, estate)
        self._adapter_task: asyncio.Task[None] | None = None

    def start_engine(self) -> None:
        """Start an engine held back on entry (``engine=False``): the orders placed so far wait for it."""
        self._engine_thread.start()

    async def __aenter__(self) -> LegacyBridge:
        await asyncio.to_thread(store.prepare, self.settings, self.estate)
        await asyncio.to_thread(self.connect.configure)
        deadline = time.monotonic() + 120
        while not await asyncio.to_thread(self.connect.running):
            if time.monotonic() > deadline:
                raise ConfigError(f"the legacy connector is not running: {self.connect.status()}")
            await asyncio.sleep(0.5)
        if self._start_engine:
            self.start_engine()
        self._adapter_task = asyncio.create_task(self._adapter.run(), name="legacy-adapter")
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._adapter.stop()
        if self._adapter_task is not None:
            await asyncio.wait_for(self._adapter_task, 30)
        self.engine.stop()
        if self._engine_thread.is_alive():
            await asyncio.to_thread(self._engine_thread.join, 30)
        with contextlib.suppress(ConfigError):  # a worker that is gone has no connector to remove
            await asyncio.to_thread(self.connect.remove)
        for _ in range(60):  # the replication slot is released a moment after the connector's task stops
            try:
                await asyncio.to_thread(store.drop, self.settings)
                return
            except psycopg.errors.ObjectInUse:
                await asyncio.sleep(0.5)
        log.warning("could not drop the legacy database %s: its slot stayed in use", store.database(self.settings))


@contextlib.asynccontextmanager
async def run_legacy(settings: Settings, estate: Estate) -> AsyncIterator[LegacyBridge]:
    """The run's bridge, with this machine's legacy database and Connect worker started for it when
    none runs (and stopped after): what an eval needs from a bare broker."""
    from legacy.postgres import LocalPostgres
    from nerve.topics import ensure_topics

    pg = LocalPostgres(settings)
    started_pg = not await asyncio.to_thread(pg.answers)
    if started_pg:
        await asyncio.to_thread(pg.start)
    worker, proc = LocalConnect(settings), None
    if not await asyncio.to_thread(worker.answers):
        # The worker of the machine's default run (as `nerve up` runs it): its internal topics' grants first.
        default = settings.model_copy(update={"topic_prefix": ""})
        await ensure_topics(default)
        proc = await asyncio.to_thread(LocalConnect(default).start)
    try:
        async with LegacyBridge(settings, estate) as bridge:
            yield bridge
    finally:
        if proc is not None:
            proc.terminate()
            await asyncio.to_thread(proc.wait, 60)
        if started_pg:
            await asyncio.to_thread(pg.stop)
