"""TMF622-shaped product orders of a subscriber (read-only: orders are created by intents)."""

from __future__ import annotations

from fastapi import APIRouter, Query

from agents.intent.models import IntentView
from api.deps import IntentsDep, PrincipalDep, StateDep, subscriber_for
from api.problems import Problem, problem_responses
from api.schemas import ORDER_BASE, ProductOrderItem, ProductOrderPublic

router = APIRouter(prefix=ORDER_BASE, tags=["product orders (TMF622)"])
ERRORS = problem_responses(401, 403, 404, 422, 429, 503)
SubscriberQuery = Query(None, max_length=40, description="the account; optional with a subscriber's own key")


ITEM_ACTION = {"add_offer": "add", "remove_offer": "delete", "change_plan": "modify"}
ENDED = {"completed", "failed", "partial", "cancelled", "expired"}


def order_public(view: IntentView) -> ProductOrderPublic:
    """The TMF622 shape of an intent that became an order (its id is the intent's)."""
    state = str(view.order_state)
    offer = view.offer
    return ProductOrderPublic(
        id=view.intent_id,
        href=f"{ORDER_BASE}/productOrder/{view.intent_id}",
        subscriber=view.subscriber,
        state=state,
        intentId=view.intent_id,
        productOrderItem=[
            ProductOrderItem(
                id="1",
                action=ITEM_ACTION.get(str(view.action), "noChange"),
                productOffering=offer if isinstance(offer, str) else None,
                state=state,
            )
        ],
        jeopardyAlert=view.jeopardy,
        orderDate=view.created_at,
        completionDate=view.updated_at if state in ENDED else None,
        price=view.price,
        commands=view.commands,
    )


@router.get("/productOrder", response_model=list[ProductOrderPublic], responses=ERRORS)
async def list_orders(
    principal: PrincipalDep, state: StateDep, intents: IntentsDep, subscriber: str | None = SubscriberQuery
) -> list[ProductOrderPublic]:
    """A subscriber's product orders, newest first, with their TMF622 states."""
    account = subscriber_for(principal, subscriber, state)
    return [order_public(o) for o in reversed(intents.orders(account))]


@router.get("/productOrder/{order_id}", response_model=ProductOrderPublic, responses=ERRORS)
async def get_order(
    order_id: str,
    principal: PrincipalDep,
    state: StateDep,
    intents: IntentsDep,
    subscriber: str | None = SubscriberQuery,
) -> ProductOrderPublic:
    """One product order of the subscriber."""
    account = subscriber_for(principal, subscriber, state)
    for order in intents.orders(account):
        if order.intent_id == order_id:
            return order_public(order)
    raise Problem("not-found", f"{account} has no order {order_id!r}; list them at {ORDER_BASE}/productOrder")
