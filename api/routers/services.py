"""TMF638-shaped service inventory: what a subscriber has active, as the BSS systems report it."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query

from api.deps import BackendsDep, PrincipalDep, StateDep, subscriber_for
from api.problems import problem_responses
from api.schemas import SERVICE_BASE, ServicePublic

router = APIRouter(prefix=SERVICE_BASE, tags=["services (TMF638)"])
ERRORS = problem_responses(401, 403, 404, 422, 429, 503)


def service_public(subscriber: str, service: dict[str, Any]) -> ServicePublic:
    offer = str(service.get("offer") or service.get("id"))
    return ServicePublic(
        id=f"{subscriber}/{offer}",
        subscriber=subscriber,
        name=str(service.get("name") or offer),
        state=str(service.get("state") or "active"),
        productOffering=offer,
        detail={k: v for k, v in service.items() if k not in {"offer", "id", "name", "state"}},
    )


@router.get("/service", response_model=list[ServicePublic], responses=ERRORS)
async def list_services(
    principal: PrincipalDep,
    state: StateDep,
    backends: BackendsDep,
    subscriber: str | None = Query(None, max_length=40, description="the account; optional with its own key"),
) -> list[ServicePublic]:
    """The subscriber's plan and active services, read back from the systems' state."""
    account = subscriber_for(principal, subscriber, state)
    return [service_public(account, s) for s in await backends.services(account)]
