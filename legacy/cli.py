"""``nerve legacy``: the legacy bridge's parts (PostgreSQL, the Connect worker, the adapter) and tools."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import time
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from legacy import store
from legacy.connect import LocalConnect, connector_name
from legacy.postgres import LocalPostgres
from nerve.errors import ConfigError, NerveError
from nerve.estate import Capability, RouteRule, Side, load_estate
from nerve.settings import get_settings

console = Console()
app = typer.Typer(help="The legacy bridge: the legacy OSS's database, Kafka Connect with Debezium, the adapter.")


def _fail(exc: NerveError) -> typer.Exit:
    console.print(f"[red]error:[/] {exc}")
    return typer.Exit(1)


def _foreground(cmd: list[str], stop_signal: signal.Signals = signal.SIGTERM) -> int:
    """Run ``cmd`` until it exits, passing SIGINT/SIGTERM on as ``stop_signal``; its exit code."""
    proc = subprocess.Popen(cmd)

    def forward(_sig: int, _frame: object) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(proc.pid, stop_signal)

    signal.signal(signal.SIGINT, forward)
    signal.signal(signal.SIGTERM, forward)
    return proc.wait()


@app.command("postgres")
def postgres() -> None:
    """Run the legacy database server in the foreground (a part of `nerve up`), its run's database
    created and seeded from the estate on first start."""
    settings = get_settings()
    pg = LocalPostgres(settings)
    try:
        pg.init()
        proc = subprocess.Popen(pg.command())
        deadline = time.monotonic() + 60
        while not pg.answers():
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise ConfigError(f"PostgreSQL did not start on 127.0.0.1:{settings.legacy_pg_port}")
            time.sleep(0.2)
        created = store.prepare(settings, load_estate(settings.estate_dir))
        console.print(f"legacy database {store.database(settings)!r} {'created' if created else 'ready'}")
    except NerveError as exc:
        raise _fail(exc) from exc

    def fast_shutdown(_sig: int, _frame: object) -> None:
        proc.send_signal(signal.SIGINT)  # PostgreSQL's fast shutdown

    signal.signal(signal.SIGINT, fast_shutdown)
    signal.signal(signal.SIGTERM, fast_shutdown)
    raise typer.Exit(proc.wait())


@app.command("worker")
def worker() -> None:
    """Run the Kafka Connect worker (with Debezium) in the foreground (a part of `nerve up`)."""
    try:
        cmd = LocalConnect(get_settings()).command()
    except NerveError as exc:
        raise _fail(exc) from exc
    raise typer.Exit(_foreground(cmd))


@app.command("connect")
def connect(wait_s: float = 120.0) -> None:
    """Configure the run's Debezium connector on the Connect worker and wait until it runs."""
    settings = get_settings()
    worker = LocalConnect(settings)
    try:
        deadline = time.monotonic() + wait_s
        while not worker.answers():
            if time.monotonic() > deadline:
                raise ConfigError(f"no Kafka Connect worker answers on {worker.url}: start `nerve legacy worker`")
            time.sleep(0.5)
        worker.configure()
        while not worker.running():
            if time.monotonic() > deadline:
                raise ConfigError(f"the connector {connector_name(settings)} is not running: {worker.status()}")
            time.sleep(0.5)
    except NerveError as exc:
        raise _fail(exc) from exc
    console.print(f"connector {connector_name(settings)} is running on {worker.url}")


@app.command("adapter")
def adapter() -> None:
    """Configure the connector, then carry routed commands in and order results out until stopped."""
    from legacy.adapter import LegacyAdapter

    connect()
    settings = get_settings()
    bridge = LegacyAdapter(settings, load_estate(settings.estate_dir))

    async def main() -> None:
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, bridge.stop)
        await bridge.run()

    try:
        asyncio.run(main())
    except NerveError as exc:
        raise _fail(exc) from exc


@app.command("status")
def status() -> None:
    """The legacy database, the Connect worker and the connector, as they are now, and the open drifts."""
    settings = get_settings()
    worker = LocalConnect(settings)
    table = Table("part", "state")
    pg_up = LocalPostgres(settings).answers()
    table.add_row("PostgreSQL", f"answers on 127.0.0.1:{settings.legacy_pg_port}" if pg_up else "down")
    table.add_row("Kafka Connect", f"answers on {worker.url}" if worker.answers() else "down")
    try:
        state = worker.status()
    except ConfigError:
        state = {}
    tasks = ", ".join(x.get("state", "?") for x in state.get("tasks", []))
    connector = state.get("connector", {}).get("state", "absent")
    table.add_row(connector_name(settings), f"{connector} (tasks: {tasks or 'none'})")
    console.print(table)
    from legacy.reconcile import open_drifts

    try:
        drifts = asyncio.run(open_drifts(settings))
    except NerveError as exc:
        console.print(f"open drifts unknown: {exc}")
        return
    if not drifts:
        console.print("no open drift between the legacy inventory and Nerve")
    for a in drifts:
        console.print(
            f"drift on {a.entity} since {time.strftime('%H:%M:%S', time.localtime(a.at))}: {a.probable_cause}"
        )


@app.command("route")
def route(
    capability: Annotated[Capability, typer.Argument(help="activation, ticketing or inventory")],
    where: Annotated[str, typer.Argument(help="a region of the estate's topology, or an offer kind")],
    side: Annotated[Side, typer.Argument(help="legacy or nerve")],
) -> None:
    """Route a capability's work of a region or offer kind to the legacy OSS or to Nerve, by editing
    the estate's migration.yaml; a running Nerve picks it up for its next orders."""
    from nerve.migration import route as reroute

    settings = get_settings()
    try:
        estate = load_estate(settings.estate_dir)
        had_table = (estate.root / "migration.yaml").exists()
        table = reroute(estate, capability, where, side)
    except NerveError as exc:
        raise _fail(exc) from exc
    console.print(f"{capability} of {where} → {side} ({estate.root / 'migration.yaml'})")
    rules = getattr(table, capability).rules
    for rule in rules or [RouteRule(side=getattr(table, capability).default)]:
        console.print(f"  {rule.region or rule.offer_kind or 'everything else'} → {rule.side}")
    example = next((s for s in estate.subscribers if s.status == "active" and where == s.region), None)
    if capability == "activation" and side == "legacy" and example is not None:
        console.print(f'  e.g. nerve intent --as {example.id} "..." ({example.name}, in {where})')
    if not had_table:  # `nerve up` runs the bridge's parts only for an estate with the file
        console.print("  this estate had no migration.yaml: restart `nerve up` to run the legacy bridge")


@app.command("reconcile")
def reconcile() -> None:
    """Compare the legacy inventory with Nerve's subscriber state; list every difference (exit 1 if any)."""
    from legacy.reconcile import reconcile as run

    settings = get_settings()
    try:
        drifts = asyncio.run(run(settings, load_estate(settings.estate_dir)))
    except NerveError as exc:
        raise _fail(exc) from exc
    if not drifts:
        console.print("the legacy inventory and Nerve agree on every subscriber")
        return
    table = Table("subscriber", "difference", "legacy", "nerve")
    for d in drifts:
        table.add_row(d.subscriber, d.what, d.legacy or "-", d.nerve or "-")
    console.print(table)
    console.print(f"{len(drifts)} differences")
    raise typer.Exit(1)
