"""The ``nerve`` command line. Each part of the system adds its own sub-command group here."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from agents.fraud.cli import app as fraud_app
from agents.remediation.cli import app as loop_app
from api.cli import app as api_app
from api.cli import chat as api_chat
from api.cli import intent as api_intent
from evals.cli import bench_app, eval_app
from legacy.cli import app as legacy_app
from memory.cli import app as memory_app
from nerve import logs
from nerve.errors import NerveError
from nerve.estate import Estate
from nerve.estate_check import check_estate
from nerve.kafka_local import LocalKafka
from nerve.settings import get_settings
from nerve.topics import describe_topics, ensure_topics
from simulators.cli import app as sim_app
from streams.cli import app as streams_app

console = Console()
app = typer.Typer(help="Nerve: agentic operations on Apache Kafka.", no_args_is_help=True)
kafka_app = typer.Typer(
    help="The local Kafka (KRaft: one node, or a cluster of three) that Nerve runs for development."
)
topics_app = typer.Typer(help="The topic registry on the configured cluster.")
estate_app = typer.Typer(help="The operator's estate: its files, checked and summarised.")
app.add_typer(kafka_app, name="kafka")
app.add_typer(topics_app, name="topics")
app.add_typer(estate_app, name="estate")
app.add_typer(sim_app, name="sim")
app.add_typer(memory_app, name="memory")
app.add_typer(loop_app, name="loop")
app.add_typer(fraud_app, name="fraud")
app.add_typer(api_app, name="api")
app.add_typer(streams_app, name="streams")
app.add_typer(legacy_app, name="legacy")
app.add_typer(bench_app, name="bench")
app.add_typer(eval_app, name="eval")
app.command("chat")(api_chat)
app.command("intent")(api_intent)


@app.callback()
def main(
    estate: Annotated[Path | None, typer.Option(help="Load another estate folder.")] = None,
) -> None:
    settings = get_settings()
    if estate is not None:
        settings.estate_dir = estate
    logs.configure(settings.log_level, settings.log_json)


def fail(exc: NerveError) -> typer.Exit:
    console.print(f"[red]error:[/] {exc}")
    return typer.Exit(1)


@kafka_app.command("start")
def kafka_start(
    brokers: int | None = typer.Option(None, help="1, or 3 for a cluster (default: NERVE_KAFKA_BROKERS)"),
) -> None:
    """Start the local broker (fetching its jars once) and wait until it answers."""
    try:
        status = LocalKafka(get_settings(), brokers).start()
    except NerveError as exc:
        raise fail(exc) from exc
    console.print(status.describe())


@kafka_app.command("stop")
def kafka_stop() -> None:
    """Stop the local broker, or every node of the local cluster."""
    stopped = any([LocalKafka(get_settings(), n).stop() for n in (1, 3)])
    console.print("Kafka stopped" if stopped else "Kafka was not running")


@kafka_app.command("status")
def kafka_status() -> None:
    """Say whether the local broker runs; exit 1 if it does not."""
    status = LocalKafka(get_settings()).status()
    console.print(status.describe())
    if not status.running:
        raise typer.Exit(1)


@topics_app.command("create")
def topics_create() -> None:
    """Create every registered topic that is missing."""
    s = get_settings()
    try:
        created = asyncio.run(ensure_topics(s))
    except NerveError as exc:
        raise fail(exc) from exc
    console.print(f"{len(created)} topics created" if created else "all topics present")


@topics_app.command("list")
def topics_list() -> None:
    """Show every registered topic as the broker describes it."""
    s = get_settings()
    try:
        found = asyncio.run(describe_topics(s))
    except NerveError as exc:
        raise fail(exc) from exc
    table = Table("topic", "partitions", "cleanup.policy")
    for name, info in sorted(found.items()):
        table.add_row(name, info.get("partitions", "?"), info.get("cleanup.policy", "?"))
    console.print(table)


@estate_app.callback(invoke_without_command=True)
def estate_summary(ctx: typer.Context) -> None:
    """Load the configured estate and summarise it (`nerve estate check [DIR]` lists every problem)."""
    if ctx.invoked_subcommand is not None:
        return
    s = get_settings()
    try:
        e = Estate.load(s.estate_dir)
    except NerveError as exc:
        console.print(f"[red]error:[/] {exc}", markup=True, highlight=False)
        console.print(f"`nerve estate check {s.estate_dir}` lists every problem, not only the first.")
        raise typer.Exit(1) from exc
    typer.echo(_summary(e, s.estate_dir))


@estate_app.command("check")
def estate_check(
    folder: Annotated[Path | None, typer.Argument(help="The estate folder (default: the configured one).")] = None,
) -> None:
    """Check an estate folder and print every problem as `file: path: reason`; exit 1 if there is any."""
    root = folder or get_settings().estate_dir
    problems = check_estate(root)
    for problem in problems:
        typer.echo(str(problem))
    errors = sum(p.level == "error" for p in problems)
    if errors:
        typer.echo(f"{errors} problem{'s' if errors > 1 else ''} to fix in {root}")
        raise typer.Exit(1)
    try:
        typer.echo(_summary(Estate.load(root), root))
    except NerveError as exc:  # the loader caught what the check did not: a gap in the check
        raise fail(exc) from exc


def _summary(e: Estate, root: Path) -> str:
    t = e.topology
    return (
        f"{e.catalog.operator.name}: {len(e.catalog.offers)} offers, {len(e.subscribers)} subscribers, "
        f"{len(t.cells)} cells, {len(t.sites)} sites, {len(t.transport_links)} links, "
        f"{len(t.core_functions)} core functions, {len(t.partners)} partners, "
        f"{len(e.faults.faults)} fault kinds ({root})"
    )


@app.command("up")
def up() -> None:
    """Start the whole of Nerve (Kafka, topics, streams, twin, loop, API/UI with the agents); Ctrl-C stops it."""
    from api.banner import prepare_banner
    from legacy.parts import part_ready, prepare
    from nerve.stack import up as bring_up

    settings = get_settings()
    try:
        prepare(settings)
        code = bring_up(settings, app, console, prepare_banner, part_ready)
    except NerveError as exc:
        raise fail(exc) from exc
    raise typer.Exit(code)


@app.command("demo")
def demo() -> None:
    """Against a running `nerve up`: a fault detected, remediated and closed, then an intent completed."""
    from api.demo import run_demo

    try:
        raise typer.Exit(asyncio.run(run_demo(get_settings(), console)))
    except NerveError as exc:
        raise fail(exc) from exc
