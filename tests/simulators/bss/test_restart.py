"""State survives a restart (rebuilt from Kafka), seeding happens once, and every command is answered."""

from __future__ import annotations

import json
from decimal import Decimal

from nerve import contracts as c
from nerve import topics as t
from nerve.bus import Bus
from nerve.estate import Estate
from nerve.results import ResultWatcher
from nerve.settings import Settings
from tests.simulators.bss.helpers import Send, activation, billing, command, running, state_of


async def test_state_survives_a_restart_and_is_seeded_once(
    bus: Bus, fast: Settings, estate: Estate, send: Send
) -> None:
    stop = billing(estate, "billing.stop", "sub-1001", "ott-tunewave", command_id="ord-2/billing")
    async with running(fast, estate):
        seeded = await state_of(bus, "sub-1001")
        assert (await send(activation(estate, "activation.deactivate", "sub-1001", "ott-tunewave"))).status == (
            "succeeded"
        )
        assert (await send(stop)).status == "succeeded"
        assert (await send(billing(estate, "billing.charge", "sub-1001", "addon-data-10gb"))).status == "succeeded"
        before = await state_of(bus, "sub-1001")

    async with running(fast, estate) as systems:
        after = await state_of(bus, "sub-1001")
        assert after == before  # nothing re-seeded over the changes
        assert after["billing"].charges[0] == seeded["billing"].charges[0]  # the seed record is the original
        assert systems.systems["billing"].store.get("sub-1001") == before["billing"]  # rebuilt in memory too
        # The dedupe record survived as well: the old command is answered, not applied again.
        replay = await send(stop)
        assert (replay.status, replay.reason) == ("succeeded", None)
        # And the rebuilt state is the one commands now act on.
        again = await send(billing(estate, "billing.stop", "sub-1001", "ott-tunewave"))
        assert (again.status, again.reason) == ("rejected", "not_billed")

    keys = [r.key for r in await bus.snapshot(t.SUBSCRIBER_STATE)]
    assert keys.count("billing/sub-1002") == 1  # untouched subscriber: seeded once across two starts


async def test_every_bad_command_is_answered_and_the_systems_keep_running(
    bus: Bus, fast: Settings, estate: Estate, send: Send
) -> None:
    good = c.BillingPayload(
        subscriber="sub-1004", offer="ott-tunewave", amount=Decimal("4.99"), currency="EUR", period="monthly"
    )
    bad = {
        "unknown_subscriber": activation(estate, "activation.activate", "sub-9999", "addon-5g-boost"),
        "unknown_offer": command("billing.charge", "sub-1004", good.model_copy(update={"offer": "ott-nonesuch"})),
        "target_mismatch": command("billing.start", "sub-1001", good),
        "malformed_command": command("activation.activate", "sub-1004", good),
        "wrong_system": command(
            "compliance.check",
            "sub-1004",
            c.CompliancePayload(subscriber="sub-1004", offer="ott-tunewave", checks=[]),
        ),
    }
    async with running(fast, estate):
        for reason, cmd in bad.items():
            # The compliance command is sent to the billing topic, where it does not belong.
            topic = t.BILLING_COMMANDS if reason == "wrong_system" else None
            result = await send(cmd, topic)
            assert (result.status, result.reason) == ("rejected", reason), reason
        # A command that breaks the contract (amount is no number) is dead-lettered and still answered.
        broken = command("billing.charge", "sub-1004", good, command_id="ord-4/broken").dump()
        broken["payload"]["amount"] = "a lot"
        await bus.publish_raw(t.BILLING_COMMANDS, json.dumps(broken).encode(), key="sub-1004")
        answered = await watcher_result(bus, "ord-4/broken")
        assert (answered.status, answered.reason, answered.system) == ("rejected", "malformed_command", "billing")
        assert (await send(command("billing.start", "sub-1004", good))).status == "succeeded"  # still serving
        assert (await state_of(bus, "sub-1004"))["billing"].charges[-1].offer == "ott-tunewave"


async def watcher_result(bus: Bus, command_id: str) -> c.CommandResult:
    watcher = ResultWatcher(bus)
    await watcher.start()
    try:
        result = await watcher.wait(command_id, timeout_s=30)
    finally:
        await watcher.stop()
    assert result is not None, f"no result for {command_id}"
    return result
