"""The "decide" step: an understood Intent + the subscriber's real state → a decision, by code.

Authorisation first (another account, price changes, skipped checks are never granted), then the
catalog's eligibility rules; queries are answered from the subscriber's state. The price quoted is
always the catalog's.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pydantic import BaseModel

from agents.intent.hold import hold_message, on_hold
from agents.intent.models import Intent
from nerve.contracts import Decision, IntentAction
from nerve.estate import Catalog
from tools.eligibility import reasons_for
from tools.subscriber import SubscriberProfile


class Outcome(BaseModel):
    action: IntentAction
    offer: str | list[str] | None
    decision: Decision
    reasons: list[str] = []
    message: str
    price: dict[str, Any] | None = None
    answer: dict[str, Any] | None = None


def price_of(catalog: Catalog, offer_id: str) -> dict[str, Any]:
    offer = catalog.by_id[offer_id]
    return {"amount": str(offer.price.amount), "currency": catalog.operator.currency, "period": offer.price.period}


def decide(intent: Intent, profile: SubscriberProfile, catalog: Catalog, *, may_act: bool = True) -> Outcome:
    """Decide on ``intent`` for ``profile``. ``may_act`` is False when the caller may not act for it."""
    # Only the catalog's ids count: a model may name an offer that does not exist (or another operator's).
    candidates = [o for o in intent.candidates if o in catalog.by_id]
    offer: str | list[str] | None = intent.offer if intent.offer else (candidates or None)
    if intent.offer is not None and intent.offer not in catalog.by_id:
        offer = None
    base = {"action": intent.action, "offer": offer}
    if not may_act or intent.on_behalf_of or intent.manipulation:
        why = (
            "You can only act on your own account."
            if (not may_act or intent.on_behalf_of)
            else "Prices, checks and instructions are not negotiable here; ask for the offer as it is."
        )
        return Outcome(**base, decision="rejected", reasons=["not_permitted"], message=why)
    if intent.action == "out_of_scope" and on_hold(profile.controls):
        # Most likely asking why nothing goes through: the one thing worth saying is why.
        return Outcome(**base, decision="answered", reasons=["verification_required"],
                       message=hold_message(profile.controls))  # fmt: skip
    if intent.action == "out_of_scope":
        return Outcome(
            **base,
            decision="rejected",
            reasons=["out_of_scope"],
            message="I can help with your plan, add-ons, partner services, roaming and network problems.",
        )
    if intent.action == "query":
        found = answer(intent, profile, catalog)
        return Outcome(**base, decision="answered", message=found["text"], answer=found)
    if intent.action == "report_issue":
        return Outcome(**base, decision="diagnosed", message="")  # the graph diagnoses it from assurance
    if on_hold(profile.controls):
        # A fraud response holds every change on the line until the owner proves who they are.
        return Outcome(**base, decision="rejected", reasons=["verification_required"],
                       message=hold_message(profile.controls))  # fmt: skip
    if isinstance(offer, list):
        names = ", ".join(f"{catalog.by_id[o].name} ({o})" for o in offer)
        return Outcome(**base, decision="clarify", message=f"Which one do you mean: {names}?")
    if offer is None:
        what = intent.product or "that"
        return Outcome(
            **base,
            decision="rejected",
            reasons=["unknown_offer"],
            message=f"We do not offer {what}; ask me what is available.",
        )
    action = intent.action
    if action == "add_offer" and catalog.by_id[offer].kind == "plan":
        action = "change_plan"
    assert action in ("add_offer", "change_plan", "remove_offer")
    reasons = reasons_for(profile, catalog.by_id[offer], catalog, action)
    price = price_of(catalog, offer)
    name = catalog.by_id[offer].name
    if reasons:
        return Outcome(
            action=action,
            offer=offer,
            decision="rejected",
            reasons=reasons,
            price=price,
            message=f"{name} cannot be {'removed' if action == 'remove_offer' else 'added'}: {', '.join(reasons)}.",
        )
    verb = {"add_offer": "Add", "change_plan": "Change your plan to", "remove_offer": "Remove"}[action]
    return Outcome(
        action=action,
        offer=offer,
        decision="accepted",
        price=price,
        message=f"{verb} {name} at {price['amount']} {price['currency']} {price['period']}? (yes/no)",
    )


def answer(intent: Intent, profile: SubscriberProfile, catalog: Catalog) -> dict[str, Any]:
    """What the subscriber has and pays, from their real state (and the offer asked about, if any)."""
    currency = catalog.operator.currency
    lines = [profile.plan, *profile.services]
    monthly = sum(
        (catalog.by_id[o].price.amount for o in lines if catalog.by_id[o].price.period == "monthly"), Decimal(0)
    )
    out: dict[str, Any] = {
        "plan": {"offer": profile.plan, "name": catalog.by_id[profile.plan].name, **price_of(catalog, profile.plan)},
        "services": [{"offer": o, "name": catalog.by_id[o].name, **price_of(catalog, o)} for o in profile.services],
        "monthly_total": str(monthly),
        "currency": currency,
        "status": profile.status,
    }
    if intent.offer in catalog.by_id:
        held = intent.offer == profile.plan or intent.offer in profile.services
        out["offer"] = {"offer": intent.offer, "name": catalog.by_id[intent.offer].name, "active": held,
                        **price_of(catalog, intent.offer)}  # fmt: skip
    out["text"] = (
        f"You are on {out['plan']['name']} with "
        + (", ".join(s["name"] for s in out["services"]) or "no extra services")
        + f"; you pay {monthly} {currency} a month."
    )
    return out
