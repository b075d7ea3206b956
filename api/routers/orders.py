"""TMF622-shaped product orders of a subscriber (read-only: orders are created by intents)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query

from api.deps import BackendsDep, PrincipalDep, StateDep, subscriber_for
from api.problems import Problem, problem_responses
from api.schemas import ORDER_BASE, ProductOrderItem, ProductOrderPublic

router = APIRouter(prefix=ORDER_BASE, tags=["product orders (TMF622)"])
ERRORS = problem_responses(401, 403, 404, 422, 429, 503)
SubscriberQuery = Query(None, max_length=40, description="the account; optional with a subscriber's own key")


ITEM_ACTION = {"add_offer": "add", "remove_offer": "delete", "change_plan": "modify"}
ENDED = {"completed", "failed", "partial", "cancelled", "expired"}


def order_public(view: dict[str, Any]) -> ProductOrderPublic:
    """The TMF622 shape of an intent that became an order (its id is the intent's)."""
    order_id = str(view["intent_id"])
    state = str(view["order_state"])
    offer = view.get("offer")
    return ProductOrderPublic(
        id=order_id,
        href=f"{ORDER_BASE}/productOrder/{order_id}",
        subscriber=str(view["subscriber"]),
        state=state,
        intentId=order_id,
        productOrderItem=[
            ProductOrderItem(
                id="1",
                action=ITEM_ACTION.get(str(view.get("action")), "noChange"),
                productOffering=offer if isinstance(offer, str) else None,
                state=state,
            )
        ],
        jeopardyAlert=bool(view.get("jeopardy", False)),
        orderDate=view.get("created_at"),
        completionDate=view.get("updated_at") if state in ENDED else None,
        price=view.get("price"),
        commands=list(view.get("commands") or []),
    )


@router.get("/productOrder", response_model=list[ProductOrderPublic], responses=ERRORS)
async def list_orders(
    principal: PrincipalDep, state: StateDep, backends: BackendsDep, subscriber: str | None = SubscriberQuery
) -> list[ProductOrderPublic]:
    """A subscriber's product orders, newest first, with their TMF622 states."""
    account = subscriber_for(principal, subscriber, state)
    return [order_public(o) for o in reversed(await backends.orders(account))]


@router.get("/productOrder/{order_id}", response_model=ProductOrderPublic, responses=ERRORS)
async def get_order(
    order_id: str,
    principal: PrincipalDep,
    state: StateDep,
    backends: BackendsDep,
    subscriber: str | None = SubscriberQuery,
) -> ProductOrderPublic:
    """One product order of the subscriber."""
    account = subscriber_for(principal, subscriber, state)
    for order in await backends.orders(account):
        if order["intent_id"] == order_id:
            return order_public(order)
    raise Problem("not-found", f"{account} has no order {order_id!r}; list them at {ORDER_BASE}/productOrder")
