"""``nerve memory``: index and search the runbooks and the incident history from a terminal."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from nerve.settings import get_settings

if TYPE_CHECKING:
    from nerve.estate import Estate

app = typer.Typer(help="Long-term memory: runbooks and incident history (ChromaDB, offline embeddings).")
console = Console()


def _estate() -> Estate:
    from nerve.estate import load_estate

    return load_estate(get_settings().estate_dir)


@app.command("index")
def index() -> None:
    """Index the runbooks (only those that changed) and report how many were embedded."""
    from memory.store import Memory

    changed = asyncio.run(Memory(get_settings(), role="cli", estate=_estate()).start())
    console.print(f"{changed} runbooks (re)indexed")


@app.command("search")
def search(
    text: str,
    k: Annotated[int, typer.Option(help="How many hits.")] = 3,
    incidents: Annotated[bool, typer.Option(help="Search past incidents instead of runbooks.")] = False,
) -> None:
    """The runbooks (or past incidents) closest in meaning to TEXT."""
    from memory.store import Memory

    async def run() -> None:
        memory = Memory(get_settings(), role="cli", estate=_estate())
        await memory.start()
        if incidents:
            for hit in await memory.similar_incidents(text, k):
                console.print(f"{hit.score:.3f}  {hit.incident.incident_id}  {hit.incident.summary}")
        else:
            for rb in await memory.search_runbooks(text, k):
                console.print(f"{rb.score:.3f}  {rb.runbook.id}  {rb.runbook.title}")

    asyncio.run(run())


@app.command("runbook")
def runbook(
    name: Annotated[str, typer.Argument(help="A fault kind or action of faults.yaml, or a fraud kind of fraud.yaml.")],
) -> None:
    """Print the runbook of a fault kind, an action or a fraud kind."""
    from memory.fraud_runbooks import fraud_runbooks
    from memory.runbooks import load_runbooks

    for rb in [*load_runbooks(), *fraud_runbooks(_estate())]:
        if rb.subject == name:
            console.print(rb.body)
            return
    raise typer.BadParameter(f"no runbook for {name!r}")
