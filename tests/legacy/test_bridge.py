"""The legacy bridge end to end, on the real stack: broker, PostgreSQL, Kafka Connect with Debezium,
the legacy engine, the adapter, the BSS twin and the intent service."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import time
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from agents.intent.service import IntentService
from legacy import store
from legacy.connect import LocalConnect
from legacy.reconcile import open_drifts, reconcile
from nerve import topics as t
from nerve.audit import audit
from nerve.bus import Bus
from nerve.contracts import Actor, Anomaly, AuditRecord, Command, CommandResult, RowChange, SubscriberState
from nerve.estate import Estate, Offer, Subscriber
from nerve.kafka_local import LocalKafka
from nerve.settings import Settings
from nerve.topics import ensure_topics
from simulators.bss.systems import BssSystems
from streams.worker import DriftWorker
from tests.legacy.conftest import bridge, with_migration
from tests.support.estates import estate_params
from tools.base import Caller

pytestmark = pytest.mark.slow
DRIFT_AFTER_S = 3


@contextlib.asynccontextmanager
async def nerve_side(settings: Settings, estate: Estate) -> AsyncIterator[IntentService]:
    systems = BssSystems(settings, estate, failure_rate=0.0)
    task = asyncio.create_task(systems.run())
    await asyncio.wait_for(systems.ready.wait(), 60)
    svc = IntentService(settings, estate)
    await svc.start()
    try:
        yield svc
    finally:
        await svc.stop()
        systems.stop()
        await asyncio.wait_for(task, 30)


def on_legacy(*regions: str, inventory: bool = False) -> str:
    """A migration.yaml that routes these regions' activations (and their inventory) to the legacy side."""
    rules = "".join(f"    - {{region: {r}, side: legacy}}\n" for r in regions)
    table = f"activation:\n  default: nerve\n  rules:\n{rules}" if regions else "activation: {default: nerve}\n"
    return table + (
        f"inventory:\n  default: nerve\n  rules:\n{rules}drift_after_s: {DRIFT_AFTER_S}\n" if inventory else ""
    )


def me(sub: str) -> Caller:
    return Caller(Actor(kind="person", id=sub), frozenset({"subscriber"}), sub)


def orders_for(estate: Estate, region: str, n: int) -> list[tuple[Subscriber, Offer]]:
    """``n`` subscribers of ``region`` (active ones), each with a recurring network add-on they may buy."""
    from tools.eligibility import purchase_reasons
    from tools.subscriber import merge_state

    out = []
    for sub in estate.subscribers:
        if sub.region != region or sub.status != "active":
            continue
        profile = merge_state(sub, {}, estate.catalog)
        offer = next(
            (
                o
                for o in estate.catalog.offers
                if o.kind == "addon"
                and o.recurring
                and o.fulfilment.network
                and not o.fulfilment.partner
                and not o.compliance.age_verification
                and not purchase_reasons(profile, o, estate.catalog)
            ),
            None,
        )
        if offer is not None:
            out.append((sub, offer))
    assert len(out) >= n, f"only {len(out)} subscribers of {region} can buy a network add-on"
    return out[:n]


async def order(svc: IntentService, sub: Subscriber, offer: Offer) -> str:
    view = await svc.submit(me(sub.id), sub.id, text=f"add {offer.name}")
    assert view.lifecycle_status == "awaiting_confirmation", view
    await svc.confirm(me(sub.id), view.intent_id, accept=True)
    return view.intent_id


def legacy_orders(settings: Settings) -> Counter[str]:
    with store.connect(settings) as conn:
        rows = conn.execute("SELECT order_ref, status FROM service_orders").fetchall()
    return Counter(f"{r['order_ref']}:{r['status']}" for r in rows)


async def activations(bus: Bus) -> dict[str, list[Command]]:
    out: dict[str, list[Command]] = {"nerve": [], "legacy": []}
    for side, topic in (("nerve", t.ACTIVATION_COMMANDS), ("legacy", t.LEGACY_ACTIVATION_COMMANDS)):
        out[side] = [r.value for r in await bus.snapshot(topic) if isinstance(r.value, Command)]
    return out


async def drift_events(bus: Bus, until: tuple[str, str]) -> list[tuple[str, str]]:
    """The drift anomalies (subscriber, event) so far, once ``until`` is among them."""
    seen: list[tuple[str, str]] = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        seen = [
            (r.value.entity, r.value.event) for r in await bus.snapshot(t.LEGACY_DRIFT) if isinstance(r.value, Anomaly)
        ]
        if until in seen:
            return seen
        await asyncio.sleep(0.2)
    raise AssertionError(f"no drift {until} in time: {seen}")


