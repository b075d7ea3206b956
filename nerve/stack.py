"""What ``nerve up`` runs: Kafka and topics here, then the parts under the supervisor, then the banner."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

import typer
from rich.console import Console
from rich.panel import Panel
from rich.table import Table

from nerve.errors import ConfigError
from nerve.estate import Estate
from nerve.kafka_local import LocalKafka
from nerve.settings import Settings
from nerve.supervisor import Part, Supervisor, check_ports, http_ready, port_taken
from nerve.topics import ensure_topics, wait_for_group_coordinator

log = logging.getLogger(__name__)

# (name, nerve sub-command): the order they start in; the API last, since it runs the agents
# that read what the others publish.
PARTS: tuple[tuple[str, list[str]], ...] = (
    ("streams", ["streams", "worker"]),
    ("billing", ["streams", "billing"]),
    ("sim", ["sim", "run"]),
    ("loop", ["loop", "run"]),
    ("api", ["api", "run"]),
)

# The legacy bridge (legacy/): when the estate has a migration.yaml, its parts start first (the
# database, then the Connect worker) and the adapter and the legacy engine with the twin.
LEGACY_FIRST: tuple[tuple[str, list[str]], ...] = (
    ("postgres", ["legacy", "postgres"]),
    ("connect", ["legacy", "worker"]),
)
LEGACY_WITH_TWIN: tuple[tuple[str, list[str]], ...] = (
    ("legacy-engine", ["sim", "legacy"]),
    ("legacy-adapter", ["legacy", "adapter"]),
)


def parts_of(settings: Settings) -> list[tuple[str, list[str]]]:
    """What `nerve up` runs for this estate, in the order it starts them."""
    if not (settings.estate_dir / "migration.yaml").exists():
        return list(PARTS)
    twin = [name for name, _ in PARTS].index("sim") + 1
    return [*LEGACY_FIRST, *PARTS[:twin], *LEGACY_WITH_TWIN, *PARTS[twin:]]


def ready_check(settings: Settings, name: str) -> Callable[[], Awaitable[bool]] | None:
    """How the supervisor knows a part is up: the API and Connect answer, PostgreSQL accepts a
    login, the adapter's connector runs; the others are up once they have settled."""
    from legacy.connect import LocalConnect
    from legacy.postgres import LocalPostgres

    checks: dict[str, Callable[[], bool]] = {
        "postgres": LocalPostgres(settings).answers,
        "legacy-adapter": LocalConnect(settings).running,
    }
    if name == "api":
        return http_ready(f"{base_url(settings)}/healthz")
    if name == "connect":
        return http_ready(f"{LocalConnect(settings).url}/connectors")
    if name in checks:
        check = checks[name]

        async def in_thread() -> bool:
            return await asyncio.to_thread(check)

        return in_thread
    return None


def available(cli: typer.Typer, args: list[str]) -> bool:
    """Whether ``nerve <group> <command>`` exists in this build."""
    group, command = args
    for registered in cli.registered_groups:
        if registered.name == group and registered.typer_instance is not None:
            names = {
                c.name or (c.callback.__name__ if c.callback else "")
                for c in registered.typer_instance.registered_commands
            }
            return command in names
    return False


def base_url(settings: Settings) -> str:
    return f"http://{settings.api_host}:{settings.api_port}"


def up(settings: Settings, cli: typer.Typer, console: Console) -> int:
    """Bring the whole of Nerve up and supervise it until Ctrl-C; the exit code."""
    check_ports(settings)
    started_kafka = False
    if settings.local_kafka and not port_taken("127.0.0.1", settings.kafka_port):
        console.print("[bold]▸ starting Kafka…[/]")
        console.print(f"[green]✓[/] {LocalKafka(settings).start().describe()}")
        started_kafka = True
    elif settings.local_kafka:
        # Running already (from `nerve kafka start`, or another runtime directory): used, and left running.
        console.print(f"[green]✓[/] Kafka already answers on {settings.bootstrap_servers}")
    else:
        console.print(f"[green]✓[/] using the Kafka cluster at {settings.bootstrap_servers}")
    try:
        created = asyncio.run(ensure_topics(settings))
        asyncio.run(wait_for_group_coordinator(settings))
        console.print(f"[green]✓[/] topics: {len(created)} created, the rest present")
        estate = Estate.load(settings.estate_dir)
        if any(name == "connect" for name, _ in parts_of(settings)):
            from legacy.connect import LocalConnect

            LocalConnect(settings).ensure_jars()  # once: Maven may take minutes, longer than a part's start
        from api.credentials import Credentials  # the API's module owns the credential file

        credentials = Credentials.load_or_create(settings.home, estate)
        parts: list[Part] = []
        for name, args in parts_of(settings):
            if not available(cli, args):
                console.print(f"[yellow]! {name}: `nerve {' '.join(args)}` is not in this build; skipping it[/]")
                continue
            parts.append(Part(name, args, ready=ready_check(settings, name)))
        supervisor = Supervisor(settings, parts, console, settings.home / "logs" / "up.log")
        return asyncio.run(supervisor.run(lambda: banner(settings, credentials, estate, console)))
    except KeyboardInterrupt:  # Ctrl-C before the parts started: nothing of ours runs yet
        console.print("interrupted")
        return 130
    finally:
        if started_kafka:
            console.print("[bold]■ stopping the Kafka this run started[/]")
            LocalKafka(settings).stop()


# What each demo role may do, as the banner says it (each role may also do what the ones before it may).
ROLE_WORDS = {
    "viewer": "reads the console and asks the NOC agent",
    "operator": "also proposes actions and confirms orders",
    "approver": "also approves or denies actions",
}


def banner(settings: Settings, credentials: object, estate: Estate, console: Console) -> None:
    from api.credentials import Credentials

    assert isinstance(credentials, Credentials)
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
    from tools.eligibility import purchase_reasons
    from tools.subscriber import merge_state

    if not estate.subscribers:
        return []
    sub = estate.subscribers[0]
    profile = merge_state(sub, {}, estate.catalog)
    fits = [o for o in estate.catalog.offers if o.kind == "addon" and not purchase_reasons(profile, o, estate.catalog)]
    offer = min(fits, key=lambda o: o.price.period != "one_off", default=None)
    return [f'nerve intent --as {sub.id} "add {offer.name}"'] if offer else []


def require_api(settings: Settings) -> None:
    """Raise ConfigError when no API answers on the configured address (for the client commands)."""
    if not port_taken(settings.api_host, settings.api_port):
        raise ConfigError(f"no Nerve API on {base_url(settings)}: start it with `nerve up` (or set NERVE_API_PORT)")
