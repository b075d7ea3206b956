"""Order writes: the saga's compliance, activation, partner and billing commands, and their status.

Every command is built here from the catalog (the price is the catalog's, never the request's or a
model's), has a stable id (order id + step, so a resumed saga re-sends nothing new), and is
refused before it reaches Kafka when the caller may not act for the subscriber, when the order's
first step finds the subscriber ineligible, or when a later step's predecessor has not succeeded.
"""

from __future__ import annotations

import logging

from pydantic import BaseModel

from nerve.contracts import (
    ActivationPayload,
    BillingPayload,
    CommandType,
    CompliancePayload,
    PartnerPayload,
    Payload,
)
from nerve.estate import Catalog
from nerve.results import ResultWatcher
from tools.base import ToolContext, ToolResult
from tools.commands import publish_command
from tools.eligibility import OrderAction, reasons_for
from tools.subscriber import profile_of

log = logging.getLogger(__name__)

COMPENSATION: dict[str, CommandType] = {
    "activation.activate": "activation.deactivate",
    "partner.provision": "partner.deprovision",
    "billing.start": "billing.stop",
    "billing.charge": "billing.refund",
    "billing.stop": "billing.start",
}


class Step(BaseModel):
    """One command of an order's saga."""

    step: str  # stable within the order: the command id is "<order id>/<step>"
    type: CommandType
    offer: str


class OrderCommand(BaseModel):
    order_id: str
    subscriber: str
    action: OrderAction
    step: Step
    after: str | None = None  # the command id that must have succeeded first (None: the order's first step)
    compensates: str | None = None  # for an undo: the command id it reverses, which must have succeeded


class CommandRef(BaseModel):
    command_id: str
    type: CommandType
    target: str


def plan_saga(catalog: Catalog, action: OrderAction, offer_id: str, current_plan: str) -> list[Step]:
    """The forward steps of an order, in order: compliance → activation / partner → billing."""
    offer = catalog.by_id[offer_id]
    network, partner = bool(offer.fulfilment.network), bool(offer.fulfilment.partner)
    if action == "remove_offer":
        steps = [Step(step="deactivate", type="activation.deactivate", offer=offer_id)] if network else []
        if partner:
            steps.append(Step(step="deprovision", type="partner.deprovision", offer=offer_id))
        if offer.recurring:
            steps.append(Step(step="billing-stop", type="billing.stop", offer=offer_id))
        return steps
    steps = [Step(step="compliance", type="compliance.check", offer=offer_id)]
    if network:
        steps.append(Step(step="activate", type="activation.activate", offer=offer_id))
    if partner:
        steps.append(Step(step="provision", type="partner.provision", offer=offer_id))
    if action == "change_plan":
        steps.append(Step(step="billing-stop-old", type="billing.stop", offer=current_plan))
        steps.append(Step(step="billing-start", type="billing.start", offer=offer_id))
    elif offer.recurring:
        steps.append(Step(step="billing-start", type="billing.start", offer=offer_id))
    else:
        steps.append(Step(step="billing-charge", type="billing.charge", offer=offer_id))
    return steps


def undo_of(catalog: Catalog, step: Step, current_plan: str) -> Step | None:
    """The compensating step for a forward step that succeeded (None when nothing needs undoing)."""
    if step.type == "activation.activate" and catalog.by_id[step.offer].kind == "plan":
        # A plan is never deactivated: the old plan is activated again.
        return Step(step=f"undo-{step.step}", type="activation.activate", offer=current_plan)
    undo = COMPENSATION.get(step.type)
    return Step(step=f"undo-{step.step}", type=undo, offer=step.offer) if undo else None


def build_payload(catalog: Catalog, subscriber: str, step: Step) -> Payload:
    offer = catalog.by_id[step.offer]
    system = step.type.split(".", 1)[0]
    if system == "compliance":
        return CompliancePayload(
            subscriber=subscriber,
            offer=offer.id,
            checks=offer.required_checks(),
            data_residency=offer.compliance.data_residency,
        )
    if system == "activation":
        return ActivationPayload(subscriber=subscriber, offer=offer.id, network=dict(offer.fulfilment.network or {}))
    if system == "partner":
        return PartnerPayload(subscriber=subscriber, offer=offer.id, partner=offer.fulfilment.partner or "")
    return BillingPayload(
        subscriber=subscriber,
        offer=offer.id,
        amount=offer.price.amount,
        currency=catalog.operator.currency,
        period=offer.price.period,
    )


def _succeeded(results: ResultWatcher, cid: str) -> bool:
    result = results.get(cid)
    return result is not None and result.status == "succeeded"


async def publish_order_command(ctx: ToolContext, params: OrderCommand) -> ToolResult[CommandRef]:
    """Publish one step of an order (compliance check, activation, partner provisioning, billing, or the
    undo of one) at the catalog's price. Refused when the caller may not act for the subscriber, when
    the subscriber is not eligible (first step), or when the step before has not succeeded."""
    catalog = ctx.estate.catalog
    if not ctx.caller.may_act_for(params.subscriber):
        return ToolResult.not_permitted(f"not_permitted: {ctx.caller.actor.id} may not act for {params.subscriber}")
    if params.step.offer not in catalog.by_id:
        return ToolResult.invalid(f"unknown_offer: {params.step.offer}")
    prior = params.compensates if params.compensates is not None else params.after
    if prior is not None:
        if ctx.results is None:
            return ToolResult.unavailable("no command results in this context: a later step cannot be checked")
        if not _succeeded(ctx.results, prior):
            if params.compensates is not None:
                return ToolResult.invalid(f"{prior} did not succeed: nothing to compensate")
            return ToolResult.invalid(f"{prior} has not succeeded: the order cannot go on")
    else:
        profile = profile_of(ctx, params.subscriber)
        if profile is None:
            return ToolResult.invalid(f"no subscriber {params.subscriber}")
        reasons = reasons_for(profile, catalog.by_id[params.step.offer], catalog, params.action)
        if reasons:
            return ToolResult.invalid(f"not eligible: {', '.join(reasons)}")
    command = await publish_command(
        ctx,
        type=params.step.type,
        target=params.subscriber,
        payload=build_payload(catalog, params.subscriber, params.step),
        correlation_id=params.order_id,
        step=params.step.step,
    )
    return ToolResult.ok(CommandRef(command_id=command.command_id, type=command.type, target=command.target))
