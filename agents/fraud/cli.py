"""``nerve fraud respond``: the fraud responder as a process (``nerve up`` runs it beside the fraud worker)."""

from __future__ import annotations

import asyncio
import signal

import typer
from rich.console import Console

from nerve.errors import NerveError
from nerve.settings import get_settings

console = Console()
app = typer.Typer(help="Fraud response: the least harmful response to each case, through the guard.")


async def _respond_until_signal() -> None:
    from agents.fraud.responder import FraudResponder
    from nerve.estate import load_estate

    settings = get_settings()
    responder = FraudResponder(settings, load_estate(settings.estate_dir))
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        asyncio.get_running_loop().add_signal_handler(sig, stop.set)
    await responder.start()
    try:
        await stop.wait()
    finally:
        await responder.stop()


@app.command("respond")
def respond() -> None:
    """Answer fraud cases until SIGTERM/SIGINT (honours NERVE_TOPIC_PREFIX, NERVE_ESTATE_DIR)."""
    try:
        asyncio.run(_respond_until_signal())
    except NerveError as exc:
        console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(1) from exc
