"""Operator login for the UI: a signed session cookie."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from api import sessions
from api.deps import PrincipalDep, StateDep
from api.problems import Problem, problem_responses
from api.schemas import LoginCreate, SessionPublic

router = APIRouter(prefix="/api/session", tags=["operator session"])


@router.post("", response_model=SessionPublic, responses=problem_responses(401, 422, 429))
async def login(body: LoginCreate, request: Request, response: Response, state: StateDep) -> SessionPublic:
    """Log an operator in; sets the session cookie the UI and its streams use."""
    # Password guessing is limited per client address, before the (deliberately slow) hash check.
    client = request.client.host if request.client else "unknown"
    wait = state.limiter.take(f"login:{client}", 1.0, 10)
    if wait is not None:
        raise Problem(
            "rate-limited",
            f"too many login attempts; retry after {wait:.1f} s",
            headers={"Retry-After": str(max(1, round(wait + 0.5)))},
        )
    principal = state.credentials.operator(body.username, body.password)
    if principal is None:
        raise Problem("unauthorized", "unknown user or wrong password; `nerve up` prints the demo accounts")
    token = sessions.sign(state.credentials.session_secret, principal.name)
    response.set_cookie(sessions.COOKIE, token, max_age=sessions.LIFETIME_S, httponly=True, samesite="strict", path="/")
    return SessionPublic(username=principal.name, roles=sorted(principal.roles))


@router.get("", response_model=SessionPublic, responses=problem_responses(401, 429))
async def whoami(principal: PrincipalDep) -> SessionPublic:
    """Who the session (or key) belongs to and its roles."""
    return SessionPublic(username=principal.name, roles=sorted(principal.roles))


@router.delete("", status_code=204)
async def logout(response: Response) -> Response:
    """Log out (drops the cookie)."""
    response.delete_cookie(sessions.COOKIE, path="/")
    response.status_code = 204
    return response
