"""``nerve demo``: against a running ``nerve up``, show the loop close and an intent complete.

1. inject a fault the loop can fix on its own (a link with a backup path going down, else a cell
   outage) into the twin, and follow the dashboard's live stream: anomalies, the incident and its
   root cause, the guarded action, its result, the verification and the close;
2. send "add <an OTT offer>" as a subscriber through the intent API, confirm, and follow the order
   to completed.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import time
from dataclasses import dataclass, field
from typing import Any

from rich.console import Console
from rich.markup import escape

from api.client import NerveClient
from api.terminal import describe_intent, wait_intent
from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import FaultInjection, new_id, now
from nerve.estate import Estate
from nerve.kafka_auth import Principal
from nerve.settings import Settings

INCIDENT_TIMEOUT_S = 150.0


@dataclass
class Progress:
    started: float = field(default_factory=time.monotonic)
    anomaly_at: float | None = None
    incident: str | None = None
    root_cause: str | None = None
    closed_at: float | None = None

    def clock(self) -> str:
        return f"[dim]{time.monotonic() - self.started:6.1f}s[/]"


def pick_fault(estate: Estate) -> tuple[str, str]:
    """A fault the loop remediates without a person: a link with a backup path down, else a cell outage.

    The target is drawn at random so that demos run one after another do not meet the guard's
    frequency limiter on the same entity.
    """
    topo = estate.topology
    links = [x.id for x in topo.transport_links if x.backup_via and topo.upstream_site(x.id) is None]
    if links:
        return "transport_link_down", random.choice(links)
    return "cell_outage", random.choice(topo.cells).id


async def order_something(client: NerveClient, console: Console, estate: Estate) -> tuple[str, dict[str, Any]]:
    """Ask, as one subscriber after another, for an OTT offer they do not have yet, until one is accepted.

    What a subscriber has is read back through the API (an earlier demo may have added it); an
    intent the catalog's rules reject puts nothing on Kafka, so trying the next one is harmless.
    """
    view: dict[str, Any] = {}
    subscriber = ""
    for sub in estate.subscribers[:8]:
        subscriber = sub.id
        active = {s["productOffering"] for s in await client.services(sub.id)}
        offer = next((o for o in estate.catalog.offers if o.kind == "ott" and o.id not in active), None)
        if offer is None:
            continue
        text = f"add {offer.name}"
        view = await client.submit(sub.id, text)
        console.print(f'{sub.id}: "{text}" → intent [cyan]{view["id"]}[/]: {describe_intent(view)}')
        if view["decision"] == "accepted":
            break
    return subscriber, view


async def inject(settings: Settings, kind: str, target: str) -> str:
    fault_id = new_id("flt")
    async with Bus(settings, client_id="nerve-demo", principal=Principal.EVALS) as bus:
        msg = FaultInjection(fault_id=fault_id, kind=kind, target=target, at=now())
        await bus.publish(t.SIM_CONTROL, msg, key=target)
    return fault_id


def print_step(console: Console, p: Progress, kind: str, data: dict[str, Any]) -> None:
    """One audit record or command result of the followed incident."""
    if kind == "result":
        console.print(f"{p.clock()} [green]result[/] {data['type']} on {data['target']}: {data['status']}")
        return
    actor = data["actor"]
    reason = f": {escape(data['reason'])}" if data.get("reason") else ""
    console.print(
        f"{p.clock()} [cyan]{data['action']}[/] {data.get('outcome', '')} on {data['subject']} "
        f"by {actor['kind']}:{actor['id']}{reason}"
    )


async def follow_incident(client: NerveClient, console: Console, target: str, p: Progress) -> None:
    # The feed merges several topics, so an incident's audit records may arrive before the incident
    # itself: they wait here until the incident they belong to is known.
    early: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    async for event in client.live():
        data: dict[str, Any] = event.json() or {}
        if event.event == "anomaly" and p.anomaly_at is None and data.get("event") == "ONSET":
            p.anomaly_at = time.monotonic()
            console.print(
                f"{p.clock()} [yellow]anomaly[/] {data['severity']} {data['kpi']}={data['value']:g} on {data['entity']}"
            )
        elif event.event == "incident" and target in (data.get("entities") or []) + [data.get("root_cause")]:
            if p.incident is None:
                p.incident = data["incident_id"]
                console.print(f"{p.clock()} [red]incident[/] {p.incident} opened")
                for kind, step in early.pop(p.incident, []):
                    print_step(console, p, kind, step)
            if data.get("root_cause") != p.root_cause:
                p.root_cause = data.get("root_cause")
                console.print(f"{p.clock()} [magenta]root cause[/] {p.root_cause} ({data.get('probable_cause')})")
            if data["state"] == "closed" and p.closed_at is None:
                p.closed_at = time.monotonic()
                console.print(f"{p.clock()} [green]closed[/] {p.incident}: {escape(data.get('summary') or '')}")
        elif event.event in ("audit", "result") and data.get("correlation_id"):
            if p.incident is None:
                early.setdefault(data["correlation_id"], []).append((event.event, data))
            elif data["correlation_id"] == p.incident:
                print_step(console, p, event.event, data)


async def run_demo(settings: Settings, console: Console) -> int:
    estate = Estate.load(settings.estate_dir)
    async with NerveClient(settings) as client:
        await client.login("approver")
        ready = await client.http.get("/readyz")
        if ready.status_code != 200:
            console.print(f"[yellow]! not every part is ready yet: {ready.json().get('checks')}[/]")
        kind, target = pick_fault(estate)
        console.rule("[bold]1 · a fault, detected and remediated by the loop")
        p = Progress()
        follower = asyncio.create_task(follow_incident(client, console, target, p))
        await asyncio.sleep(1.0)  # the stream is open before the fault starts
        fault_id = await inject(settings, kind, target)
        console.print(f"{p.clock()} injected [bold]{kind}[/] on [bold]{target}[/] ({fault_id})")
        # Followed until closed, plus a few seconds for the verification records that come after it.
        while not follower.done():
            await asyncio.sleep(0.2)
            waited = time.monotonic() - p.started
            if waited > INCIDENT_TIMEOUT_S or (p.closed_at is not None and time.monotonic() - p.closed_at > 4):
                follower.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await follower
        closed = p.closed_at is not None
        if not closed:
            console.print(f"[red]✗ no closed incident for {target} within {INCIDENT_TIMEOUT_S:.0f} s[/]")

        console.rule("[bold]2 · a subscriber's intent, through the API")
        started = time.monotonic()
        subscriber, view = await order_something(client, console, estate)
        if view.get("awaitingConfirmation"):
            console.print("the subscriber confirms")
            view = await client.confirm(subscriber, view["id"], True)
            console.print(f"→ {describe_intent(view, False)}")
        if view:
            view = await wait_intent(
                client, subscriber, view, 60.0, lambda v: console.print(f"→ {describe_intent(v, False)}")
            )
        completed = view.get("lifecycleStatus") == "completed"
        console.rule("[bold]summary")
        console.print(
            f"incident: {'[green]detected, remediated and closed[/]' if closed else '[red]not closed[/]'}"
            + (f" in {p.closed_at - p.started:.0f} s" if p.closed_at else "")
        )
        console.print(
            f"intent: {'[green]completed[/]' if completed else '[red]' + str(view.get('lifecycleStatus')) + '[/]'}"
            f" in {time.monotonic() - started:.1f} s"
        )
        console.print(f"see it all in the dashboard: {client.base}/ui/")
        return 0 if closed and completed else 1
