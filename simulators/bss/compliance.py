"""Compliance: records consent, age/KYC verification and data-residency attestations.

compliance.check runs every check in the payload against the subscriber's facts (estate
subscribers.yaml) and, if all hold, records one attestation per check (``"<label>:<offer>"``).
Otherwise it is rejected and nothing is recorded; ``reason`` is the first failing code and
``detail["reasons"]`` lists them all, in this order:

- ``checks_incomplete``: the payload omits a check the offer needs (``required_checks``);
- ``kyc_not_verified``: age verification or kyc asked, and the subscriber's KYC is not verified;
- ``age_unknown`` / ``underage``: age verification asked, no age on file (business) or below the
  offer's ``min_age`` (18 when the offer names none);
- ``consent_missing``: partner data-sharing consent asked and not given;
- ``data_residency_missing`` / ``data_residency_mismatch``: no region to attest, or not the
  region the offer's ``compliance.data_residency`` requires.
"""

from __future__ import annotations

import random
from typing import Any

from nerve import topics as t
from nerve.contracts import Command, CompliancePayload, SubscriberState, now
from nerve.estate import Offer, Subscriber
from simulators.bss.base import BssSystem, Refused

ADULT_AGE = 18


def attestation(check: str, offer: Offer, residency: str | None) -> str:
    label = {"partner_data_sharing_consent": "consent", "age_verification": "age", "kyc": "kyc"}.get(
        check, f"residency-{residency}"
    )
    return f"{label}:{offer.id}"


def failures(check: str, subscriber: Subscriber, offer: Offer, residency: str | None) -> list[str]:
    """Why the subscriber's facts do not support ``check`` for ``offer`` ([] if they do)."""
    if check == "partner_data_sharing_consent":
        return [] if subscriber.consents.get("partner_data_sharing") else ["consent_missing"]
    if check == "kyc":
        return [] if subscriber.kyc_verified else ["kyc_not_verified"]
    if check == "age_verification":
        out = [] if subscriber.kyc_verified else ["kyc_not_verified"]  # age is proven by verified identity
        if subscriber.age is None:
            out.append("age_unknown")
        elif subscriber.age < (offer.eligibility.min_age or ADULT_AGE):
            out.append("underage")
        return out
    required = offer.compliance.data_residency
    if residency is None:
        return ["data_residency_missing"]
    return ["data_residency_mismatch"] if required and residency != required else []


class ComplianceSystem(BssSystem[CompliancePayload]):
    name = "compliance"
    topic = t.COMPLIANCE_COMMANDS
    handles = frozenset({"compliance.check"})
    payload_type = CompliancePayload

    def seed(self, subscriber: Subscriber) -> SubscriberState:
        attestations = []
        for offer_id in (subscriber.plan, *subscriber.services):
            offer = self.estate.catalog.by_id[offer_id]
            residency = offer.compliance.data_residency
            for check in offer.required_checks():
                if not failures(check, subscriber, offer, residency):
                    attestations.append(attestation(check, offer, residency))
        return self.empty(subscriber.id).model_copy(update={"attestations": attestations})

    async def apply(
        self, command: Command, payload: CompliancePayload, subscriber: Subscriber, offer: Offer, rng: random.Random
    ) -> dict[str, Any]:
        missing = [c for c in offer.required_checks() if c not in payload.checks]
        if missing:
            raise Refused("rejected", "checks_incomplete", reasons=["checks_incomplete"], missing=missing)
        residency = payload.data_residency or offer.compliance.data_residency
        order = ("age_verification", "kyc", "partner_data_sharing_consent", "data_residency")
        checks = sorted(set(payload.checks), key=order.index)
        reasons: list[str] = []
        for check in checks:
            reasons.extend(r for r in failures(check, subscriber, offer, residency) if r not in reasons)
        if reasons:
            raise Refused("rejected", reasons[0], reasons=reasons)
        state = self.current(subscriber.id)
        new = [a for a in (attestation(c, offer, residency) for c in checks) if a not in state.attestations]
        if new:
            await self.store.put(
                state.model_copy(update={"attestations": [*state.attestations, *new], "updated_at": now()})
            )
        return {"offer": offer.id, "attested": [attestation(c, offer, residency) for c in checks]}
