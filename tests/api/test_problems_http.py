"""Every error is an RFC 9457 problem document a developer can act on."""

from __future__ import annotations

import time

import pytest

from api.problems import ADVICE, KINDS
from api.schemas import INTENT_BASE
from tests.api.stack import Stack, problem

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("body", "status", "where"),
    [
        (b"{not json", 400, "body"),
        (b'{"text": "add StreamMax", "expression": {"action": "add_offer"}}', 422, "exactly one"),
        (b'{"text": ""}', 422, "body.text"),
        (b'{"expression": {"action": "buy_a_boat"}}', 422, "body.expression.action"),
        (b'{"text": "add StreamMax", "price": 0}', 422, "body.price"),
        (b'["add StreamMax"]', 422, "body"),
    ],
)
def test_bad_bodies_are_problem_documents(stack: Stack, body: bytes, status: int, where: str) -> None:
    with stack.client() as client:
        r = client.post(
            f"{INTENT_BASE}/intent",
            content=body,
            headers={**stack.key("sub-1012"), "Content-Type": "application/json"},
        )
        doc = problem(r, status)
        assert where in str(doc["detail"]) or where in str(doc.get("errors")), doc
        assert doc["instance"] == f"{INTENT_BASE}/intent"


def test_unknown_routes_methods_and_ids_are_problem_documents(stack: Stack) -> None:
    with stack.client() as client:
        assert "/docs" in str(problem(client.get("/tmf-api/nothing-here"), 404)["detail"])
        problem(client.delete(f"{INTENT_BASE}/intent"), 405)
        problem(client.get(f"{INTENT_BASE}/intent/int-nope", headers=stack.key("sub-1012")), 404)
        problem(
            client.post(
                f"{INTENT_BASE}/intent/int-nope/confirmation", json={"accept": "maybe"}, headers=stack.key("sub-1012")
            ),
            422,
        )


def test_health_readiness_and_openapi(stack: Stack) -> None:
    with stack.client() as client:
        assert client.get("/healthz").json()["status"] == "ok"
        for _ in range(60):  # the stream workers publish context once they have seen telemetry
            r = client.get("/readyz")
            if r.status_code == 200:
                break
            time.sleep(0.5)
        assert r.status_code == 200, r.text
        assert set(r.json()["checks"]) >= {"kafka", "subscriber-intent agent", "NOC agent", "stream layer"}
        spec = client.get("/openapi.json").json()
        assert f"{INTENT_BASE}/intent" in spec["paths"]
        assert "/tmf-api/productOrderingManagement/v5/productOrder" in spec["paths"]
        assert client.get("/ui/").status_code == 200


def test_every_problem_type_is_documented_in_a_sentence_at_its_address(stack: Stack) -> None:
    assert set(ADVICE) == set(KINDS), "each problem type says what it means and what to do"
    with stack.client() as client:
        for slug, (status, title) in KINDS.items():
            page = client.get(f"/problems/{slug}")
            assert page.status_code == 200 and f"{status} {title}" in page.text and ADVICE[slug] in page.text
        assert client.get("/problems/no-such-type").status_code == 404
