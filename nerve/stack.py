"""What ``nerve up`` runs: Kafka and topics here, then the parts under the supervisor, then the banner
(which the layer above hands in: the API owns its credentials)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

import typer
from rich.console import Console

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
    ("fraud", ["streams", "fraud"]),
    ("sim", ["sim", "run"]),
    ("loop", ["loop", "run"]),
    ("fraud-responder", ["fraud", "respond"]),
    ("api", ["api", "run"]),
)
# Parts that serve an estate file an operator may not have: run only when it is there.
NEEDS = {"fraud": "fraud.yaml", "fraud-responder": "fraud.yaml"}

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


# Given the loaded estate, prepares what the parts share before they start and returns the banner
# to print once they all answer.
PrepareBanner = Callable[[Settings, Estate, Console], Callable[[], None]]


def up(settings: Settings, cli: typer.Typer, console: Console, prepare_banner: PrepareBanner) -> int:
    """Bring the whole of Nerve up and supervise it until Ctrl-C; the exit code."""
    check_ports(settings)
    started_kafka = False
    if settings.local_kafka and not port_taken("127.0.0.1", settings.kafka_port):
        console.print("[bold]▸ starting Kafka…[/]")
        console.print(f"[green]✓[/] {LocalKafka(settings).start().describe()}")
        started_kafka = True
    elif settings.local_kafka:
        # Running already (from `nerve kafka start`, or another runtime directory): used, and left running;
        # principals added since it was formatted get their accounts.
        LocalKafka(settings).register_new_accounts()
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
        banner = prepare_banner(settings, estate, console)
        parts: list[Part] = []
        for name, args in parts_of(settings):
            if not available(cli, args):
                console.print(f"[yellow]! {name}: `nerve {' '.join(args)}` is not in this build; skipping it[/]")
                continue
            if name in NEEDS and not (estate.root / NEEDS[name]).exists():
                console.print(f"[yellow]! {name}: this estate has no {NEEDS[name]}; not running it[/]")
                continue
            parts.append(Part(name, args, ready=ready_check(settings, name)))
        supervisor = Supervisor(settings, parts, console, settings.home / "logs" / "up.log")
        return asyncio.run(supervisor.run(banner))
    except KeyboardInterrupt:  # Ctrl-C before the parts started: nothing of ours runs yet
        console.print("interrupted")
        return 130
    finally:
        if started_kafka:
            console.print("[bold]■ stopping the Kafka this run started[/]")
            LocalKafka(settings).stop()
