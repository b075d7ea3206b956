"""Compliance attests only what the subscriber's facts support, and names every reason it refuses."""

from __future__ import annotations

from nerve.bus import Bus
from nerve.estate import Estate
from nerve.settings import Settings
from tests.simulators.bss.helpers import Send, compliance, running, state_of


def test_required_checks_follow_the_catalog(estate: Estate) -> None:
    offers = estate.catalog.by_id
    assert offers["ott-streammax"].required_checks() == ["partner_data_sharing_consent"]
    assert offers["ott-streammax-premium"].required_checks() == ["partner_data_sharing_consent", "age_verification"]
    assert offers["ott-cloudvault"].required_checks() == ["partner_data_sharing_consent", "kyc", "data_residency"]
    assert offers["addon-5g-boost"].required_checks() == []


async def test_compliance_refuses_what_the_facts_do_not_support(
    bus: Bus, fast: Settings, estate: Estate, send: Send
) -> None:
    premium = ["partner_data_sharing_consent", "age_verification"]
    cloud = ["partner_data_sharing_consent", "kyc", "data_residency"]
    async with running(fast, estate):
        # sub-1002: 16, KYC not verified, no consent.
        minor = await send(compliance("sub-1002", "ott-streammax-premium", premium))
        assert (minor.status, minor.reason, minor.system) == ("rejected", "kyc_not_verified", "compliance")
        assert minor.detail["reasons"] == ["kyc_not_verified", "underage", "consent_missing"]
        # sub-1007: 13, KYC not verified: GameGrid needs consent only, which they gave.
        gaming = await send(compliance("sub-1007", "ott-gamegrid", ["partner_data_sharing_consent"]))
        assert gaming.status == "succeeded"
        # sub-1004: verified adult without consent.
        no_consent = await send(compliance("sub-1004", "ott-tunewave", ["partner_data_sharing_consent"]))
        assert (no_consent.status, no_consent.reason) == ("rejected", "consent_missing")
        # sub-1006: consent given, KYC not verified.
        unverified = await send(compliance("sub-1006", "ott-cloudvault", cloud, "EU"))
        assert (unverified.status, unverified.reason) == ("rejected", "kyc_not_verified")
        incomplete = await send(compliance("sub-1001", "ott-streammax-premium", ["partner_data_sharing_consent"]))
        assert (incomplete.status, incomplete.reason) == ("rejected", "checks_incomplete")
        assert incomplete.detail["missing"] == ["age_verification"]
        elsewhere = await send(compliance("sub-1001", "ott-cloudvault", cloud, "US"))
        assert (elsewhere.status, elsewhere.reason) == ("rejected", "data_residency_mismatch")
        for sub in ("sub-1002", "sub-1004", "sub-1006"):
            assert (await state_of(bus, sub))["compliance"].attestations == []

        # sub-1001: 34, verified, consent given.
        adult = await send(compliance("sub-1001", "ott-streammax-premium", premium))
        assert adult.status == "succeeded"
        stored = await send(compliance("sub-1001", "ott-cloudvault", cloud, "EU"))
        assert stored.status == "succeeded"
        attestations = (await state_of(bus, "sub-1001"))["compliance"].attestations
        assert attestations == [
            "consent:ott-tunewave",  # seeded: the estate's service was consented to
            "age:ott-streammax-premium",
            "consent:ott-streammax-premium",
            "kyc:ott-cloudvault",
            "consent:ott-cloudvault",
            "residency-EU:ott-cloudvault",
        ]
