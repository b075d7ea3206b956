"""Authentication, authorisation and limits over HTTP against the running stack."""

from __future__ import annotations

import pytest

from api.schemas import INTENT_BASE, ORDER_BASE
from tests.api.stack import Stack, problem

pytestmark = pytest.mark.slow


def test_no_key_is_401_with_a_challenge(stack: Stack) -> None:
    with stack.client() as client:
        r = client.post(f"{INTENT_BASE}/intent", json={"text": "add StreamMax", "subscriber": "sub-1001"})
        body = problem(r, 401)
        assert r.headers["www-authenticate"].startswith("Bearer")
        assert "X-API-Key" in str(body["detail"])
        problem(client.get(f"{ORDER_BASE}/productOrder", headers={"X-API-Key": "nk_sub_not-a-key"}), 401)
        problem(client.get("/api/incidents"), 401)


def test_a_bearer_token_works_like_the_key_header(stack: Stack) -> None:
    token = stack.key("sub-1005")["X-API-Key"]
    with stack.client() as client:
        r = client.get(f"{ORDER_BASE}/productOrder", headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 200, r.text


def test_a_subscriber_key_acts_only_on_its_own_account(stack: Stack) -> None:
    with stack.client() as client:
        r = client.post(
            f"{INTENT_BASE}/intent",
            json={"text": "add StreamMax", "subscriber": "sub-1002"},
            headers=stack.key("sub-1001"),
        )
        body = problem(r, 403)
        assert "sub-1001" in str(body["detail"]) and "sub-1002" in str(body["detail"])
        problem(
            client.get(f"{ORDER_BASE}/productOrder", params={"subscriber": "sub-1002"}, headers=stack.key("sub-1001")),
            403,
        )
        # Someone else's intent is not found rather than forbidden: ids cannot be probed.
        mine = client.post(f"{INTENT_BASE}/intent", json={"text": "what is on my bill?"}, headers=stack.key("sub-1006"))
        assert mine.status_code == 201, mine.text
        problem(client.get(f"{INTENT_BASE}/intent/{mine.json()['id']}", headers=stack.key("sub-1007")), 404)


def test_roles_gate_the_noc_endpoints(stack: Stack) -> None:
    with stack.client() as client:
        problem(client.get("/api/incidents", headers=stack.key("sub-1001")), 403)
    with stack.operator("viewer") as viewer:
        assert viewer.get("/api/incidents").status_code == 200
        body = problem(viewer.post("/api/approvals/apr-x/approve"), 403)
        assert "approver" in str(body["detail"])
    with stack.operator("approver") as approver:
        problem(approver.post("/api/approvals/apr-unknown/approve"), 409)


def test_a_wrong_password_is_401(stack: Stack) -> None:
    with stack.client() as client:
        problem(client.post("/api/session", json={"username": "approver", "password": "wrong"}), 401)


def test_a_large_body_is_413(stack: Stack) -> None:
    with stack.client() as client:
        r = client.post(f"{INTENT_BASE}/intent", json={"text": "x" * 40_000}, headers=stack.key("sub-1008"))
        body = problem(r, 413)
        assert "16384" in str(body["detail"])


def test_each_key_has_a_rate_limit(stack: Stack) -> None:
    with stack.client() as client:
        codes = [client.get(f"{ORDER_BASE}/productOrder", headers=stack.key("sub-1010")).status_code for _ in range(40)]
        assert 429 in codes and codes[0] == 200, codes
        r = client.get(f"{ORDER_BASE}/productOrder", headers=stack.key("sub-1010"))
        if r.status_code == 429:
            problem(r, 429)
            assert int(r.headers["retry-after"]) >= 1
        # Another key is not affected by this one's bucket.
        assert client.get(f"{ORDER_BASE}/productOrder", headers=stack.key("sub-1011")).status_code == 200