@contextlib.asynccontextmanager
async def drift_watcher(settings: Settings, estate: Estate) -> AsyncIterator[None]:
    worker = DriftWorker(settings, estate)
    task = asyncio.create_task(worker.run())
    try:
        yield
    finally:
        worker.stop()
        await asyncio.wait_for(task, 60)


@pytest.mark.parametrize("estate_path", estate_params())
async def test_an_order_in_a_legacy_region_completes_through_the_legacy_engine(
    settings: Settings, bus: Bus, connect_worker: LocalConnect, estate_path: Path, tmp_path: Path
) -> None:
    """... and, the region's inventory kept by the legacy side, the order raises no drift while an
    edit of the legacy inventory behind Nerve's back does, once, and abates when it is undone."""
    region = Estate.load(estate_path).topology.regions[0].id
    estate = with_migration(estate_path, tmp_path / "estate", on_legacy(region, inventory=True))
    run = settings.model_copy(
        update={"legacy_dir": connect_worker.s.legacy_home, "sim_delay_scale": 0.05, "sim_activation_failure_rate": 0.0}
    )
    (sub, offer), (other, extra) = orders_for(estate, region, 2)
    async with bridge(run, estate), nerve_side(run, estate) as svc:
        async with drift_watcher(run, estate):
            intent_id = await order(svc, sub, offer)
            done = await svc.wait(intent_id, 120)
            assert (done.order_state, done.lifecycle_status) == ("completed", "completed"), done
            sent = await activations(bus)
            assert [c.payload.offer for c in sent["legacy"]] == [offer.id]  # type: ignore[union-attr]
            assert sent["nerve"] == []
            assert legacy_orders(run) == Counter({f"{sent['legacy'][0].command_id}:done": 1})
            state = (await bus.latest(t.SUBSCRIBER_STATE))[f"activation/{sub.id}"]
            assert isinstance(state, SubscriberState) and offer.id in state.services
            results = [r.value for r in await bus.snapshot(t.COMMAND_RESULTS)]
            served = [
                r for r in results if isinstance(r, CommandResult) and r.command_id == sent["legacy"][0].command_id
            ]
            assert served and {(r.system, r.status) for r in served} == {("activation", "succeeded")}
            # Someone adds a service to the legacy inventory by hand: Nerve does not know it.
            with store.connect(run) as conn:
                conn.execute(
                    "INSERT INTO resource_inventory (subscriber, offer, kind) VALUES (%s, %s, 'service')",
                    (other.id, extra.id),
                )
            onset = await drift_events(bus, (other.id, "ONSET"))
            assert [a.entity for a in await open_drifts(run)] == [other.id]  # what `nerve legacy status` shows
        # Undone while the watcher is down: the next one, reading everything again, abates it (once).
        with store.connect(run) as conn:
            conn.execute("DELETE FROM resource_inventory WHERE subscriber = %s AND offer = %s", (other.id, extra.id))
        async with drift_watcher(run, estate):
            events = await drift_events(bus, (other.id, "ABATED"))
        assert await open_drifts(run) == []
        # The order changed both views; it raised nothing, though it finished before the edit.
        assert onset == [(other.id, "ONSET")] and events == [(other.id, "ONSET"), (other.id, "ABATED")]
        (raised, _) = [r.value for r in await bus.snapshot(t.LEGACY_DRIFT)]
        assert isinstance(raised, Anomaly) and raised.detector == "drift" and extra.id in (raised.probable_cause or "")


async def wait_orders(settings: Settings, n: int) -> None:
    """Until the legacy table holds ``n`` work orders."""
    for _ in range(600):
        if sum(legacy_orders(settings).values()) >= n:
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"fewer than {n} work orders arrived: {legacy_orders(settings)}")


