"""Running a stream worker: as a process (`nerve streams worker`, `nerve streams billing`) or
in-process (``StreamsWorker``, ``BillingWorker``)."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Any

import faust

from nerve import topics as t
from nerve.estate import Estate
from nerve.kafka_auth import Principal
from nerve.settings import Settings, StreamsConfig
from streams.app import DOMAINS, StreamsApp

if TYPE_CHECKING:
    from streams.drift import DriftApp

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


def run_billing_process(settings: Settings, worker_id: str | None = None) -> None:
    """Block running one rating and billing worker until SIGTERM/SIGINT."""
    from streams.billing import BillingApp

    asyncio.run(t.ensure_topics(settings, principal=Principal.STREAMS))
    billing = BillingApp(settings, worker_id=worker_id)
    _faust_worker(billing.app, loglevel=settings.log_level).execute_from_commandline()


def run_fraud_process(settings: Settings) -> None:
    """Block running one fraud detection worker until SIGTERM/SIGINT."""
    from streams.fraud import FraudApp

    asyncio.run(t.ensure_topics(settings, principal=Principal.STREAMS))
    _faust_worker(FraudApp(settings).app, loglevel=settings.log_level).execute_from_commandline()


def run_drift_process(settings: Settings) -> None:
    """Block running the legacy inventory's drift watcher until SIGTERM/SIGINT."""
    from streams.drift import DriftApp

    drift = DriftApp(settings)
    asyncio.run(_prepare_drift(drift))
    _faust_worker(drift.app, loglevel=settings.log_level).execute_from_commandline()


async def _prepare_drift(drift: DriftApp) -> None:
    await t.ensure_topics(drift.settings, principal=Principal.STREAMS)
    await drift.rewind()


def _faust_worker(app: faust.App, **options: Any) -> faust.Worker:
    """A faust Worker that leaves logging and stdout to Nerve: its start-up spinner would write
    terminal control codes into the output of `nerve bench --json` and the evals."""
    worker = faust.Worker(app, override_logging=False, redirect_stdouts=False, quiet=True, **options)
    worker.spinner = None
    return worker


class _InProcess:
    """One Faust app inside an asyncio program: ``await run()`` until ``stop()``."""

    app: faust.App

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._stop = asyncio.Event()

    async def prepare(self) -> None:
        await prepare_topics(self.settings)

    async def run(self) -> None:
        await self.prepare()
        worker = _faust_worker(self.app, loop=asyncio.get_running_loop(), daemon=False)
        await worker.start()
        try:
            await self._stop.wait()
        finally:
            await worker.stop()

    def stop(self) -> None:
        self._stop.set()


class StreamsWorker(_InProcess):
    """The assurance app in-process."""

    def __init__(self, settings: Settings, cfg: StreamsConfig | None = None, estate: Estate | None = None) -> None:
        super().__init__(settings)
        self.streams = StreamsApp(settings, cfg, estate)
        self.app = self.streams.app


class BillingWorker(_InProcess):
    """The rating and billing app in-process."""

    def __init__(self, settings: Settings, estate: Estate | None = None, worker_id: str | None = None) -> None:
        from streams.billing import BillingApp

        super().__init__(settings)
        self.billing = BillingApp(settings, estate, worker_id=worker_id)
        self.app = self.billing.app


class FraudWorker(_InProcess):
    """The fraud detection app in-process."""

    def __init__(self, settings: Settings, estate: Estate | None = None) -> None:
        from streams.fraud import FraudApp

        super().__init__(settings)
        self.fraud = FraudApp(settings, estate)
        self.app = self.fraud.app


class DriftWorker(_InProcess):
    """The legacy inventory's drift watcher in-process."""

    def __init__(self, settings: Settings, estate: Estate | None = None) -> None:
        from streams.drift import DriftApp

        super().__init__(settings)
        self.drift = DriftApp(settings, estate)
        self.app = self.drift.app

    async def prepare(self) -> None:
        await super().prepare()
        await self.drift.rewind()
