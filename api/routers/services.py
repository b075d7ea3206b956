"""TMF638-shaped service inventory: what a subscriber has active, as the BSS systems report it."""

from __future__ import annotations

from fastapi import APIRouter, Query

from api.deps import IntentsDep, PrincipalDep, StateDep, caller_for, subscriber_for
from api.problems import problem_responses
from api.schemas import SERVICE_BASE, ServicePublic
from tools.subscriber import ServiceLine

router = APIRouter(prefix=SERVICE_BASE, tags=["services (TMF638)"])
ERRORS = problem_responses(401, 403, 404, 422, 429, 503)


def service_public(subscriber: str, line: ServiceLine) -> ServicePublic:
    return ServicePublic(
        id=f"{subscriber}/{line.offer}",
        subscriber=subscriber,
        name=line.name,
        category=line.kind,
        productOffering=line.offer,
        price={"amount": str(line.amount), "currency": line.currency, "period": line.period},
    )


@router.get("/service", response_model=list[ServicePublic], responses=ERRORS)
async def list_services(
    principal: PrincipalDep,
    state: StateDep,
    intents: IntentsDep,
    subscriber: str | None = Query(None, max_length=40, description="the account; optional with its own key"),
) -> list[ServicePublic]:
    """The subscriber's plan and active services, read back from the systems' state."""
    account = subscriber_for(principal, subscriber, state)
    found = await intents.services(caller_for(principal, account), account)
    return [service_public(account, line) for line in (found.plan, *found.services)]
