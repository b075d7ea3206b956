"""Activation applies each offer's network fulfilment, swaps plans, and fails at the configured rate."""

from __future__ import annotations

from nerve.bus import Bus
from nerve.estate import Estate
from nerve.settings import Settings
from tests.simulators.bss.helpers import Send, activation, running, state_of


async def test_activation_applies_network_profiles_and_swaps_plans(
    bus: Bus, fast: Settings, estate: Estate, send: Send
) -> None:
    async with running(fast, estate):
        before = (await state_of(bus, "sub-1001"))["activation"]
        assert before.plan == "plan-plus-5g" and before.services == ["ott-tunewave"]  # seeded from the estate

        boost = await send(activation(estate, "activation.activate", "sub-1001", "addon-5g-boost"))
        assert boost.status == "succeeded" and boost.system == "activation" and boost.target == "sub-1001"
        swap = await send(activation(estate, "activation.activate", "sub-1001", "plan-unlimited-5g"))
        assert swap.status == "succeeded" and swap.detail["previous_plan"] == "plan-plus-5g"
        roam = await send(activation(estate, "activation.activate", "sub-1001", "roam-eu-week"))
        assert roam.status == "succeeded"

        state = (await state_of(bus, "sub-1001"))["activation"]
        assert state.plan == "plan-unlimited-5g"
        assert "plan-plus-5g" not in state.network
        assert state.network["plan-unlimited-5g"]["qos_profile"] == "qos-5g-unlimited"
        assert state.services == ["ott-tunewave", "addon-5g-boost", "roam-eu-week"]
        assert state.network["addon-5g-boost"]["qos_profile"] == "qos-5g-boost"
        assert state.network["roam-eu-week"]["roaming_zone"] == "eu"
        assert state.network["roam-eu-week"]["valid_until"] > roam.completed_at + 6 * 86_400

        ip = await send(activation(estate, "activation.activate", "sub-2002", "addon-static-ip"))
        assert ip.status == "succeeded" and ip.detail["profile"]["ip"].startswith("100.64.")
        quota = await send(activation(estate, "activation.activate", "sub-1003", "addon-data-10gb"))
        assert quota.detail["profile"]["quota_gb"] == 20  # bought again on top of the seeded 10 GB

        removed = await send(activation(estate, "activation.deactivate", "sub-1001", "addon-5g-boost"))
        assert removed.status == "succeeded"
        state = (await state_of(bus, "sub-1001"))["activation"]
        assert "addon-5g-boost" not in state.services and "addon-5g-boost" not in state.network

        refusals = {
            "not_active": activation(estate, "activation.deactivate", "sub-1001", "addon-5g-boost"),
            "already_active": activation(estate, "activation.activate", "sub-1001", "plan-unlimited-5g"),
            "not_permitted": activation(estate, "activation.deactivate", "sub-1001", "plan-unlimited-5g"),
            "no_network_fulfilment": activation(estate, "activation.activate", "sub-1001", "ott-cloudvault"),
        }
        for reason, cmd in refusals.items():
            result = await send(cmd)
            assert (result.status, result.reason) == ("rejected", reason)
        tampered = activation(estate, "activation.activate", "sub-1004", "addon-5g-boost")
        tampered.payload.network["qos_profile"] = "qos-5g-unlimited"  # type: ignore[union-attr]
        result = await send(tampered)
        assert (result.status, result.reason) == ("rejected", "network_mismatch")
        assert (await state_of(bus, "sub-1004"))["activation"].services == []


async def test_failure_rate_one_fails_every_activation_with_a_reason(
    bus: Bus, fast: Settings, estate: Estate, send: Send
) -> None:
    async with running(fast, estate, failure_rate=1.0):
        for sub, offer in (("sub-1001", "addon-5g-boost"), ("sub-1004", "roam-eu-day"), ("sub-2002", "plan-plus-5g")):
            result = await send(activation(estate, "activation.activate", sub, offer))
            assert (result.status, result.reason) == ("failed", "network_error")
            assert result.detail["element"] in {"pcf", "udm", "smf", "upf"}
        state = await state_of(bus, "sub-1001")
        assert state["activation"].services == ["ott-tunewave"]
        assert (await state_of(bus, "sub-2002"))["activation"].plan == "plan-business-5g"
