"""Eligibility: the rules of the catalog, applied by code, every reason that applies in the catalog's order.

Reasons, in order (estate/catalog.yaml): account_suspended, already_active, ineligible_segment,
ineligible_age, ineligible_credit, requires_5g_plan, requires_plan, ineligible_region, kyc_required,
consent_required, conflicting_offer. Removal: account_suspended, not_active, not_permitted (a plan).
Outside the catalog: unknown_offer, not_permitted (another account), out_of_scope.
"""

from __future__ import annotations

from typing import Literal

from nerve.estate import Catalog, Offer
from tools.subscriber import SubscriberProfile

REASON_ORDER = (
    "account_suspended",
    "already_active",
    "ineligible_segment",
    "ineligible_age",
    "ineligible_credit",
    "requires_5g_plan",
    "requires_plan",
    "ineligible_region",
    "kyc_required",
    "consent_required",
    "conflicting_offer",
    "not_active",
    "unknown_offer",
    "not_permitted",
    "out_of_scope",
)

OrderAction = Literal["add_offer", "change_plan", "remove_offer"]


def purchase_reasons(profile: SubscriberProfile, offer: Offer, catalog: Catalog) -> list[str]:
    """Why ``profile`` may not add ``offer`` (or change to it, for a plan); empty when it may."""
    rules = offer.eligibility
    plan = catalog.by_id.get(profile.plan)
    active = set(profile.services)
    reasons: list[str] = []
    if profile.status == "suspended":
        reasons.append("account_suspended")
    if offer.recurring and (offer.id == profile.plan or offer.id in active):
        reasons.append("already_active")
    if rules.segments and profile.segment not in rules.segments:
        reasons.append("ineligible_segment")
    if rules.min_age is not None and profile.age is not None and profile.age < rules.min_age:
        reasons.append("ineligible_age")
    if rules.credit_classes is not None and profile.credit_class not in rules.credit_classes:
        reasons.append("ineligible_credit")
    if rules.requires_plan_technology == "5G" and plan is not None and plan.technology == "4G":
        reasons.append("requires_5g_plan")
    if rules.requires_plans is not None and profile.plan not in rules.requires_plans:
        reasons.append("requires_plan")
    if rules.regions is not None and profile.region not in rules.regions:
        reasons.append("ineligible_region")
    if (rules.requires_kyc or offer.compliance.age_verification) and not profile.kyc_verified:
        reasons.append("kyc_required")
    if offer.compliance.partner_data_sharing_consent and not profile.consents.get("partner_data_sharing", False):
        reasons.append("consent_required")
    others = active - {offer.id}
    if set(offer.excludes) & others or any(offer.id in catalog.by_id[s].excludes for s in others if s in catalog.by_id):
        reasons.append("conflicting_offer")
    return reasons


def removal_reasons(profile: SubscriberProfile, offer: Offer) -> list[str]:
    reasons: list[str] = []
    if profile.status == "suspended":
        reasons.append("account_suspended")
    if offer.kind == "plan":
        reasons.append("not_permitted")
    elif offer.id not in profile.services:
        reasons.append("not_active")
    return sorted(reasons, key=REASON_ORDER.index)


def reasons_for(profile: SubscriberProfile, offer: Offer, catalog: Catalog, action: OrderAction) -> list[str]:
    if action == "remove_offer":
        return removal_reasons(profile, offer)
    if action == "change_plan" and offer.kind != "plan":
        return ["not_permitted"]
    return purchase_reasons(profile, offer, catalog)
