"""Partner provisioning fails during a partner outage, works once it clears, and can time out."""

from __future__ import annotations

import asyncio

from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import FaultTruth, now
from nerve.estate import Estate
from nerve.settings import Settings
from simulators.bss.outages import PartnerOutages
from simulators.bss.systems import BssSystems
from tests.simulators.bss.helpers import Send, partner, running, state_of


def outage(fault_id: str, target: str, cleared_by: str | None = None, cleared: bool = False) -> FaultTruth:
    at = now()
    return FaultTruth(
        fault_id=fault_id,
        kind="partner_outage",
        target=target,
        start=at,
        impact=at,
        affected=[target],
        cleared_at=at if cleared else None,
        cleared_by=cleared_by,
    )


async def until_partner(systems: BssSystems, name: str, *, down: bool) -> None:
    """Wait (bounded) until the systems have read the fault's new state from SIM_FAULTS."""
    assert systems.outages is not None
    for _ in range(200):
        if systems.outages.down(name) == down:
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"{name} never became {'down' if down else 'up'}")


async def test_provisioning_fails_during_a_partner_outage_and_works_after(
    bus: Bus, fast: Settings, estate: Estate, send: Send
) -> None:
    async with running(fast, estate) as systems:
        await bus.publish(t.SIM_FAULTS, outage("f-1", "partner-streammax"), key="f-1")
        await until_partner(systems, "partner-streammax", down=True)
        result = await send(partner(estate, "partner.provision", "sub-1001", "ott-streammax"))
        assert (result.status, result.reason, result.system) == ("failed", "partner_outage", "partner")
        assert (await state_of(bus, "sub-1001"))["partner"].services == ["ott-tunewave"]
        # Other partners are unaffected.
        other = await send(partner(estate, "partner.deprovision", "sub-1001", "ott-tunewave"))
        assert other.status == "succeeded"

        await bus.publish(t.SIM_FAULTS, outage("f-1", "partner-streammax", "failover_partner", cleared=True), key="f-1")
        await until_partner(systems, "partner-streammax", down=False)
        result = await send(partner(estate, "partner.provision", "sub-1001", "ott-streammax"))
        assert result.status == "succeeded"
        assert (await state_of(bus, "sub-1001"))["partner"].services == ["ott-streammax"]

        again = await send(partner(estate, "partner.provision", "sub-1001", "ott-streammax"))
        assert (again.status, again.reason) == ("rejected", "already_active")
        gone = await send(partner(estate, "partner.deprovision", "sub-1004", "ott-streammax"))
        assert (gone.status, gone.reason) == ("rejected", "not_active")


def test_a_failed_over_partner_is_up_before_its_fault_is_marked_cleared() -> None:
    outages = PartnerOutages(bus=None)  # type: ignore[arg-type]  # pure bookkeeping, no broker needed
    outages.update(outage("f-2", "partner-cloudvault"))
    assert outages.down("partner-cloudvault") and not outages.down("partner-streammax")
    outages.update(outage("f-2", "partner-cloudvault", cleared_by="failover_partner"))
    assert not outages.down("partner-cloudvault")
    outages.update(outage("f-3", "partner-tunewave", cleared_by="duration", cleared=True))
    assert not outages.down("partner-tunewave")


async def test_partner_calls_time_out_when_configured(bus: Bus, fast: Settings, estate: Estate, send: Send) -> None:
    timing_out = fast.model_copy(update={"sim_partner_timeout_rate": 1.0, "sim_partner_timeout_s": 5.0})
    async with running(timing_out, estate):
        result = await send(partner(estate, "partner.provision", "sub-1004", "ott-tunewave"))
        assert (result.status, result.reason) == ("failed", "timeout")
        assert (await state_of(bus, "sub-1004"))["partner"].services == []
