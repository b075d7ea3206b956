"""What ``nerve up`` runs: Kafka and topics here, then the parts under the supervisor, then the banner
(which the layer above hands in: the API owns its credentials)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

import typer
from rich.console import Console

from nerve.estate import Estate
from nerve.kafka_local import LocalKafka
from nerve.settings import Settings
from nerve.supervisor import Part, ReadyCheck, Supervisor, check_ports, http_ready, port_taken
from nerve.topics import ensure_topics, wait_for_group_coordinator

log = logging.getLogger(__name__)

# (name, nerve sub-command): the order they start in; the API last, since it runs the agents
# that read what the others publish.
# The legacy bridge's database and Connect worker come first, its engine and adapter with the twin,
# then its drift watcher (a Faust worker of the stream layer).
PARTS: tuple[tuple[str, list[str]], ...] = (
    ("postgres", ["legacy", "postgres"]),
    ("connect", ["legacy", "worker"]),
    ("streams", ["streams", "worker"]),
    ("billing", ["streams", "billing"]),
    ("fraud", ["streams", "fraud"]),
    ("sim", ["sim", "run"]),
    ("legacy-engine", ["sim", "legacy"]),
    ("legacy-adapter", ["legacy", "adapter"]),
    ("drift", ["streams", "drift"]),
    ("loop", ["loop", "run"]),
    ("fraud-responder", ["fraud", "respond"]),
    ("api", ["api", "run"]),
)
# Parts that serve an estate file an operator may not have: run only when it is there.
BRIDGE = "migration.yaml"  # the legacy bridge runs for an operator with a legacy OSS to migrate from
NEEDS = {
    "fraud": "fraud.yaml",
    "fraud-responder": "fraud.yaml",
    **dict.fromkeys(("postgres", "connect", "legacy-engine", "legacy-adapter", "drift"), BRIDGE),
}

# What a part needs up before it starts; the others start together.
AFTER = {"connect": ("postgres",), "legacy-engine": ("postgres",), "legacy-adapter": ("connect",)}

# How the supervisor knows a part the layers above run is up (the legacy bridge's database and
# Connect worker): handed in by the entry point, as the banner is; None for a part that is up once
# it has settled.
PartReady = Callable[[Settings, str], ReadyCheck | None]


def ready_check(settings: Settings, name: str, part_ready: PartReady) -> ReadyCheck | None:
    """The API is up when it answers its health check; the other parts as ``part_ready`` says."""
    if name == "api":
        return http_ready(f"{base_url(settings)}/healthz")
    return part_ready(settings, name)


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


def left_out(settings: Settings, estate: Estate, name: str) -> str | None:
    """Why ``nerve up`` leaves the part ``name`` out for this estate and these settings (None: it runs)."""
    if NEEDS.get(name) == BRIDGE and not settings.legacy_bridge:
        return "NERVE_LEGACY_BRIDGE is false"
    if name in NEEDS and not (estate.root / NEEDS[name]).exists():
        return f"this estate has no {NEEDS[name]}"
    return None


# Given the loaded estate, prepares what the parts share before they start and returns the banner
# to print once they all answer.
PrepareBanner = Callable[[Settings, Estate, Console], Callable[[], None]]


def up(
    settings: Settings, cli: typer.Typer, console: Console, prepare_banner: PrepareBanner, part_ready: PartReady
) -> int:
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
        banner = prepare_banner(settings, estate, console)
        parts: list[Part] = []
        for name, args in PARTS:
            if not available(cli, args):
                console.print(f"[yellow]! {name}: `nerve {' '.join(args)}` is not in this build; skipping it[/]")
                continue
            if reason := left_out(settings, estate, name):
                console.print(f"[yellow]! {name}: {reason}; not running it[/]")
                continue
            parts.append(Part(name, args, ready=ready_check(settings, name, part_ready), after=AFTER.get(name, ())))
        supervisor = Supervisor(settings, parts, console, settings.home / "logs" / "up.log")
        return asyncio.run(supervisor.run(banner))
    except KeyboardInterrupt:  # Ctrl-C before the parts started: nothing of ours runs yet
        console.print("interrupted")
        return 130
    finally:
        if started_kafka:
            console.print("[bold]■ stopping the Kafka this run started[/]")
            LocalKafka(settings).stop()
