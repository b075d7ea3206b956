"""Four eyes: nobody approves their own proposal; every decision names proposer, decider and reason."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest

from nerve.audit import audit as write_audit
from nerve.bus import Bus
from nerve.contracts import Actor
from tests.api.stack import Stack, problem
from tests.security.kafka import audit, ops_commands, wait_for_audit
from tests.security.test_authorisation import chat

pytestmark = pytest.mark.slow

CELL = "cell-m04-c"  # a cell nothing else in the session touches


def pending_for(stack: Stack, target: str, timeout_s: float = 60.0) -> dict[str, Any]:
    """The approval waiting on ``target``, once the loop has asked for one."""
    deadline = time.monotonic() + timeout_s
    with stack.session("viewer") as viewer:
        while True:
            found = [p for p in viewer.get("/api/approvals").json() if p["target"] == target]
            if found:
                return dict(found[0])
            assert time.monotonic() < deadline, f"no approval was requested for {target}"
            time.sleep(0.5)


def forge_grant(stack: Stack, approval_id: str, person: str) -> None:
    """A grant written straight to the audit topic, as a process with Kafka access could."""

    async def go() -> None:
        async with Bus(stack.settings, client_id="security-tests") as bus:
            await write_audit(
                bus,
                Actor(kind="person", id=person),
                "approval.granted",
                CELL,
                outcome="approved",
                reason="forged",
                detail={"approval_id": approval_id, "thread_id": approval_id.split("/")[1]},
            )

    asyncio.run(go())


def test_the_demo_has_two_approvers(stack: Stack) -> None:
    for user in ("approver", "approver2"):
        with stack.operator(user) as client:
            assert "approver" in client.get("/api/session").json()["roles"]


def test_an_approver_cannot_approve_their_own_proposal_and_another_approver_can(stack: Stack) -> None:
    assert "approval" in chat(stack, "approver", f"please restart {CELL}")
    pending = pending_for(stack, CELL)
    assert pending["proposed_by"] == "approver" and pending["action"] == "restart_cell"
    aid = pending["approval_id"]

    with stack.session("approver") as approver:
        body = problem(approver.post(f"/api/approvals/{aid}/approve", json={"note": "my own"}), 403)
        assert "another approver" in str(body["detail"])
    # The same, written to Kafka behind the API's back, is ignored by the loop.
    forge_grant(stack, aid, "approver")
    forged = wait_for_audit(stack, lambda r: r.action == "approval.forged" and r.detail.get("approval_id") == aid)
    assert forged.actor.id != "approver" and "approver path" in forged.reason
    assert [c for c in ops_commands(stack) if c.target == CELL] == []
    assert pending_for(stack, CELL)["approval_id"] == aid, "still waiting for a second pair of eyes"

    with stack.session("approver2") as approver2:
        r = approver2.post(f"/api/approvals/{aid}/approve", json={"note": "checked the cell's KPIs"})
        assert r.status_code == 200, r.text
        assert r.json()["by"] == "approver2"
    granted = wait_for_audit(
        stack, lambda r: r.action == "approval.granted" and r.detail.get("approval_id") == aid and r.reason != "forged"
    )
    assert granted.actor.id == "approver2"
    assert granted.detail["proposed_by"] == "approver" and granted.reason == "checked the cell's KPIs"
    deadline = time.monotonic() + 60
    while not (commands := [c for c in ops_commands(stack) if c.target == CELL]):
        assert time.monotonic() < deadline, "the approved action was never executed"
        time.sleep(0.5)
    assert commands[0].approval is not None and commands[0].approval.approved_by.id == "approver2"
    assert commands[0].approval.note == "checked the cell's KPIs"


def test_a_proposer_may_withdraw_their_own_proposal(stack: Stack) -> None:
    cell = "cell-m05-c"
    chat(stack, "approver2", f"please restart {cell}")
    aid = pending_for(stack, cell)["approval_id"]
    with stack.session("approver2") as approver2:
        r = approver2.post(f"/api/approvals/{aid}/deny", json={"reason": "wrong cell"})
        assert r.status_code == 200, r.text
    denied = wait_for_audit(stack, lambda r: r.action == "approval.denied" and r.detail.get("approval_id") == aid)
    assert denied.actor.id == "approver2" and denied.detail["proposed_by"] == "approver2"
    assert denied.reason == "wrong cell"
    time.sleep(2)
    assert [c for c in ops_commands(stack) if c.target == cell] == []
    assert not [r for r in audit(stack) if r.action == "approval.granted" and r.detail.get("approval_id") == aid]
