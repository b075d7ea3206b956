"""The fraud routes' gates: any NOC role reads the cases, only an approver marks a false positive,
with a reason, and only a case that exists; a mark lifts what the case put on its line (the mark
in the console: tests/browser/test_fraud_ui.py)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

import httpx

from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import FraudCase, SubscriberState, now
from nerve.estate import load_estate
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


def test_a_false_positive_marked_by_a_person_has_its_bar_lifted_and_the_line_works_again(stack: Stack) -> None:
    """End to end on `nerve up`: the responder bars the line of a case; an approver's mark goes
    through the fraud worker (fraud.marks → the case closed as a false positive) back to the
    responder, whose lift the line controls apply; the twin then lets the line's calls through."""
    estate = load_estate(stack.settings.estate_dir)
    line = [s for s in estate.subscribers if s.status == "active"][-2]
    at = now()
    case = FraudCase(case_id=f"fc-{line.id}-irsf-e2e", subscriber=line.id, kind="irsf", state="open", score=2.0,
                     features={"premium_calls": 4}, evidence=["u-1: voice out premium"], opened_at=at,
                     first_record_at=at - 10, last_seen_at=at, updated_at=at)  # fmt: skip

    def report(client: httpx.Client) -> dict[str, Any]:
        found = [r for r in client.get("/api/fraud/cases").json() if r["case"]["case_id"] == case.case_id]
        return found[0] if found else {}

    def until(client: httpx.Client, done: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
        deadline = time.monotonic() + 60
        while not done(seen := report(client)) and time.monotonic() < deadline:
            time.sleep(0.5)
        return seen

    async def line_controls() -> list[str]:  # what the twin follows to fail a line's calls
        async with Bus(stack.settings, client_id="fraud-e2e") as bus:
            state = (await bus.latest(t.SUBSCRIBER_STATE)).get(f"line_control/{line.id}")
        assert isinstance(state, SubscriberState), state
        return state.controls

    async def publish() -> None:  # as the fraud worker would, having found it
        async with Bus(stack.settings, client_id="fraud-e2e") as bus:
            await bus.publish(t.FRAUD_CASES, case, key=case.case_id)

    asyncio.run(publish())
    with stack.operator("approver") as approver:
        barred = until(approver, lambda r: r.get("contained_by") == "bar_premium")
        assert barred["contained_by"] == "bar_premium", barred
        assert asyncio.run(line_controls()) == ["bar_premium"]
        marked = approver.post(f"/api/fraud/cases/{case.case_id}/false-positive", json={"reason": "their own tests"})
        assert marked.status_code == 202, marked.text
        lifted = until(approver, lambda r: r["case"]["state"] == "false_positive" and bool(r.get("lifted")))
    assert lifted["lifted"] == ["bar_premium"], lifted
    assert lifted["case"]["marked_by"] == {"kind": "person", "id": "approver"}
    assert asyncio.run(line_controls()) == [], "the line's premium calls go through again"
