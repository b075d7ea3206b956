"""Building BSS commands and running the BSS systems in-process against the real broker."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from decimal import Decimal
from typing import Any, Protocol

from nerve import contracts as c
from nerve.bus import Bus
from nerve.estate import Estate
from nerve.settings import Settings
from nerve.topics import Topic
from simulators.bss.state import read_subscriber_state
from simulators.bss.systems import BssSystems

ACTOR = c.Actor(kind="agent", id="test")
_ids = itertools.count()


class Send(Protocol):
    """Publish a command (to its own topic unless told) and wait for its result."""

    async def __call__(self, cmd: c.Command, topic: Topic | None = None) -> c.CommandResult: ...


@asynccontextmanager
async def running(settings: Settings, estate: Estate, **kwargs: Any) -> AsyncIterator[BssSystems]:
    systems = BssSystems(settings, estate, **kwargs)
    task = asyncio.create_task(systems.run())
    ready = asyncio.create_task(systems.ready.wait())
    await asyncio.wait({task, ready}, return_when=asyncio.FIRST_COMPLETED)
    if task.done():
        ready.cancel()
        task.result()
    try:
        yield systems
    finally:
        systems.stop()
        await task


def command(kind: c.CommandType, subscriber: str, payload: c.Payload, command_id: str | None = None) -> c.Command:
    return c.Command(
        command_id=command_id or f"test-{next(_ids)}",
        type=kind,
        target=subscriber,
        payload=payload,
        issued_by=ACTOR,
        correlation_id="ord-test",
        issued_at=c.now(),
    )


def activation(estate: Estate, kind: c.CommandType, subscriber: str, offer: str, **kw: Any) -> c.Command:
    network = estate.catalog.by_id[offer].fulfilment.network or {}
    payload = c.ActivationPayload(subscriber=subscriber, offer=offer, network=network)
    return command(kind, subscriber, payload, **kw)


def billing(estate: Estate, kind: c.CommandType, subscriber: str, offer: str, **override: Any) -> c.Command:
    price = estate.catalog.by_id[offer].price
    fields: dict[str, Any] = {"amount": price.amount, "currency": "EUR", "period": price.period}
    command_id = override.pop("command_id", None)
    fields.update(override)
    payload = c.BillingPayload(subscriber=subscriber, offer=offer, **fields)
    return command(kind, subscriber, payload, command_id)


def partner(estate: Estate, kind: c.CommandType, subscriber: str, offer: str, **kw: Any) -> c.Command:
    name = estate.catalog.by_id[offer].fulfilment.partner or "none"
    return command(kind, subscriber, c.PartnerPayload(subscriber=subscriber, offer=offer, partner=name), **kw)


def compliance(subscriber: str, offer: str, checks: list[Any], residency: str | None = None) -> c.Command:
    payload = c.CompliancePayload(subscriber=subscriber, offer=offer, checks=checks, data_residency=residency)
    return command("compliance.check", subscriber, payload)


async def state_of(bus: Bus, subscriber: str) -> dict[str, c.SubscriberState]:
    return await read_subscriber_state(bus, subscriber)


def money(charges: list[c.Charge]) -> Decimal:
    """What the subscriber pays: one-offs and active recurring charges, less refunds."""
    return sum((-x.amount if x.kind == "refund" else x.amount for x in charges), Decimal(0))
