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


def order_public(order: dict[str, Any]) -> ProductOrderPublic:
    order_id = str(order.get("order_id") or order.get("id"))
    items = order.get("items") or [
        {"id": "1", "action": order.get("item_action", "add"), "productOffering": order.get("offer")}
    ]
    return ProductOrderPublic(
        id=order_id,
        href=f"{ORDER_BASE}/productOrder/{order_id}",
        subscriber=str(order.get("subscriber")),
        state=str(order.get("state") or order.get("order_state") or "acknowledged"),
        intentId=order.get("intent_id"),
        productOrderItem=[ProductOrderItem.model_validate(i) for i in items],
        jeopardyAlert=bool(order.get("jeopardy", False)),
        orderDate=order.get("created_at"),
        completionDate=order.get("completed_at"),
        detail={k: v for k, v in order.items() if k in {"commands", "reason", "message"}},
    )


@router.get("/productOrder", response_model=list[ProductOrderPublic], responses=ERRORS)
async def list_orders(
    principal: PrincipalDep, state: StateDep, backends: BackendsDep, subscriber: str | None = SubscriberQuery
) -> list[ProductOrderPublic]:
    """A subscriber's product orders, newest first, with their TMF622 states."""
    account = subscriber_for(principal, subscriber, state)
    return [order_public(o) for o in await backends.orders(account)]


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
        if str(order.get("order_id") or order.get("id")) == order_id:
            return order_public(order)
    raise Problem("not-found", f"{account} has no order {order_id!r}; list them at {ORDER_BASE}/productOrder")
