"""Write tools: refused before Kafka when not authorised or not eligible; always at catalog prices."""

from __future__ import annotations

from decimal import Decimal

from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import Actor, BillingPayload, Command
from nerve.estate import Estate
from nerve.results import ResultWatcher
from nerve.settings import Settings
from tools.base import Caller, ToolContext, ToolStatus
from tools.eligibility import OrderAction, reasons_for
from tools.orders import OrderCommand, Step, plan_saga, publish_order_command
from tools.subscriber import profile_of

ORDER_TOPICS = (t.COMPLIANCE_COMMANDS, t.ACTIVATION_COMMANDS, t.PARTNER_COMMANDS, t.BILLING_COMMANDS)


def ctx(
    settings: Settings, bus: Bus, estate: Estate, acting_for: str | None, results: ResultWatcher | None = None
) -> ToolContext:
    caller = Caller(Actor(kind="person", id="tester"), frozenset(), acting_for)
    return ToolContext(settings, bus, estate, caller, results=results)


async def commands_on_kafka(bus: Bus) -> list[Command]:
    return [r.value for topic in ORDER_TOPICS for r in await bus.snapshot(topic)]  # type: ignore[misc]


def first_step(subscriber: str, offer: str) -> OrderCommand:
    return OrderCommand(
        order_id="ord-1",
        subscriber=subscriber,
        action="add_offer",
        step=Step(step="compliance", type="compliance.check", offer=offer),
    )


async def test_not_permitted_and_ineligible_writes_never_reach_kafka(
    settings: Settings, bus: Bus, estate: Estate
) -> None:
    other = await publish_order_command(ctx(settings, bus, estate, "sub-1001"), first_step("sub-1005", "ott-tunewave"))
    assert other.status is ToolStatus.not_permitted
    # sub-1002 has not consented to partner data sharing.
    ineligible = await publish_order_command(
        ctx(settings, bus, estate, "sub-1002"), first_step("sub-1002", "ott-streammax")
    )
    assert ineligible.status is ToolStatus.invalid and "consent_required" in ineligible.message
    # A later step whose predecessor never succeeded cannot go either.
    orphan = OrderCommand(
        order_id="ord-2",
        subscriber="sub-1001",
        action="add_offer",
        step=Step(step="billing-start", type="billing.start", offer="ott-streammax"),
        after="ord-2/compliance",
    )
    watcher = ResultWatcher(bus)
    await watcher.start()
    try:
        refused = await publish_order_command(ctx(settings, bus, estate, "sub-1001", watcher), orphan)
    finally:
        await watcher.stop()
    assert refused.status is ToolStatus.invalid and "has not succeeded" in refused.message
    # Without the results to check it against, a later step is not guessed at.
    blind = await publish_order_command(ctx(settings, bus, estate, "sub-1001"), orphan)
    assert blind.status is ToolStatus.unavailable
    assert await commands_on_kafka(bus) == []


async def test_billing_is_at_the_catalog_price_with_a_stable_id(settings: Settings, bus: Bus, estate: Estate) -> None:
    sent = await publish_order_command(ctx(settings, bus, estate, "sub-1001"), first_step("sub-1001", "ott-streammax"))
    assert sent.succeeded and sent.data is not None
    assert sent.data.command_id == "ord-1/compliance"
    from tools.orders import build_payload

    payload = build_payload(estate.catalog, "sub-1001", Step(step="b", type="billing.start", offer="ott-streammax"))
    assert isinstance(payload, BillingPayload)
    assert (payload.amount, payload.currency, payload.period) == (Decimal("9.99"), "EUR", "monthly")
    assert [c.command_id for c in await commands_on_kafka(bus)] == ["ord-1/compliance"]


def test_saga_steps_follow_the_catalog(estate: Estate) -> None:
    types = [s.type for s in plan_saga(estate.catalog, "add_offer", "ott-cloudvault", "plan-plus-5g")]
    assert types == ["compliance.check", "partner.provision", "billing.start"]  # no network part
    types = [s.type for s in plan_saga(estate.catalog, "add_offer", "roam-eu-day", "plan-plus-5g")]
    assert types == ["compliance.check", "activation.activate", "billing.charge"]  # a daily pass is charged once
    types = [s.type for s in plan_saga(estate.catalog, "remove_offer", "ott-tunewave", "plan-plus-5g")]
    assert types == ["activation.deactivate", "partner.deprovision", "billing.stop"]
    change = plan_saga(estate.catalog, "change_plan", "plan-unlimited-5g", "plan-plus-5g")
    assert [(s.type, s.offer) for s in change][-2:] == [
        ("billing.stop", "plan-plus-5g"),
        ("billing.start", "plan-unlimited-5g"),
    ]


async def test_eligibility_names_every_reason_and_plans_are_changed_not_removed(
    settings: Settings, bus: Bus, estate: Estate
) -> None:
    def reasons(subscriber: str, offer: str, action: OrderAction = "add_offer") -> list[str]:
        profile = profile_of(ctx(settings, bus, estate, None), subscriber)
        assert profile is not None
        return reasons_for(profile, estate.catalog.by_id[offer], estate.catalog, action)

    assert reasons("sub-2002", "slice-urllc-gold") == ["ineligible_region"]
    assert reasons("sub-1001", "plan-plus-5g", "remove_offer") == ["not_permitted"]
    assert reasons("sub-1001", "ott-tunewave", "change_plan") == ["not_permitted"]
