"""The security headers every response carries, errors included.

A Content-Security-Policy (scripts and styles from this origin only, no framing), nosniff and a
Referrer-Policy. ``api.web_guard`` adds them to every response that passes through it; the crash
handler adds them itself, because Starlette answers an unhandled error outside every middleware.
"""

from __future__ import annotations

CSP = (
    "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
# Swagger UI's page starts it with an inline script and styles its widgets inline. It shows
# the API's own documents only, so this looser policy is confined to it.
DOCS_CSP = CSP.replace(
    "default-src 'self'", "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'"
)
DOCS_PATHS = ("/docs", "/docs/oauth2-redirect")
HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",  # for browsers that predate frame-ancestors
}


def security_headers(path: str) -> dict[str, str]:
    return {"Content-Security-Policy": DOCS_CSP if path in DOCS_PATHS else CSP, **HEADERS}
