"""Terminal front ends over the running API: ``nerve chat`` (NOC agent) and ``nerve intent`` (subscriber)."""

from __future__ import annotations

import asyncio
import time
import uuid
from typing import Any

from rich.console import Console
from rich.live import Live
from rich.markup import escape
from rich.prompt import Prompt
from rich.text import Text

from api.client import TERMINAL_INTENT_STATES, NerveClient
from nerve.settings import Settings


def _status(view: dict[str, Any]) -> tuple[str, str | None]:
    return view["lifecycleStatus"], view.get("orderState")


async def wait_intent(
    client: NerveClient, subscriber: str, current: dict[str, Any], timeout_s: float, on_change: Any = None
) -> dict[str, Any]:
    """Follow the intent ``current`` shows until it ends (or ``timeout_s``); ``on_change(view)`` on each
    status after that one."""
    deadline = time.monotonic() + timeout_s
    seen: tuple[str, str | None] | None = _status(current)
    while True:
        view = await client.intent(subscriber, current["id"])
        status = _status(view)
        if status != seen:
            seen = status
            if on_change is not None:
                on_change(view)
        if view["lifecycleStatus"] in TERMINAL_INTENT_STATES or time.monotonic() > deadline:
            return view
        await asyncio.sleep(0.3)


def describe_intent(view: dict[str, Any], with_message: bool = True) -> str:
    parts = [f"[bold]{view['lifecycleStatus']}[/]"]
    if view.get("orderState"):
        parts.append(f"order {view['orderState']}")
    if view.get("decision"):
        parts.append(f"decision {view['decision']}")
    line = " · ".join(parts)
    if with_message and view.get("message"):
        line += f"\n  {escape(view['message'])}"
    # Each reason as a sentence, its code after it for whoever looks it up.
    for code, text in zip(view.get("reasons") or [], view.get("reasonTexts") or [], strict=False):
        line += f"\n  - {escape(text)} [dim]({escape(code)})[/]"
    return line


YES = frozenset({"y", "yes"})
NO = frozenset({"n", "no"})


def ask_yes_no(console: Console, question: str) -> bool:
    """Ask until the answer is yes or no (y/n, any letter case); Ctrl-D is a no."""
    while True:
        try:
            answer = console.input(f"{question} [bold](yes/no)[/] ").strip().lower()
        except EOFError:
            return False
        if answer in YES | NO:
            return answer in YES
        console.print("Please answer yes or no.")


async def run_intent(settings: Settings, console: Console, subscriber: str, text: str, assume: bool | None) -> int:
    """Submit ``text`` as ``subscriber``, ask for confirmation when the agent does, follow it to the end."""
    async with NerveClient(settings) as client:
        view = await client.submit(subscriber, text)
        console.print(f"intent [cyan]{view['id']}[/] for {subscriber}: {describe_intent(view)}")
        if view["awaitingConfirmation"]:
            accept = assume if assume is not None else ask_yes_no(console, "Confirm this order?")
            view = await client.confirm(subscriber, view["id"], accept)
            console.print(f"→ {describe_intent(view, with_message=False)}")
        if view["lifecycleStatus"] not in TERMINAL_INTENT_STATES:
            with console.status("waiting for the order to settle…"):
                view = await wait_intent(
                    client, subscriber, view, 120.0, lambda v: console.print(f"→ {describe_intent(v, False)}")
                )
        for report in await client.reports(subscriber, view["id"]):
            console.print(f"[dim]report {report['id']}:[/] {escape(report.get('summary') or '')}")
        return 0 if view["lifecycleStatus"] in TERMINAL_INTENT_STATES else 1


def answer_text(text: str, cited: list[str]) -> Text:
    """The answer as written (its line breaks kept), with the entities it cites highlighted."""
    out = Text(text)
    for entity in cited:
        out.highlight_words([entity], style="bold cyan")
    return out


async def ask_once(client: NerveClient, console: Console, question: str, thread_id: str) -> None:
    text = ""
    with Live(Text(""), console=console, refresh_per_second=12, vertical_overflow="visible") as live:
        async for event in client.ask(question, thread_id):
            if event.event == "chunk":
                text += event.json()
                live.update(Text(text))
            elif event.event == "citations":  # highlighted where the answer names them, not listed again
                live.update(answer_text(text, list(event.json().get("citations", []))))
            elif event.event == "error":
                live.update(Text(str(event.json()), style="red"))
    if not text.endswith("\n"):
        console.line()  # the live area leaves the cursor after the answer's last character


async def run_chat(settings: Settings, console: Console, user: str, question: str | None) -> int:
    """Ask one question, or hold a conversation until an empty line or Ctrl-D."""
    async with NerveClient(settings) as client:
        session = await client.login(user)
        thread_id = f"term-{uuid.uuid4().hex[:8]}"
        if question:
            await ask_once(client, console, question, thread_id)
            return 0
        console.print(f"NOC chat as [bold]{session['username']}[/] ({', '.join(session['roles'])}); empty line quits.")
        while True:
            try:
                line = await asyncio.to_thread(
                    Prompt.ask, "[bold cyan]you[/]", console=console, default="", show_default=False
                )
            except EOFError:
                return 0
            if not line.strip():
                return 0
            await ask_once(client, console, line, thread_id)
