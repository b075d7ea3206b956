"""The legacy bridge end to end, on the real stack: broker, PostgreSQL, Kafka Connect with Debezium,
the legacy engine, the adapter, the BSS twin and the intent service."""

from __future__ import annotations

import asyncio
import contextlib
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from agents.intent.service import IntentService
from legacy import store
from legacy.connect import LocalConnect
from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import Actor, Command, CommandResult, SubscriberState
from nerve.estate import Estate, Offer, Subscriber
from nerve.settings import Settings
from simulators.bss.systems import BssSystems
from tests.legacy.conftest import bridge, with_migration
from tests.support.estates import estate_params
from tools.base import Caller

pytestmark = pytest.mark.slow


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


def on_legacy(*regions: str) -> str:
    """A migration.yaml that routes these regions' activations to the legacy side."""
    rules = "".join(f"    - {{region: {r}, side: legacy}}\n" for r in regions)
    return f"activation:\n  default: nerve\n  rules:\n{rules}" if regions else "activation: {default: nerve}\n"


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


@pytest.mark.parametrize("estate_path", estate_params())
async def test_an_order_in_a_legacy_region_completes_through_the_legacy_engine(
    settings: Settings, bus: Bus, connect_worker: LocalConnect, estate_path: Path, tmp_path: Path
) -> None:
    region = Estate.load(estate_path).topology.regions[0].id
    estate = with_migration(estate_path, tmp_path / "estate", on_legacy(region))
    run = settings.model_copy(
        update={"legacy_dir": connect_worker.s.legacy_home, "sim_delay_scale": 0.05, "sim_activation_failure_rate": 0.0}
    )
    ((sub, offer),) = orders_for(estate, region, 1)
    async with bridge(run, estate, connect_worker), nerve_side(run, estate) as svc:
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
        served = [r for r in results if isinstance(r, CommandResult) and r.command_id == sent["legacy"][0].command_id]
        assert served and {(r.system, r.status) for r in served} == {("activation", "succeeded")}
