"""Running a stream worker: as a process (`nerve streams worker`) or in-process (``StreamsWorker``)."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import faust

from nerve import topics as t
from nerve.estate import Estate
from nerve.kafka_auth import Principal
from nerve.settings import Settings, StreamsConfig
from streams.app import DOMAINS, StreamsApp

log = logging.getLogger(__name__)


async def prepare_topics(settings: Settings) -> None:
    """Every topic the app reads or writes must exist with the registry's partition counts."""
    await t.ensure_topics(settings, principal=Principal.STREAMS)
    await t.ensure_topics(settings, (DOMAINS,), principal=Principal.STREAMS)


def run_worker_process(settings: Settings, cfg: StreamsConfig) -> None:
    """Block running one worker until SIGTERM/SIGINT (faust's Worker installs the handlers)."""
    asyncio.run(prepare_topics(settings))
    streams = StreamsApp(settings, cfg)
    _faust_worker(streams.app, loglevel=settings.log_level).execute_from_commandline()


def _faust_worker(app: faust.App, **options: Any) -> faust.Worker:
    """A faust Worker that leaves logging and stdout to Nerve: its start-up spinner would write
    terminal control codes into the output of `nerve bench --json` and the evals."""
    worker = faust.Worker(app, override_logging=False, redirect_stdouts=False, quiet=True, **options)
    worker.spinner = None
    return worker


class StreamsWorker:
    """One worker inside an asyncio program: ``await run()`` until ``stop()``."""

    def __init__(self, settings: Settings, cfg: StreamsConfig | None = None, estate: Estate | None = None) -> None:
        self.settings = settings
        self.streams = StreamsApp(settings, cfg, estate)
        self._stop = asyncio.Event()

    async def run(self) -> None:
        await prepare_topics(self.settings)
        worker = _faust_worker(self.streams.app, loop=asyncio.get_running_loop(), daemon=False)
        await worker.start()
        try:
            await self._stop.wait()
        finally:
            await worker.stop()

    def stop(self) -> None:
        self._stop.set()
