"""`nerve streams ...`: the stream workers (their benches are in evals/)."""

from __future__ import annotations

from typing import Annotated

import typer

from nerve.settings import get_settings

app = typer.Typer(help="The assurance stream layer (Faust workers).", no_args_is_help=True)


@app.command("worker")
def worker(
    worker_id: Annotated[str | None, typer.Option(help="Names this worker's data directory.")] = None,
    store: Annotated[str | None, typer.Option(help="Table store: memory:// or rocksdb://")] = None,
) -> None:
    """Run one stream worker (several share the partitions of one consumer group)."""
    from streams.worker import run_worker_process

    settings = get_settings()
    cfg = settings.streams
    if worker_id is not None:
        cfg.worker_id = worker_id
    if store is not None:
        cfg.store = store
    run_worker_process(settings, cfg)


@app.command("billing")
def billing(
    worker_id: Annotated[str | None, typer.Option(help="Names this worker's data directory.")] = None,
) -> None:
    """Run one rating and billing worker (several share the usage partitions)."""
    from streams.worker import run_billing_process

    run_billing_process(get_settings(), worker_id)


@app.command("fraud")
def fraud() -> None:
    """Run one fraud detection worker (usage and SIM swaps → fraud cases)."""
    from streams.worker import run_fraud_process

    run_fraud_process(get_settings())


@app.command("drift")
def drift() -> None:
    """Run the legacy bridge's drift watcher (the legacy inventory against Nerve's state → legacy.drift)."""
    from streams.worker import run_drift_process

    run_drift_process(get_settings())
