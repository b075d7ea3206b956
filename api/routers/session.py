"""Operator login for the UI: a signed session cookie, revoked on logout."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Request, Response

from api import sessions
from api.deps import PrincipalDep, StateDep
from api.problems import Problem, problem_responses
from api.schemas import LoginCreate, SessionPublic

router = APIRouter(prefix="/api/session", tags=["operator session"])

# Password guessing is limited twice, before the (deliberately slow) hash check: every attempt
# per client, and failed attempts per username whichever client makes them (an attacker with many
# addresses still gets few guesses at one account; its owner's own logins do not count).
PER_CLIENT = (1.0, 10)  # tokens per second, burst
PER_USERNAME = (0.2, 10)


@router.post("", response_model=SessionPublic, responses=problem_responses(401, 422, 429))
async def login(body: LoginCreate, request: Request, response: Response, state: StateDep) -> SessionPublic:
    """Log an operator in; sets the session cookie the UI and its streams use."""
    # The peer's address: uvicorn rewrites it from X-Forwarded-For only for the trusted proxies.
    client = request.client.host if request.client else "unknown"
    user_bucket = f"login-user:{body.username}"
    wait = state.limiter.take(f"login:{client}", *PER_CLIENT)
    if wait is None:
        wait = state.limiter.peek(user_bucket, *PER_USERNAME)
    if wait is not None:
        raise Problem(
            "rate-limited",
            f"too many login attempts; retry after {wait:.1f} s",
            headers={"Retry-After": str(max(1, round(wait + 0.5)))},
        )
    # scrypt takes tens of milliseconds of CPU: in a thread, so a burst of logins stalls no other request.
    principal = await asyncio.to_thread(state.credentials.operator, body.username, body.password)
    if principal is None:
        state.limiter.take(user_bucket, *PER_USERNAME)
        raise Problem("unauthorized", "unknown user or wrong password; `nerve up` prints the demo accounts")
    token = sessions.sign(state.credentials.session_secret, principal.name)
    response.set_cookie(
        sessions.COOKIE,
        token,
        max_age=sessions.LIFETIME_S,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
        path="/",
    )
    session = sessions.verify(state.credentials.session_secret, token)
    assert session is not None
    csrf = sessions.csrf_token(state.credentials.session_secret, session)
    return SessionPublic(username=principal.name, roles=sorted(principal.roles), csrf=csrf)


@router.get("", response_model=SessionPublic, responses=problem_responses(401, 429))
async def whoami(principal: PrincipalDep, request: Request, state: StateDep) -> SessionPublic:
    """Who the session (or key) belongs to, its roles and, for a session, its CSRF token."""
    token = request.cookies.get(sessions.COOKIE)
    session = sessions.verify(state.credentials.session_secret, token) if token else None
    csrf = sessions.csrf_token(state.credentials.session_secret, session) if session else None
    return SessionPublic(username=principal.name, roles=sorted(principal.roles), csrf=csrf)


@router.delete("", status_code=204)
async def logout(request: Request, response: Response, state: StateDep) -> Response:
    """Log out: the session is revoked on the server (a copy of the cookie no longer works)."""
    token = request.cookies.get(sessions.COOKIE)
    session = sessions.verify(state.credentials.session_secret, token) if token else None
    if session is not None:
        state.revoked.revoke(session)
    response.delete_cookie(sessions.COOKIE, path="/")
    response.status_code = 204
    return response
