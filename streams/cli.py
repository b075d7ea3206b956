"""`nerve streams ...` and `nerve bench streams`."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

from nerve.settings import get_settings

app = typer.Typer(help="The assurance stream layer (Faust workers).", no_args_is_help=True)
bench_app = typer.Typer(help="Benchmarks.", no_args_is_help=True)


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


@bench_app.command("streams")
def bench_streams(
    events: Annotated[int, typer.Option(help="Telemetry samples to push through.")] = 200_000,
    per_message: Annotated[int, typer.Option(help="Samples per telemetry message.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    workers: Annotated[int, typer.Option(help="Worker processes in one consumer group for the pipeline.")] = 1,
    profile: Annotated[
        bool, typer.Option("--profile", help="Sample the (single) worker with py-spy: µs per sample by part.")
    ] = False,
) -> None:
    """Pipeline throughput vs a bare consumer on the same topic, and breach→anomaly latency."""
    import asyncio

    from streams.bench import run_bench

    if profile and workers != 1:
        raise typer.BadParameter("--profile samples this process: use it with one worker")
    settings = get_settings()
    path = settings.home / "bench" / "streams-profile.txt" if profile else None
    result = asyncio.run(run_bench(settings, events, per_message, workers=workers, profile=path))
    _print(result, as_json)


@bench_app.command("fraud")
def bench_fraud(
    rate: Annotated[float, typer.Option(help="Ordinary usage records per second.")] = 1000.0,
    duration: Annotated[float, typer.Option(help="Seconds of usage; one fraud episode a second.")] = 30.0,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Fraud detection latency (first fraudulent record → case on Kafka) under ordinary usage load."""
    import asyncio

    from streams.bench_fraud import run_bench

    result = asyncio.run(run_bench(get_settings(), rate, duration))
    _print(result, as_json)


@bench_app.command("usage")
def bench_usage(
    records: Annotated[int, typer.Option(help="Usage records to rate.")] = 200_000,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Rating and billing throughput vs a bare consumer on the same topic (EVALS.md §5)."""
    import asyncio

    from streams.bench_usage import run_bench

    result = asyncio.run(run_bench(get_settings(), records))
    _print(result, as_json)


def _print(result: dict[str, Any], as_json: bool) -> None:
    """A bench's result: one JSON object, or a line per figure."""
    if as_json:
        typer.echo(json.dumps(result))
    else:
        for k, v in result.items():
            typer.echo(f"{k}: {v}")
