"""The fraud routes' gates: any NOC role reads the cases, only an approver marks a false positive,
with a reason, and only a case that exists (the mark itself, end to end: tests/browser/test_fraud_ui.py)."""

from __future__ import annotations

from tests.api.stack import Stack, problem


def test_cases_are_read_by_any_noc_role_and_marked_by_an_approver_only(stack: Stack) -> None:
    with stack.client() as client:
        problem(client.get("/api/fraud/cases"), 401)
    with stack.operator("viewer") as viewer:
        cases = viewer.get("/api/fraud/cases", params={"open_only": True})
        assert cases.status_code == 200 and isinstance(cases.json(), list)
        problem(viewer.post("/api/fraud/cases/fc-x/false-positive", json={"reason": "not fraud"}), 403)
    with stack.operator("approver") as approver:
        problem(approver.post("/api/fraud/cases/fc-x/false-positive", json={"reason": ""}), 422)
        body = problem(approver.post("/api/fraud/cases/fc-unknown/false-positive", json={"reason": "not fraud"}), 404)
        assert "fc-unknown" in str(body["detail"])
        del approver.headers["X-CSRF-Token"]
        problem(approver.post("/api/fraud/cases/fc-x/false-positive", json={"reason": "not fraud"}), 403)
