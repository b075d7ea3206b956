"""What ``nerve up`` prints once every part answers: the URLs, the demo logins and keys, and an
intent to try. The API owns the credential file, so it makes it before the parts start."""

from __future__ import annotations

from collections.abc import Callable

from rich.console import Console
from rich.panel import Panel
from rich.table import Table

from api.credentials import Credentials
from nerve.estate import Estate
from nerve.settings import Settings
from nerve.stack import base_url
from tools.eligibility import purchase_reasons
from tools.subscriber import merge_state

# What each demo role may do, as the banner says it (each role may also do what the ones before it may).
ROLE_WORDS = {
    "viewer": "reads the console and asks the NOC agent",
    "operator": "also proposes actions and confirms orders",
    "approver": "also approves or denies actions",
}


def prepare_banner(settings: Settings, estate: Estate, console: Console) -> Callable[[], None]:
    """Make the credential file (once, before the API starts) and return the banner that names it."""
    credentials = Credentials.load_or_create(settings.home, estate)
    return lambda: banner(settings, credentials, estate, console)


def banner(settings: Settings, credentials: Credentials, estate: Estate, console: Console) -> None:
    url = base_url(settings)
    table = Table.grid(padding=(0, 2))
    table.add_row("[bold]dashboard + NOC chat[/]", f"{url}/ui/")
    table.add_row("[bold]API docs (OpenAPI)[/]", f"{url}/docs  ·  {url}/openapi.json")
    table.add_row("[bold]health[/]", f"{url}/healthz  ·  {url}/readyz")
    for account in credentials.data.operators:
        if account.demo_password:  # roles run viewer < operator < approver: the last is the highest
            role = account.roles[-1]
            may = ROLE_WORDS.get(role, role)
            if role != account.username:  # a second account of the same role
                may = f"a second {role}: nobody approves their own proposal"
            table.add_row(
                f"log in as [cyan]{account.username}[/]", f"password [bold]{account.demo_password}[/]  [dim]{may}[/]"
            )
    for sub in (s.id for s in estate.subscribers[:3]):
        if (key := credentials.subscriber_key(sub)) is not None:
            table.add_row(f"API key for {sub}", key)
    if (key := credentials.app_key("demo-app")) is not None:
        table.add_row("app key demo-app", key)
    table.add_row("more keys", str(credentials.path))
    table.add_row("merged log", str(settings.home / "logs" / "up.log"))
    table.add_row("try", "  ·  ".join(("nerve demo", "nerve chat", *try_intent(estate))))
    console.print(Panel(table, title="[bold green]Nerve is up[/] — Ctrl-C stops everything", expand=False))


def try_intent(estate: Estate) -> list[str]:
    """An intent to try, from this operator's estate: its first subscriber asks for an add-on it may
    have. Not a partner service, which is what `nerve demo` orders (the demo would make it fail as
    already held); a one-off if there is one, so that it can be tried again and again."""
    if not estate.subscribers:
        return []
    sub = estate.subscribers[0]
    profile = merge_state(sub, {}, estate.catalog)
    fits = [o for o in estate.catalog.offers if o.kind == "addon" and not purchase_reasons(profile, o, estate.catalog)]
    offer = min(fits, key=lambda o: o.price.period != "one_off", default=None)
    return [f'nerve intent --as {sub.id} "add {offer.name}"'] if offer else []
