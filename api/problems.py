"""RFC 9457 problem documents: every error the API returns, typed and actionable.

A route raises ``Problem(...)`` (or any NerveError, translated here); FastAPI's own errors
(validation, unknown route, wrong method) are rewritten into the same shape, so a client only
ever parses one error format: ``{type, title, status, detail, instance, ...extensions}``.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.headers import security_headers
from nerve.errors import BusError, ContractError, NerveError, NotPermitted, ToolError

log = logging.getLogger(__name__)

MEDIA_TYPE = "application/problem+json"

# slug → (status, title). The type URI is /problems/<slug>, documented at that address.
KINDS: dict[str, tuple[int, str]] = {
    "bad-request": (400, "The request is malformed"),
    "unauthorized": (401, "Authentication required"),
    "forbidden": (403, "Not allowed for this caller"),
    "not-found": (404, "No such resource"),
    "method-not-allowed": (405, "Method not allowed on this resource"),
    "conflict": (409, "The resource is not in a state that allows this"),
    "payload-too-large": (413, "Request body too large"),
    "unsupported-media-type": (415, "Unsupported media type"),
    "invalid-body": (422, "The request body or parameters are invalid"),
    "rate-limited": (429, "Too many requests"),
    "internal": (500, "Internal error"),
    "unavailable": (503, "A part of Nerve this needs is not available"),
}
_BY_STATUS = {status: slug for slug, (status, _title) in KINDS.items()}


class ProblemDocument(BaseModel):
    """An RFC 9457 problem detail, as every error of this API is returned."""

    type: str
    title: str
    status: int
    detail: str
    instance: str
    errors: list[dict[str, Any]] | None = None


class Problem(Exception):
    """Raise in a route to answer with a problem document."""

    def __init__(
        self,
        slug: str,
        detail: str,
        *,
        headers: dict[str, str] | None = None,
        errors: list[dict[str, Any]] | None = None,
    ) -> None:
        super().__init__(detail)
        self.slug, self.detail, self.headers, self.errors = slug, detail, headers or {}, errors

    @property
    def status(self) -> int:
        return KINDS[self.slug][0]


def problem_response(
    request: Request | None,
    slug: str,
    detail: str,
    *,
    headers: dict[str, str] | None = None,
    errors: list[dict[str, Any]] | None = None,
    instance: str | None = None,
) -> JSONResponse:
    status, title = KINDS[slug]
    body: dict[str, Any] = {
        "type": f"/problems/{slug}",
        "title": title,
        "status": status,
        "detail": detail,
        "instance": instance or (request.url.path if request is not None else ""),
    }
    if errors:
        body["errors"] = errors
    return JSONResponse(body, status_code=status, headers=headers, media_type=MEDIA_TYPE)


def _validation_detail(errors: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    cleaned = [
        {"location": ".".join(str(p) for p in e.get("loc", ())), "message": e.get("msg", ""), "type": e.get("type", "")}
        for e in errors
    ]
    first = cleaned[0] if cleaned else {"location": "?", "message": "invalid"}
    more = f" (and {len(cleaned) - 1} more)" if len(cleaned) > 1 else ""
    hint = "see `errors` and the OpenAPI document at /openapi.json"
    return f"{first['location']}: {first['message']}{more}; {hint}", cleaned


def install(app: FastAPI) -> None:
    """Register the handlers that turn every error into a problem document."""

    async def on_problem(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, Problem)
        return problem_response(request, exc.slug, exc.detail, headers=exc.headers, errors=exc.errors)

    async def on_validation(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        detail, errors = _validation_detail(list(exc.errors()))
        # A body that is not JSON at all is a 400; a JSON body of the wrong shape a 422.
        slug = "bad-request" if any(e["type"] == "json_invalid" for e in errors) else "invalid-body"
        return problem_response(request, slug, detail, errors=errors)

    async def on_http(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        slug = _BY_STATUS.get(exc.status_code, "bad-request" if exc.status_code < 500 else "internal")
        detail = str(exc.detail)
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"nothing at {request.url.path}; the API's routes are listed at /docs and /openapi.json"
        elif exc.status_code == 405:
            detail = f"{request.method} is not supported on {request.url.path}; see /openapi.json for its methods"
        return problem_response(request, slug, detail, headers=dict(exc.headers or {}))

    async def on_nerve(request: Request, exc: Exception) -> JSONResponse:
        if isinstance(exc, NotPermitted):
            return problem_response(request, "forbidden", str(exc))
        if isinstance(exc, ContractError):
            return problem_response(request, "invalid-body", str(exc))
        if isinstance(exc, ToolError):
            return problem_response(request, "conflict", str(exc))
        # A library's words (Kafka's, a file path) tell an attacker about the machine and a caller
        # nothing they can act on: they go to the log, the caller gets what to do.
        if isinstance(exc, BusError):
            log.warning("Kafka unreachable on %s: %s", request.url.path, exc)
            return problem_response(
                request, "unavailable", "Kafka is not reachable; retry shortly", headers={"Retry-After": "5"}
            )
        log.exception("unhandled Nerve error on %s", request.url.path)
        return problem_response(
            request, "internal", "the server failed on this request; the operator's log has the trace"
        )

    async def on_crash(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return problem_response(
            request,
            "internal",
            "the server failed on this request; the operator's log has the trace",
            headers=security_headers(request.url.path),  # answered outside the web guard
        )

    app.add_exception_handler(Problem, on_problem)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(NerveError, on_nerve)
    app.add_exception_handler(Exception, on_crash)


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries declaring the problem documents a route may return."""
    return {
        s: {"model": ProblemDocument, "description": KINDS[_BY_STATUS[s]][1], "content": {MEDIA_TYPE: {}}}
        for s in statuses
    }
