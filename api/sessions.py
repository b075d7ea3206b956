"""Operator sessions: a signed, expiring cookie (HMAC-SHA256 over user, expiry and a session id).

Signed rather than kept in a table, so that a restarted API process keeps its users logged in
(the signing secret lives in the credential file). Logging out revokes the session id until the
cookie would have expired anyway: a copy of the cookie taken before is refused from then on. The
revoked ids are kept in a file under the home, so a restart does not bring them back.

The cookie is HttpOnly and SameSite=Strict; requests that change state are also checked for
their Origin and content type (``api.web_guard``), since another port on 127.0.0.1 is the same
site, and must carry the session's CSRF token (``csrf_token``) in a header.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import logging
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

COOKIE = "nerve_session"
LIFETIME_S = 12 * 3600


@dataclass(frozen=True)
class Session:
    username: str
    sid: str
    expires: int


def sign(secret: bytes, username: str, now: float | None = None) -> str:
    """A new session's cookie value for ``username``."""
    expires = int((now or time.time()) + LIFETIME_S)
    raw = f"{username}|{expires}|{secrets.token_urlsafe(12)}".encode()
    payload = base64.urlsafe_b64encode(raw).decode().rstrip("=")
    return f"{payload}.{_mac(secret, payload)}"


def verify(secret: bytes, token: str, now: float | None = None) -> Session | None:
    """The session a valid, unexpired token stands for; None for anything else (forged, expired,
    malformed, not even ASCII)."""
    if not token.isascii():
        return None
    payload, _, mac = token.partition(".")
    if not mac or not hmac.compare_digest(mac, _mac(secret, payload)):
        return None
    try:
        raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)).decode()
        username, expires, sid = raw.split("|")
        if int(expires) < (now or time.time()):
            return None
    except (ValueError, binascii.Error):
        return None
    return Session(username, sid, int(expires))


def csrf_token(secret: bytes, session: Session) -> str:
    """The session's anti-forgery token: the UI sends it back in ``X-CSRF-Token`` on every request
    that changes state. A page on another origin can make the browser send the cookie, but cannot
    read this token (it comes in a JSON body, never in a cookie)."""
    return _mac(secret, f"csrf|{session.sid}")


def _mac(secret: bytes, payload: str) -> str:
    return hmac.new(secret, payload.encode(), hashlib.sha256).hexdigest()


class Revoked:
    """Session ids logged out before their expiry, each kept until then."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._until: dict[str, int] = {}
        if path.exists():
            try:
                self._until = {str(k): int(v) for k, v in json.loads(path.read_text()).items()}
            except (ValueError, AttributeError):
                log.warning("ignored an unreadable %s", path)

    def __contains__(self, session: Session) -> bool:
        return session.sid in self._until

    def revoke(self, session: Session) -> None:
        now = time.time()
        self._until = {sid: until for sid, until in self._until.items() if until > now}
        self._until[session.sid] = session.expires
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self._until))
        os.replace(tmp, self.path)
