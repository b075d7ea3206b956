"""Operator sessions: a signed, expiring cookie (HMAC-SHA256 over user and expiry).

Stateless on purpose: a restarted API process keeps its users logged in, since the signing
secret lives in the credential file. The cookie is HttpOnly and SameSite=Strict, which keeps
other sites from riding on it (no CSRF token needed for same-site fetches).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time

COOKIE = "nerve_session"
LIFETIME_S = 12 * 3600


def sign(secret: bytes, username: str, now: float | None = None) -> str:
    expires = int((now or time.time()) + LIFETIME_S)
    payload = base64.urlsafe_b64encode(f"{username}|{expires}".encode()).decode().rstrip("=")
    mac = hmac.new(secret, payload.encode(), hashlib.sha256).hexdigest()
    return f"{payload}.{mac}"


def verify(secret: bytes, token: str, now: float | None = None) -> str | None:
    """The username a valid, unexpired token was issued to; None otherwise."""
    payload, _, mac = token.partition(".")
    expected = hmac.new(secret, payload.encode(), hashlib.sha256).hexdigest()
    if not mac or not hmac.compare_digest(mac, expected):
        return None
    try:
        username, expires = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)).decode().rsplit("|", 1)
        if int(expires) < (now or time.time()):
            return None
    except ValueError:
        return None
    return username
