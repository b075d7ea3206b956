"""Billing charges only catalog prices, applies each command once, and refunds what was charged."""

from __future__ import annotations

import asyncio
import random
from decimal import Decimal

from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import CommandResult
from nerve.estate import Estate
from nerve.settings import Settings
from simulators.bss.billing import Billing
from simulators.bss.config import BssConfig
from tests.simulators.bss.helpers import Send, billing, money, running, state_of


async def test_billing_charges_only_catalog_prices(bus: Bus, fast: Settings, estate: Estate, send: Send) -> None:
    async with running(fast, estate):
        seeded = (await state_of(bus, "sub-1001"))["billing"].charges
        assert [(x.offer, x.kind, x.amount) for x in seeded] == [
            ("plan-plus-5g", "recurring", Decimal("30.00")),
            ("ott-tunewave", "recurring", Decimal("4.99")),
        ]

        wrong = {
            "price_mismatch": billing(estate, "billing.start", "sub-1001", "ott-streammax", amount=Decimal("0.99")),
            "currency_mismatch": billing(estate, "billing.start", "sub-1001", "ott-streammax", currency="USD"),
            "period_mismatch": billing(estate, "billing.start", "sub-1001", "ott-streammax", period="weekly"),
            "not_recurring": billing(estate, "billing.start", "sub-1001", "roam-eu-week"),
            "recurring_offer": billing(estate, "billing.charge", "sub-1001", "ott-streammax"),
            "nothing_to_refund": billing(estate, "billing.refund", "sub-1001", "addon-data-10gb"),
            "not_billed": billing(estate, "billing.stop", "sub-1001", "ott-streammax"),
            "already_active": billing(estate, "billing.start", "sub-1001", "ott-tunewave"),
        }
        for reason, cmd in wrong.items():
            result = await send(cmd)
            assert (result.status, result.reason) == ("rejected", reason), reason
        assert (await state_of(bus, "sub-1001"))["billing"].charges == seeded  # nothing was charged

        assert (await send(billing(estate, "billing.start", "sub-1001", "ott-streammax"))).status == "succeeded"
        assert (await send(billing(estate, "billing.charge", "sub-1001", "roam-eu-week"))).status == "succeeded"
        assert (await send(billing(estate, "billing.refund", "sub-1001", "roam-eu-week"))).status == "succeeded"
        again = await send(billing(estate, "billing.refund", "sub-1001", "roam-eu-week"))
        assert (again.status, again.reason) == ("rejected", "nothing_to_refund")
        plan = await send(billing(estate, "billing.start", "sub-1001", "plan-unlimited-5g"))
        assert plan.status == "succeeded" and plan.detail["replaced"] == ["plan-plus-5g"]
        assert (await send(billing(estate, "billing.stop", "sub-1001", "ott-tunewave"))).status == "succeeded"

        charges = (await state_of(bus, "sub-1001"))["billing"].charges
        recurring = {(x.offer, x.amount) for x in charges if x.kind == "recurring"}
        assert recurring == {("plan-unlimited-5g", Decimal("50.00")), ("ott-streammax", Decimal("9.99"))}
        one_offs = [(x.offer, x.kind, x.amount, x.period) for x in charges if x.kind != "recurring"]
        assert one_offs == [
            ("roam-eu-week", "one_off", Decimal("12.00"), "weekly"),
            ("roam-eu-week", "refund", Decimal("12.00"), "weekly"),
        ]
        for charge in charges:
            assert charge.amount == estate.catalog.by_id[charge.offer].price.amount and charge.currency == "EUR"
        assert money(charges) == Decimal("59.99")


async def test_redelivered_billing_command_is_applied_once(
    bus: Bus, fast: Settings, estate: Estate, send: Send
) -> None:
    cmd = billing(estate, "billing.charge", "sub-1004", "addon-data-10gb", command_id="ord-1/billing")
    for _ in range(3):  # the issuer retried, or the broker redelivered
        await bus.publish(t.BILLING_COMMANDS, cmd, key=cmd.target)
    async with running(fast, estate):
        first = await send(cmd)  # a fourth copy, sent while running
        assert first.status == "succeeded"
        charges = (await state_of(bus, "sub-1004"))["billing"].charges
        assert [x.command_id for x in charges if x.kind == "one_off"] == ["ord-1/billing"]
        results = await results_for(bus, "ord-1/billing", expected=4)
        assert len(results) == 4 and all(r == first for r in results)  # redeliveries answered from the record


async def results_for(bus: Bus, command_id: str, expected: int) -> list[CommandResult]:
    """The results published for ``command_id``, waiting (bounded) until ``expected`` have arrived."""
    for _ in range(100):
        results = [
            r.value
            for r in await bus.snapshot(t.COMMAND_RESULTS)
            if isinstance(r.value, CommandResult) and r.value.command_id == command_id
        ]
        if len(results) >= expected:
            break
        await asyncio.sleep(0.1)
    return results


async def test_a_command_already_in_the_ledger_is_not_charged_again(estate: Estate) -> None:
    """Even if the dedupe record was lost (crash between state and record), the ledger stops a repeat."""
    system = Billing(bus=None, estate=estate, config=BssConfig())  # type: ignore[arg-type]  # nothing is published
    cmd = billing(estate, "billing.charge", "sub-1004", "addon-data-10gb", command_id="ord-3/billing")
    charged = system.current("sub-1004").model_copy(
        update={"charges": [system.charge(estate.catalog.by_id["addon-data-10gb"], "one_off", "ord-3/billing")]}
    )
    system.store.restore({"billing/sub-1004": charged})
    result = await system.handle(cmd, random.Random(0))
    assert result.status == "succeeded" and result.detail["already_applied"] is True
    assert system.store.get("sub-1004") == charged
