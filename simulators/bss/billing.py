"""Billing: recurring charges, one-off charges and refunds, only ever at catalog prices.

Every billing command carries amount, currency and period; each must equal the catalog offer's
(``price_mismatch``, ``currency_mismatch``, ``period_mismatch``: rejected, nothing charged).
- billing.start: a recurring (monthly) charge; for a plan it replaces the current plan's charge.
  Not for one-off/daily/weekly offers (``not_recurring``); ``already_active`` if already charged.
- billing.stop: ends an active recurring charge (``not_billed`` if there is none).
- billing.charge: a one-off charge for a one-off, daily or weekly offer (``recurring_offer`` for a
  monthly one: use billing.start).
- billing.refund: refunds one charge of the offer at its catalog price, at most once per charge
  made (one-offs) or active (recurring) — ``nothing_to_refund`` otherwise.
"""

from __future__ import annotations

import random
from typing import Any, Literal

from nerve import topics as t
from nerve.contracts import BillingPayload, Charge, Command, SubscriberState, now
from nerve.estate import Offer, Subscriber
from simulators.bss.base import BssSystem, Refused


class Billing(BssSystem[BillingPayload]):
    name = "billing"
    topic = t.BILLING_COMMANDS
    handles = frozenset({"billing.start", "billing.stop", "billing.charge", "billing.refund"})
    payload_type = BillingPayload

    def seed(self, subscriber: Subscriber) -> SubscriberState:
        offers = [self.estate.catalog.by_id[o] for o in (subscriber.plan, *subscriber.services)]
        charges = [self.charge(o, "recurring", f"seed/{subscriber.id}/{o.id}") for o in offers if o.recurring]
        return self.empty(subscriber.id).model_copy(update={"charges": charges})

    def charge(self, offer: Offer, kind: Literal["recurring", "one_off", "refund"], command_id: str) -> Charge:
        return Charge(
            offer=offer.id,
            amount=offer.price.amount,
            currency=self.estate.catalog.operator.currency,
            period=offer.price.period,
            kind=kind,
            command_id=command_id,
            at=now(),
        )

    async def apply(
        self, command: Command, payload: BillingPayload, subscriber: Subscriber, offer: Offer, rng: random.Random
    ) -> dict[str, Any]:
        self._check_price(payload, offer)
        state = self.current(subscriber.id)
        # The ledger names the command behind each entry, so even a lost dedupe record cannot
        # make the same command charge twice.
        if any(c.command_id == command.command_id for c in state.charges):
            return {"offer": offer.id, "already_applied": True}
        recurring = [c for c in state.charges if c.kind == "recurring"]
        charges = list(state.charges)
        detail: dict[str, Any] = {"offer": offer.id}
        if command.type == "billing.start":
            if not offer.recurring:
                raise Refused("rejected", "not_recurring", offer=offer.id, period=offer.price.period)
            if any(c.offer == offer.id for c in recurring):
                raise Refused("rejected", "already_active", offer=offer.id)
            if offer.kind == "plan":
                plans = {c.offer for c in recurring if self.estate.catalog.by_id[c.offer].kind == "plan"}
                charges = [c for c in charges if not (c.kind == "recurring" and c.offer in plans)]
                detail["replaced"] = sorted(plans)
            charges.append(self.charge(offer, "recurring", command.command_id))
        elif command.type == "billing.stop":
            if not any(c.offer == offer.id for c in recurring):
                raise Refused("rejected", "not_billed", offer=offer.id)
            charges = [c for c in charges if not (c.kind == "recurring" and c.offer == offer.id)]
        elif command.type == "billing.charge":
            if offer.recurring:
                raise Refused("rejected", "recurring_offer", offer=offer.id)
            charges.append(self.charge(offer, "one_off", command.command_id))
        else:
            made = sum(1 for c in charges if c.offer == offer.id and c.kind != "refund")
            refunded = sum(1 for c in charges if c.offer == offer.id and c.kind == "refund")
            if refunded >= made:
                raise Refused("rejected", "nothing_to_refund", offer=offer.id)
            charges.append(self.charge(offer, "refund", command.command_id))
        await self.store.put(state.model_copy(update={"charges": charges, "updated_at": now()}))
        detail.update(amount=str(offer.price.amount), currency=self.estate.catalog.operator.currency)
        return detail

    def _check_price(self, payload: BillingPayload, offer: Offer) -> None:
        currency = self.estate.catalog.operator.currency
        if payload.amount != offer.price.amount:
            raise Refused("rejected", "price_mismatch", expected=str(offer.price.amount), got=str(payload.amount))
        if payload.currency != currency:
            raise Refused("rejected", "currency_mismatch", expected=currency, got=payload.currency)
        if payload.period != offer.price.period:
            raise Refused("rejected", "period_mismatch", expected=offer.price.period, got=payload.period)
