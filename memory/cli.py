"""``nerve memory``: index and search the runbooks and the incident history from a terminal."""

from __future__ import annotations

import asyncio
from typing import Annotated

import typer
from rich.console import Console

from nerve.settings import get_settings

app = typer.Typer(help="Long-term memory: runbooks and incident history (ChromaDB, offline embeddings).")
console = Console()


@app.command("index")
def index() -> None:
    """Index the runbooks (only those that changed) and report how many were embedded."""
    from memory.store import Memory

    changed = asyncio.run(Memory(get_settings(), role="cli").start())
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
        memory = Memory(get_settings(), role="cli")
        await memory.start()
        if incidents:
            for hit in await memory.similar_incidents(text, k):
                console.print(f"{hit.score:.3f}  {hit.incident.incident_id}  {hit.incident.summary}")
        else:
            for rb in await memory.search_runbooks(text, k):
                console.print(f"{rb.score:.3f}  {rb.runbook.id}  {rb.runbook.title}")

    asyncio.run(run())


@app.command("runbook")
def runbook(name: Annotated[str, typer.Argument(help="A fault kind or an action of estate/faults.yaml.")]) -> None:
    """Print the runbook of a fault kind or an action."""
    from memory.runbooks import load_runbooks

    for rb in load_runbooks():
        if rb.subject == name:
            console.print(rb.body)
            return
    raise typer.BadParameter(f"no runbook for {name!r}")