async def test_a_region_switched_live_finishes_in_flight_orders_on_legacy_and_sends_new_ones_to_nerve(
    settings: Settings, bus: Bus, connect_worker: LocalConnect, estate: Estate, tmp_path: Path
) -> None:
    region = estate.topology.regions[-1].id
    copy = with_migration(estate.root, tmp_path / "estate", on_legacy(region))
    run = settings.model_copy(
        update={"legacy_dir": connect_worker.s.legacy_home, "sim_delay_scale": 0.05, "sim_activation_failure_rate": 0.0}
    )
    first, second, third = orders_for(copy, region, 3)
    async with bridge(run, copy, engine=False) as legacy, nerve_side(run, copy) as svc:
        in_flight = [await order(svc, sub, offer) for sub, offer in (first, second)]
        await wait_orders(run, 2)  # placed with the legacy engine, which is not working yet
        (copy.root / "migration.yaml").write_text(on_legacy())  # the region moves to Nerve
        moved = await order(svc, *third)
        assert (await svc.wait(moved, 60)).order_state == "completed"
        legacy.start_engine()
        for intent_id in in_flight:
            assert (await svc.wait(intent_id, 120)).order_state == "completed"
        sent = await activations(bus)
        assert sorted(c.target for c in sent["legacy"]) == sorted([first[0].id, second[0].id])
        assert [c.target for c in sent["nerve"]] == [third[0].id]
        assert sorted(legacy_orders(run).elements()) == sorted(f"{c.command_id}:done" for c in sent["legacy"])
        latest = await bus.latest(t.SUBSCRIBER_STATE)
        for sub, offer in (first, second, third):
            state = latest[f"activation/{sub.id}"]
            assert isinstance(state, SubscriberState) and state.services.count(offer.id) == 1, state
        # The legacy inventory knows what the legacy side did, not what Nerve did since the switch.
        drifts = await reconcile(run, copy)
        assert [(d.subscriber, d.what, d.nerve) for d in drifts] == [(third[0].id, "only in nerve", third[1].id)]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def audit_of(bus: Bus, incident: str, action: str) -> list[AuditRecord]:
    records = [r.value for r in await bus.snapshot(t.AUDIT)]
    return [r for r in records if isinstance(r, AuditRecord) and r.correlation_id == incident and r.action == action]


async def test_an_incident_for_people_opens_a_legacy_ticket_whose_closure_comes_back_to_its_audit(
    settings: Settings, bus: Bus, connect_worker: LocalConnect, estate: Estate, tmp_path: Path
) -> None:
    region = estate.topology.regions[0].id
    routing = f"ticketing:\n  rules:\n    - {{region: {region}, side: legacy}}\n"
    copy = with_migration(estate.root, tmp_path / "estate", routing)
    cell = next(c.id for c in copy.topology.cells if copy.topology.region_of(c.id) == region)
    run = settings.model_copy(update={"legacy_dir": connect_worker.s.legacy_home})
    loop = Actor(kind="agent", id="remediation-loop")
    async with bridge(run, copy):
        for _ in range(2):  # a repeated record opens no second ticket
            await audit(
                bus, loop, "remediation.acted", cell, correlation_id="inc-field-1", outcome="succeeded",
                reason="a field team is on its way", detail={"action": "dispatch_field_team", "target": cell},
            )  # fmt: skip
        for _ in range(300):
            if await audit_of(bus, "inc-field-1", "legacy.ticket.opened"):
                break
            await asyncio.sleep(0.1)
        with store.connect(run) as conn:
            conn.execute(
                "UPDATE trouble_tickets SET status = 'closed', notes = 'fibre spliced', updated_by = 'field-team-7', "
                "updated_at = now() WHERE external_ref = 'inc-field-1'"
            )
        for _ in range(300):
            if closed := await audit_of(bus, "inc-field-1", "legacy.ticket.closed"):
                break
            await asyncio.sleep(0.1)
        with store.connect(run) as conn:
            tickets = conn.execute("SELECT entity, status, updated_by FROM trouble_tickets").fetchall()
    assert tickets == [{"entity": cell, "status": "closed", "updated_by": "field-team-7"}]
    assert len(await audit_of(bus, "inc-field-1", "legacy.ticket.opened")) == 1
    assert [(r.actor.id, r.reason) for r in closed] == [("field-team-7", "fibre spliced")]
    assert await audit_of(bus, "inc-field-1", "legacy.ticket.updated") == []  # Nerve's own insert never echoes


@contextlib.asynccontextmanager
async def own_broker(legacy_pg: Path, tmp_path: Path) -> AsyncIterator[Settings]:
    """Settings of a broker (its topics made) and a Connect worker port of a test's own, so that
    stopping them touches no other test."""
    port = free_port()
    run = Settings(
        kafka_port=port,
        kafka_controller_port=free_port(),
        kafka_brokers=1,
        kafka_heap="384m",
        home=tmp_path / "home",
        bootstrap_servers=f"127.0.0.1:{port}",
        topic_prefix="own.",
        legacy_dir=legacy_pg,
        legacy_connect_port=free_port(),
        sim_delay_scale=0.05,
        sim_activation_failure_rate=0.0,
    )
    broker = LocalKafka(run)
    await asyncio.to_thread(broker.start)
    try:
        await ensure_topics(run)
        yield run
    finally:
        await asyncio.to_thread(broker.stop)


