"""``nerve api run`` (the server) and the terminal commands ``nerve chat`` / ``nerve intent``."""

from __future__ import annotations

import asyncio
from typing import Annotated

import typer
from rich.console import Console

from nerve.errors import NerveError
from nerve.settings import get_settings

console = Console()
app = typer.Typer(help="The API/UI server.")


@app.command("run")
def run(
    port: Annotated[int | None, typer.Option(help="Port (default: NERVE_API_PORT, 8080).")] = None,
) -> None:
    """Serve the API and UI (with the agents in this process) until SIGINT/SIGTERM."""
    import uvicorn

    from api.main import create_app

    settings = get_settings()
    if port is not None:
        settings.api_port = port
    uvicorn.run(
        create_app(settings),
        host=settings.api_host,
        port=settings.api_port,
        log_config=None,  # keep Nerve's logging set-up
        # uvicorn believes X-Forwarded-For from loopback by default, so any local client could claim
        # any address (and dodge the per-client login limit): only the configured proxies count.
        proxy_headers=bool(settings.api_trusted_proxies),
        forwarded_allow_ips=",".join(settings.api_trusted_proxies) or None,
        timeout_graceful_shutdown=5,
    )


def chat(
    question: Annotated[str | None, typer.Argument(help="Ask one question and exit; none: a conversation.")] = None,
    user: Annotated[str, typer.Option(help="Demo operator to log in as.")] = "operator",
) -> None:
    """Chat with the NOC agent of the running Nerve (answers stream in, cited entities listed)."""
    from api.terminal import run_chat

    try:
        raise typer.Exit(asyncio.run(run_chat(get_settings(), console, user, question)))
    except NerveError as exc:
        console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(1) from exc


def intent(
    text: Annotated[str, typer.Argument(help="What the subscriber wants, in their own words.")],
    as_: Annotated[str, typer.Option("--as", help="The subscriber's id, as in the estate's subscribers.yaml.")],
    yes: Annotated[bool, typer.Option("--yes", help="Confirm without asking.")] = False,
    no: Annotated[bool, typer.Option("--no", help="Decline without asking.")] = False,
) -> None:
    """Send an intent as a subscriber through the API, confirming when asked, and follow it to the end."""
    from api.terminal import run_intent

    assume = True if yes else False if no else None
    try:
        raise typer.Exit(asyncio.run(run_intent(get_settings(), console, as_, text, assume)))
    except NerveError as exc:
        console.print(f"[red]error:[/] {exc}")
        raise typer.Exit(1) from exc
