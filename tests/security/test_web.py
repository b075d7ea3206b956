"""Web hardening against the running stack: Host and Origin checks, JSON content type, security
headers, session cookies and logout, login throttling."""

from __future__ import annotations

import threading
import time

import httpx
import pytest

from api import sessions
from api.schemas import INTENT_BASE
from tests.api.stack import Stack, problem
from tests.security.kafka import audit, ops_commands
from tests.security.test_authorisation import chat
from tests.security.test_confirmations import awaiting
from tests.security.test_four_eyes import pending_for

pytestmark = pytest.mark.slow


def from_address(stack: Stack, address: str) -> httpx.Client:
    """A client connecting from another loopback address: another real client to the server."""
    return httpx.Client(base_url=stack.base, timeout=30, transport=httpx.HTTPTransport(local_address=address))


def test_a_foreign_host_name_is_400(stack: Stack) -> None:
    with stack.client() as client:
        for method, path in (("GET", "/readyz"), ("GET", "/api/session"), ("POST", "/api/session")):
            r = client.request(method, path, headers={"Host": "evil.example"}, json={"username": "a", "password": "b"})
            problem(r, 400)
        assert client.get("/healthz", headers={"Host": "localhost"}).status_code == 200


def test_approving_from_another_origin_is_403_and_from_our_own_pages_works(stack: Stack) -> None:
    cell = "cell-m06-c"
    chat(stack, "operator", f"please restart {cell}")
    aid = pending_for(stack, cell)["approval_id"]
    with stack.session("approver") as approver:
        for origin in ("http://127.0.0.1:9999", "null", "http://evil.example"):
            problem(approver.post(f"/api/approvals/{aid}/approve", headers={"Origin": origin}), 403)
        time.sleep(2)
        assert not [r for r in audit(stack) if r.action == "approval.granted" and r.detail.get("approval_id") == aid]
        assert [c for c in ops_commands(stack) if c.target == cell] == []
        r = approver.post(f"/api/approvals/{aid}/approve", headers={"Origin": stack.base})
        assert r.status_code == 200, r.text


def test_a_session_request_without_its_csrf_token_is_403_and_changes_nothing(stack: Stack) -> None:
    cell = "cell-m07-c"
    chat(stack, "operator", f"please restart {cell}")
    aid = pending_for(stack, cell)["approval_id"]
    cookies, headers = stack.session_auth("approver")
    _, other_sessions = stack.session_auth("approver")
    with stack.client() as client:
        for sent in ({}, {"X-CSRF-Token": "guessed"}, other_sessions):  # none, wrong, another session's
            problem(client.post(f"/api/approvals/{aid}/approve", json={}, cookies=cookies, headers=sent), 403)
        time.sleep(2)
        assert [c for c in ops_commands(stack) if c.target == cell] == []
        # The UI reads the token from its session and sends it: accepted.
        csrf = client.get("/api/session", cookies=cookies).json()["csrf"]
        assert csrf == headers["X-CSRF-Token"]
        r = client.post(f"/api/approvals/{aid}/approve", json={}, cookies=cookies, headers={"X-CSRF-Token": csrf})
        assert r.status_code == 200, r.text


def test_a_body_that_does_not_say_json_is_415_and_changes_nothing(stack: Stack) -> None:
    intent_id = awaiting(stack, "sub-1018")
    path = f"{INTENT_BASE}/intent/{intent_id}/confirmation"
    with stack.client() as client:
        for content_type in (None, "text/plain", "application/x-www-form-urlencoded"):
            headers = {**stack.key("sub-1018"), **({"Content-Type": content_type} if content_type else {})}
            problem(client.post(path, content=b'{"accept": true}', headers=headers), 415)
        with stack.session("viewer") as viewer:
            problem(viewer.post("/api/chat", content=b'{"question": "hello"}'), 415)
        view = client.get(f"{INTENT_BASE}/intent/{intent_id}", headers=stack.key("sub-1018")).json()
        assert view["lifecycleStatus"] == "awaiting_confirmation"
    assert not [r for r in audit(stack) if r.correlation_id == intent_id and r.action == "intent.confirmed"]


def test_every_response_carries_the_security_headers(stack: Stack) -> None:
    with stack.client() as client:
        for path in ("/ui/", "/ui/app.js", "/healthz", "/api/incidents", "/nowhere", "/docs"):
            r = client.get(path)
            csp = r.headers.get("content-security-policy", "")
            assert "frame-ancestors 'none'" in csp and "default-src 'self'" in csp, (path, csp)
            assert r.headers["x-content-type-options"] == "nosniff", path
            assert r.headers["referrer-policy"] == "no-referrer", path
        assert "unsafe-inline" not in client.get("/ui/").headers["content-security-policy"]


def test_a_forged_or_non_ascii_session_cookie_is_401(stack: Stack) -> None:
    forged = sessions.sign(b"not the secret", "approver")
    with stack.client() as client:
        for cookie in (f"{sessions.COOKIE}={forged}".encode(), f"{sessions.COOKIE}=caf\xe9.\xff".encode("latin-1")):
            problem(client.get("/api/session", headers={"Cookie": cookie}), 401)  # type: ignore[dict-item]


def test_logout_revokes_the_session_on_the_server(stack: Stack) -> None:
    with stack.operator("operator") as client:
        copied = client.cookies[sessions.COOKIE]
        assert client.delete("/api/session").status_code == 204
    with stack.client() as thief:
        problem(thief.get("/api/session", cookies={sessions.COOKIE: copied}), 401)


def test_wrong_logins_with_rotating_forwarded_for_are_429_after_the_limit(stack: Stack) -> None:
    # A username per attempt: only the per-client limit is at play (and no real account is locked).
    with from_address(stack, "127.0.0.20") as client:
        codes = [
            client.post(
                "/api/session",
                json={"username": f"ghost-{i}", "password": f"guess-{i}"},
                headers={"X-Forwarded-For": f"203.0.113.{i}"},
            ).status_code
            for i in range(15)
        ]
    # Ten at once, then one a second: a slow machine may refill a token or two within the run.
    assert codes[:10] == [401] * 10 and codes.count(429) >= 3, codes


def test_wrong_logins_for_one_username_from_many_clients_are_429_after_the_limit(stack: Stack) -> None:
    codes = []
    for i in range(12):
        with from_address(stack, f"127.0.0.{40 + i}") as client:
            r = client.post("/api/session", json={"username": "ghost", "password": f"guess-{i}"})
            codes.append(r.status_code)
    assert codes[:10] == [401] * 10 and codes[10:] == [429] * 2, codes  # one failure per 5 s refills
    # Failed guesses lock nobody else out: another account logs in from the same clients.
    with from_address(stack, "127.0.0.41") as client:
        r = client.post("/api/session", json={"username": "viewer", "password": stack.password("viewer")})
        assert r.status_code == 200, r.text


def test_healthz_stays_fast_while_logins_hash_passwords(stack: Stack) -> None:
    def login(i: int) -> None:
        with from_address(stack, f"127.0.0.{60 + i}") as client:
            client.post("/api/session", json={"username": f"nobody-{i}", "password": "x"})

    threads = [threading.Thread(target=login, args=(i,)) for i in range(20)]
    slowest = 0.0
    with stack.client() as client:
        for thread in threads:
            thread.start()
        while any(thread.is_alive() for thread in threads):
            started = time.monotonic()
            assert client.get("/healthz").status_code == 200
            slowest = max(slowest, time.monotonic() - started)
        for thread in threads:
            thread.join()
    assert slowest < 0.5, f"/healthz took {slowest:.2f} s while logins were checked"
