"""Subscriber reads: the profile, plan and active services, as the BSS systems report them.

The systems publish one ``SubscriberState`` per system and subscriber on the compacted
SUBSCRIBER_STATE topic. A system that has published a state for a subscriber is authoritative for
the offers it fulfils; where no system has spoken yet, the estate file is the starting point.
"""

from __future__ import annotations

import logging
from decimal import Decimal

from pydantic import BaseModel

from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import Message, SubscriberState
from nerve.estate import Catalog, Offer, Subscriber
from nerve.tail import TopicTail
from tools.base import ToolContext, ToolResult

log = logging.getLogger(__name__)


class SubscriberQuery(BaseModel):
    subscriber: str


class ServiceLine(BaseModel):
    offer: str
    name: str
    kind: str
    amount: Decimal
    currency: str
    period: str


class SubscriberProfile(BaseModel):
    id: str
    name: str
    msisdn: str
    segment: str
    age: int | None
    credit_class: str
    kyc_verified: bool
    consents: dict[str, bool]
    plan: str
    services: list[str]
    status: str
    region: str
    home_cell: str
    source: str  # "systems" when read back from SUBSCRIBER_STATE, "estate" otherwise
    controls: list[str] = []  # fraud responses in force on the line (BSS line controls)


class SubscriberServices(BaseModel):
    subscriber: str
    plan: ServiceLine
    services: list[ServiceLine]
    monthly_total: Decimal
    currency: str
    source: str


class SubscriberStateView:
    """The latest SubscriberState per (system, subscriber), kept current by following the topic."""

    def __init__(self, bus: Bus) -> None:
        self._states: dict[str, dict[str, SubscriberState]] = {}
        self._tail = TopicTail(bus, (t.SUBSCRIBER_STATE,), lambda message, live: self.put(message))

    async def start(self) -> None:
        await self._tail.start()

    async def stop(self) -> None:
        await self._tail.stop()

    def get(self, subscriber: str) -> dict[str, SubscriberState]:
        return dict(self._states.get(subscriber, {}))

    def put(self, state: Message) -> None:
        assert isinstance(state, SubscriberState)
        self._states.setdefault(state.subscriber, {})[state.system] = state


def merge_state(base: Subscriber, states: dict[str, SubscriberState], catalog: Catalog) -> SubscriberProfile:
    """The subscriber as the systems see it: each system decides for the offers it fulfils."""
    plan = base.plan
    activation = states.get("activation")
    if activation is not None and activation.plan:
        plan = activation.plan
    services: list[str] = []
    for offer_id in dict.fromkeys([*base.services, *(s for st in states.values() for s in st.services)]):
        offer = catalog.by_id.get(offer_id)
        if offer is None or offer.kind == "plan":
            continue
        deciders = [states[sys] for sys in _systems_of(offer) if sys in states]
        active = all(offer_id in st.services for st in deciders) if deciders else offer_id in base.services
        if active:
            services.append(offer_id)
    return SubscriberProfile(
        **base.model_dump(exclude={"plan", "services"}),
        plan=plan,
        services=services,
        source="systems" if states else "estate",
        controls=list(states["line_control"].controls) if "line_control" in states else [],
    )


def _systems_of(offer: Offer) -> list[str]:
    systems = []
    if offer.fulfilment.network:
        systems.append("activation")
    if offer.fulfilment.partner:
        systems.append("partner")
    return systems


def profile_of(ctx: ToolContext, subscriber: str) -> SubscriberProfile | None:
    """The merged profile, or None for an unknown subscriber (shared by every subscriber tool)."""
    base = ctx.estate.subscriber.get(subscriber)
    if base is None:
        return None
    states = ctx.subscriber_state.get(subscriber) if ctx.subscriber_state is not None else {}
    return merge_state(base, states, ctx.estate.catalog)


def _line(offer: Offer, currency: str) -> ServiceLine:
    return ServiceLine(
        offer=offer.id,
        name=offer.name,
        kind=offer.kind,
        amount=offer.price.amount,
        currency=currency,
        period=offer.price.period,
    )


async def get_services(ctx: ToolContext, params: SubscriberQuery) -> ToolResult[SubscriberServices]:
    """List a subscriber's plan and active services with their catalog prices, and the monthly total.
    Plan and services come from the BSS systems' current state."""
    if not ctx.caller.may_act_for(params.subscriber):
        return ToolResult.not_permitted(f"not permitted: caller acts only for {ctx.caller.subscriber}")
    profile = profile_of(ctx, params.subscriber)
    if profile is None:
        return ToolResult.not_found(f"no subscriber {params.subscriber}")
    catalog = ctx.estate.catalog
    currency = catalog.operator.currency
    plan = _line(catalog.by_id[profile.plan], currency)
    lines = [_line(catalog.by_id[s], currency) for s in profile.services]
    monthly = plan.amount + sum((x.amount for x in lines if x.period == "monthly"), Decimal(0))
    return ToolResult.ok(
        SubscriberServices(
            subscriber=profile.id,
            plan=plan,
            services=lines,
            monthly_total=monthly,
            currency=currency,
            source=profile.source,
        )
    )
