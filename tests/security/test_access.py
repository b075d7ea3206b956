"""Every door: no credentials anywhere is a 401, a subscriber's key on an operator route a 403, and
one subscriber sees nothing of another's."""

from __future__ import annotations

import re
import threading
import time
from typing import Any

import pytest

from api.schemas import INTENT_BASE, ORDER_BASE, SERVICE_BASE
from tests.api.stack import Stack, problem
from tests.security.kafka import audit, order_commands

pytestmark = pytest.mark.slow

OPEN = {("POST", "/api/session"), ("DELETE", "/api/session"), ("GET", "/healthz"), ("GET", "/readyz")}


def routes(stack: Stack) -> list[tuple[str, str]]:
    """Every (method, path) of the API, path parameters filled in."""
    with stack.client() as client:
        spec: dict[str, Any] = client.get("/openapi.json").json()
    found = []
    for path, ops in spec["paths"].items():
        for method in ops:
            if (method.upper(), path) not in OPEN:
                found.append((method.upper(), re.sub(r"\{[^}]+\}", "x", path)))
    return found


def test_no_credentials_on_every_route_is_401(stack: Stack) -> None:
    found = routes(stack)
    assert len(found) > 15
    with stack.client() as client:
        for method, path in found:
            body = {} if method in ("POST", "PUT", "PATCH") else None
            problem(client.request(method, path, json=body), 401)


def test_a_subscriber_key_on_every_operator_route_is_403(stack: Stack) -> None:
    # GET /api/session answers "who am I" to any principal, a key included.
    noc = [(m, p) for m, p in routes(stack) if p.startswith("/api/") and p != "/api/session"]
    assert len(noc) > 8
    # A subscriber of its own, paced under its key's rate (10/s): the walk is longer than a burst, and
    # a drained bucket would answer 429 here and in the tests that follow.
    with stack.client() as client:
        for method, path in noc:
            body = {"question": "x", "reason": "x"} if method == "POST" else None
            problem(client.request(method, path, json=body, headers=stack.key("sub-1009")), 403)
            time.sleep(0.1)


def test_one_subscriber_cannot_read_or_confirm_anothers_intent(stack: Stack) -> None:
    victim, attacker = "sub-1030", "sub-1027"
    with stack.client() as client:
        r = client.post(f"{INTENT_BASE}/intent", json={"text": "add StreamMax please"}, headers=stack.key(victim))
        assert r.status_code == 201 and r.json()["awaitingConfirmation"], r.text
        intent_id = r.json()["id"]
        theirs = stack.key(attacker)
        problem(client.get(f"{INTENT_BASE}/intent/{intent_id}", headers=theirs), 404)
        problem(client.get(f"{INTENT_BASE}/intent/{intent_id}/intentReport", headers=theirs), 404)
        path = f"{INTENT_BASE}/intent/{intent_id}"
        problem(client.post(f"{path}/confirmation", json={"accept": True}, headers=theirs), 404)
        problem(client.post(f"{path}/cancel", json={}, headers=theirs), 404)
        problem(client.get(f"{ORDER_BASE}/productOrder", params={"subscriber": victim}, headers=theirs), 403)
        problem(client.get(f"{SERVICE_BASE}/service", params={"subscriber": victim}, headers=theirs), 403)
        assert client.get(path, headers=stack.key(victim)).json()["lifecycleStatus"] == "awaiting_confirmation"
    time.sleep(1)
    assert not [r for r in audit(stack) if r.correlation_id == intent_id and r.action.startswith("intent.c")]
    assert order_commands(stack, intent_id) == []


def test_a_subscribers_event_stream_shows_nothing_of_anothers(stack: Stack) -> None:
    watcher, other = "sub-1027", "sub-1004"
    seen: list[str] = []
    ready = threading.Event()

    def listen() -> None:
        with (
            stack.client() as client,
            client.stream("GET", f"{INTENT_BASE}/events", headers=stack.key(watcher), timeout=30) as r,
        ):
            started = time.monotonic()
            for line in r.iter_lines():
                if line.startswith("event: ready"):
                    ready.set()
                seen.append(line)
                if time.monotonic() - started > 8:
                    return

    thread = threading.Thread(target=listen, daemon=True)
    thread.start()
    assert ready.wait(15)
    with stack.client() as client:
        theirs = client.post(f"{INTENT_BASE}/intent", json={"text": "what is on my bill?"}, headers=stack.key(other))
        mine = client.post(f"{INTENT_BASE}/intent", json={"text": "what is on my bill?"}, headers=stack.key(watcher))
        assert theirs.status_code == mine.status_code == 201
    thread.join(30)
    text = "\n".join(seen)
    assert mine.json()["id"] in text, "the watcher's own intent should show (the stream works)"
    assert theirs.json()["id"] not in text and other not in text
