"""Request dependencies: the process state, who is calling, and what they may do.

A caller authenticates with an API key (``X-API-Key: <key>`` or ``Authorization: Bearer <key>``)
or, in the browser, with the operator session cookie. Every authenticated principal is then
rate-limited by its own token bucket.
"""

from __future__ import annotations

import hmac
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.security import APIKeyCookie, APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from agents.intent.service import IntentService
from agents.noc.service import NocService
from agents.remediation.service import ApprovalService
from api import sessions
from api.backends import Unavailable
from api.credentials import Principal
from api.problems import Problem
from api.state import AppState
from tools.base import Caller
from tools.usage import UsageView

# The dependencies are coroutines although nothing in them waits: FastAPI runs a plain function in a
# worker thread, three thread hops per request.
api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="A subscriber or app API key")
bearer = HTTPBearer(auto_error=False, description="The same API key as a bearer token")
session_cookie = APIKeyCookie(name=sessions.COOKIE, auto_error=False, description="Operator session (UI login)")


async def get_state(request: Request) -> AppState:
    state: AppState = request.app.state.nerve
    return state


StateDep = Annotated[AppState, Depends(get_state)]


# The agents services, each a 503 (Unavailable) when this process does not run it.
async def intent_service(state: StateDep) -> IntentService:
    return state.backends.intents.get()


async def noc_service(state: StateDep) -> NocService:
    return state.backends.noc.get()


async def approval_service(state: StateDep) -> ApprovalService:
    return state.backends.remediation.get()


IntentsDep = Annotated[IntentService, Depends(intent_service)]
NocDep = Annotated[NocService, Depends(noc_service)]
ApprovalsDep = Annotated[ApprovalService, Depends(approval_service)]


async def get_usage(state: StateDep) -> UsageView:
    if state.usage is None:
        raise Unavailable(f"this operator's estate ({state.estate.root.name}) has no rating.yaml: no usage is rated")
    return state.usage


UsageDep = Annotated[UsageView, Depends(get_usage)]

_UNAUTHORIZED = {"WWW-Authenticate": 'Bearer realm="nerve", charset="UTF-8"'}


CSRF_HEADER = "X-CSRF-Token"
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


async def authenticate(
    request: Request,
    state: StateDep,
    key: Annotated[str | None, Depends(api_key_header)],
    token: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    cookie: Annotated[str | None, Depends(session_cookie)],
) -> Principal:
    principal: Principal | None
    presented = key or (token.credentials if token is not None else None)
    if presented:
        principal = state.credentials.by_key(presented)
        if principal is None:
            raise Problem(
                "unauthorized",
                "the API key is not valid; use a key from the credential file `nerve up` printed",
                headers=_UNAUTHORIZED,
            )
    elif cookie:
        session = sessions.verify(state.credentials.session_secret, cookie)
        valid = session is not None and session not in state.revoked
        principal = state.credentials.operator_principal(session.username) if session and valid else None
        if principal is None:
            raise Problem("unauthorized", "the session has expired or is invalid; log in again", headers=_UNAUTHORIZED)
        assert session is not None
        expected = sessions.csrf_token(state.credentials.session_secret, session)
        sent = request.headers.get(CSRF_HEADER, "")
        if request.method in UNSAFE_METHODS and not hmac.compare_digest(sent.encode(), expected.encode()):
            raise Problem(
                "forbidden",
                f"a request that changes state with a session must carry the session's {CSRF_HEADER} "
                "(GET /api/session gives it); reload the page",
            )
    else:
        raise Problem(
            "unauthorized",
            "no credentials: send an API key as `X-API-Key: <key>` (or `Authorization: Bearer <key>`), "
            "or log in as an operator at /ui/",
            headers=_UNAUTHORIZED,
        )
    wait = state.limiter.take(f"{principal.kind}:{principal.name}", principal.rate_per_s, principal.burst)
    if wait is not None:
        raise Problem(
            "rate-limited",
            f"{principal.name} may make {principal.rate_per_s:g} requests per second (bursts of {principal.burst}); "
            f"retry after {wait:.2f} s",
            headers={"Retry-After": str(max(1, round(wait + 0.5)))},
        )
    return principal


PrincipalDep = Annotated[Principal, Depends(authenticate)]


def subscriber_for(principal: Principal, subscriber: str | None, state: AppState) -> str:
    """The account a request acts on: the named one if the principal may act for it."""
    if subscriber is None:
        if principal.subscribers is not None and len(principal.subscribers) == 1:
            return next(iter(principal.subscribers))
        example = _a_subscriber(state)
        raise Problem("invalid-body", f"name the subscriber this request is for (`subscriber`, e.g. {example})")
    if principal.subscribers is not None and subscriber not in principal.subscribers:
        raise Problem(
            "forbidden",
            f"this key acts for {_scope(principal)} only, not for {subscriber}; use that subscriber's own key",
        )
    if subscriber not in state.estate.subscriber:
        raise Problem("not-found", f"no subscriber {subscriber!r}; subscriber ids look like {_a_subscriber(state)}")
    return subscriber


def accounts_for(principal: Principal, subscriber: str | None, state: AppState) -> list[str] | None:
    """The accounts a read covers: the named one (if the principal may read it), the key's own
    accounts when none is named, or None (every account) for an operator who names none."""
    if subscriber is not None:
        return [subscriber_for(principal, subscriber, state)]
    return None if principal.subscribers is None else sorted(principal.subscribers)


def _a_subscriber(state: AppState) -> str:
    """An id of the estate's, to show what subscriber ids look like."""
    return state.estate.subscribers[0].id if state.estate.subscribers else "an id of subscribers.yaml"


def caller_for(principal: Principal, subscriber: str) -> Caller:
    if principal.kind == "operator" and "operator" not in principal.roles:
        raise Problem("forbidden", f"{principal.name} is a viewer; acting for a subscriber needs the operator role")
    return principal.caller(subscriber)


def _scope(principal: Principal) -> str:
    subs = sorted(principal.subscribers or ())
    return ", ".join(subs[:3]) + (f" and {len(subs) - 3} more" if len(subs) > 3 else "")


def require_role(role: str) -> Any:
    """A dependency admitting operators (session or key-less) that hold ``role``."""

    async def check(principal: PrincipalDep) -> Principal:
        if principal.kind != "operator":
            raise Problem("forbidden", f"this needs an operator account with the {role} role; API keys cannot use it")
        if role not in principal.roles:
            raise Problem("forbidden", f"{principal.name} lacks the {role} role ({', '.join(sorted(principal.roles))})")
        return principal

    return Depends(check)


ViewerDep = Annotated[Principal, require_role("viewer")]
OperatorDep = Annotated[Principal, require_role("operator")]
ApproverDep = Annotated[Principal, require_role("approver")]
