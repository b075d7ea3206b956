"""Checks every request passes before it reaches a route, and headers every response carries.

- Host must be one of ``Settings.api_allowed_hosts`` (400): a page on another name that resolves
  to this machine (DNS rebinding) gets nothing, not even /readyz.
- A state-changing request (POST, PUT, PATCH, DELETE) from a browser page on another origin is
  refused (403). SameSite=Strict does not cover this: another port on 127.0.0.1 is the same site.
  A request without an Origin header is not a browser's cross-origin request (browsers always
  send it there), so API clients such as curl and httpx pass.
- A state-changing request with a body must say ``Content-Type: application/json`` (415): a
  plain form or a "simple" cross-origin fetch cannot, without a CORS preflight we never answer.
- Every response carries a Content-Security-Policy (scripts and styles from this origin only, no
  framing), nosniff and a Referrer-Policy.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.headers import security_headers
from api.problems import problem_response

UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
JSON_TYPES = ("application/json",)


def host_name(host: str) -> str:
    """``host`` of a Host header without its port (``[::1]:8080`` → ``::1``)."""
    return urlsplit(f"//{host}").hostname or ""


class WebGuard:
    def __init__(self, app: ASGIApp, allowed_hosts: list[str]) -> None:
        self.app = app
        self.allowed_hosts = frozenset(h.lower().strip("[]") for h in allowed_hosts)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = [(k.lower().encode(), v.encode()) for k, v in security_headers(scope["path"]).items()]

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        refusal = self.refusal(scope)
        if refusal is not None:
            slug, detail = refusal
            response = problem_response(None, slug, detail, instance=scope["path"])
            await response(scope, receive, with_headers)
            return
        await self.app(scope, receive, with_headers)

    def refusal(self, scope: Scope) -> tuple[str, str] | None:
        """Why the request is refused (problem slug and detail), or None."""
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        host = headers.get("host", "")
        if host_name(host) not in self.allowed_hosts:
            return "bad-request", (
                f"this server does not answer to the host name {host_name(host) or '(none)'!r}; "
                "use one of NERVE_API_ALLOWED_HOSTS"
            )
        if scope["method"] not in UNSAFE_METHODS:
            return None
        origin = headers.get("origin")
        if origin is not None and urlsplit(origin).netloc.lower() != host.lower():
            return (
                "forbidden",
                f"requests that change state are accepted from this server's own pages only, not {origin}",
            )
        has_body = headers.get("content-length", "0") != "0" or "transfer-encoding" in headers
        media_type = headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if has_body and media_type not in JSON_TYPES:
            return "unsupported-media-type", (
                f"the body must be JSON sent with `Content-Type: application/json` (got {media_type or 'none'})"
            )
        return None