def field_change(settings: Settings, incident: str, status: str, notes: str) -> None:
    """The field team's change of an incident's legacy ticket, as they make it in the legacy OSS."""
    with store.connect(settings) as conn:
        conn.execute(
            "UPDATE trouble_tickets SET status = %s, notes = %s, updated_by = 'field-team-2', updated_at = now() "
            "WHERE external_ref = %s",
            (status, notes, incident),
        )


async def came_back(bus: Bus, incident: str, action: str, notes: str) -> None:
    for _ in range(600):
        if any(r.reason == notes for r in await audit_of(bus, incident, action)):
            return
        await asyncio.sleep(0.2)
    raise AssertionError(f"no {action} ({notes}) came back for {incident}")


async def test_a_connect_worker_killed_and_a_broker_restarted_lose_and_double_nothing(
    legacy_pg: Path, estate: Estate, tmp_path: Path
) -> None:
    region = estate.topology.regions[0].id
    copy = with_migration(estate.root, tmp_path / "estate", on_legacy(region))
    async with own_broker(legacy_pg, tmp_path) as run:
        broker, worker = LocalKafka(run), LocalConnect(run)
        proc = await asyncio.to_thread(worker.start)
        try:
            before, *during = orders_for(copy, region, 3)
            async with bridge(run, copy), nerve_side(run, copy) as svc, Bus(run) as bus:
                # The worker killed with SIGKILL while the engine finishes orders, then restarted.
                assert (await svc.wait(await order(svc, *before), 120)).order_state == "completed"
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait()
                pending = [await order(svc, sub, offer) for sub, offer in during]
                await wait_orders(run, 3)
                for _ in range(600):  # the engine finishes them while nothing captures its table
                    if all(k.endswith(":done") for k in legacy_orders(run)):
                        break
                    await asyncio.sleep(0.1)
                proc = await asyncio.to_thread(worker.start)
                for intent_id in pending:
                    assert (await svc.wait(intent_id, 120)).order_state == "completed"
                sent = (await activations(bus))["legacy"]
                assert sorted(legacy_orders(run).elements()) == sorted(f"{c.command_id}:done" for c in sent)
                results = Counter(
                    r.value.command_id
                    for r in await bus.snapshot(t.COMMAND_RESULTS)
                    if isinstance(r.value, CommandResult)
                )
                assert all(results[c.command_id] >= 1 for c in sent), results
                latest = await bus.latest(t.SUBSCRIBER_STATE)
                for sub, offer in (before, *during):
                    state = latest[f"activation/{sub.id}"]
                    assert isinstance(state, SubscriberState) and state.services.count(offer.id) == 1, state

                # The broker stopped while the field changes a ticket, then started again.
                with store.connect(run) as conn:
                    conn.execute(
                        "INSERT INTO trouble_tickets (external_ref, entity, summary, severity, updated_by) "
                        "VALUES ('inc-replay-1', %s, 'no service', 'major', 'nerve')",
                        (copy.topology.cells[0].id,),
                    )
                field_change(run, "inc-replay-1", "in_progress", "on site")
                await came_back(bus, "inc-replay-1", "legacy.ticket.updated", "on site")
                await asyncio.to_thread(broker.stop)
                field_change(run, "inc-replay-1", "closed", "card replaced")  # nothing can carry it to Kafka now
                await asyncio.to_thread(broker.start)
                await came_back(bus, "inc-replay-1", "legacy.ticket.closed", "card replaced")
                # A change after it: a replay of the earlier one would have come before this one.
                field_change(run, "inc-replay-1", "closed", "checked a day later")
                await came_back(bus, "inc-replay-1", "legacy.ticket.closed", "checked a day later")
                changes = [r.value for r in await bus.snapshot(t.LEGACY_TICKETS)]
                updated = await audit_of(bus, "inc-replay-1", "legacy.ticket.updated")
                closed = await audit_of(bus, "inc-replay-1", "legacy.ticket.closed")
            ops = [(c.op, (c.after or {}).get("notes")) for c in changes if isinstance(c, RowChange)]
            assert ops == [("c", ""), ("u", "on site"), ("u", "card replaced"), ("u", "checked a day later")]
            assert [r.reason for r in updated] == ["on site"]
            assert [r.reason for r in closed] == ["card replaced", "checked a day later"]
        finally:
            proc.terminate()
            await asyncio.to_thread(proc.wait, 60)
