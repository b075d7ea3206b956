"""Confirmations: credited to whoever answered, and one answer per intent."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from api.schemas import INTENT_BASE
from tests.api.stack import Stack, problem
from tests.security.kafka import audit, order_commands, wait_for_audit

pytestmark = pytest.mark.slow


def awaiting(stack: Stack, subscriber: str) -> str:
    """A new intent of ``subscriber``'s that waits for confirmation; its id. Each test uses its own
    subscribers, eligible for StreamMax (consent, KYC, adult) and not used by tests/api."""
    with stack.client() as client:
        r = client.post(f"{INTENT_BASE}/intent", json={"text": "add StreamMax please"}, headers=stack.key(subscriber))
        assert r.status_code == 201 and r.json()["awaitingConfirmation"], r.text
        return str(r.json()["id"])


def test_a_confirmation_is_credited_to_the_person_who_gave_it(stack: Stack) -> None:
    intent_id = awaiting(stack, "sub-1021")
    with stack.session("operator") as operator:
        r = operator.post(f"{INTENT_BASE}/intent/{intent_id}/confirmation", json={"accept": True})
        assert r.status_code == 200, r.text
    confirmed = wait_for_audit(stack, lambda r: r.action == "intent.confirmed" and r.correlation_id == intent_id)
    assert (confirmed.actor.kind, confirmed.actor.id) == ("person", "operator")
    decided = wait_for_audit(stack, lambda r: r.action == "intent.decided" and r.correlation_id == intent_id)
    assert decided.actor.id == "sub-1021", "the submitter stays on record as the one who asked"
    # The order's commands are the confirmer's: they are on record as issued by the operator.
    published = wait_for_audit(stack, lambda r: r.action == "command.published" and r.correlation_id == intent_id)
    assert (published.actor.kind, published.actor.id) == ("person", "operator")
    commands = order_commands(stack, intent_id)
    assert commands and {(c.issued_by.kind, c.issued_by.id) for c in commands} == {("person", "operator")}


def test_a_viewer_cannot_confirm(stack: Stack) -> None:
    intent_id = awaiting(stack, "sub-1014")
    with stack.session("viewer") as viewer:
        problem(viewer.post(f"{INTENT_BASE}/intent/{intent_id}/confirmation", json={"accept": True}), 403)
    time.sleep(1)
    assert not [r for r in audit(stack) if r.correlation_id == intent_id and r.action == "intent.confirmed"]
    assert order_commands(stack, intent_id) == []


@pytest.mark.parametrize("subscriber", ["sub-1017", "sub-1023", "sub-1026"])
def test_confirm_and_cancel_at_the_same_moment_one_wins_the_other_is_409(stack: Stack, subscriber: str) -> None:
    intent_id = awaiting(stack, subscriber)
    cookie, csrf = stack.session_auth("operator")

    async def both() -> tuple[httpx.Response, httpx.Response]:
        async with (
            httpx.AsyncClient(base_url=stack.base, timeout=60, headers=stack.key(subscriber)) as sub,
            httpx.AsyncClient(base_url=stack.base, timeout=60, cookies=cookie, headers=csrf) as operator,
        ):
            confirm, cancel = await asyncio.gather(
                sub.post(f"{INTENT_BASE}/intent/{intent_id}/confirmation", json={"accept": True}),
                operator.post(f"{INTENT_BASE}/intent/{intent_id}/cancel", json={}),
            )
            return confirm, cancel

    confirm, cancel = asyncio.run(both())
    assert sorted((confirm.status_code, cancel.status_code)) == [200, 409], (confirm.text, cancel.text)
    loser = cancel if confirm.status_code == 200 else confirm
    problem(loser, 409)
    answers = [r for r in audit(stack) if r.correlation_id == intent_id and r.action.startswith("intent.c")]
    if confirm.status_code == 200:
        assert [(r.action, r.actor.id) for r in answers] == [("intent.confirmed", subscriber)]
        deadline = time.monotonic() + 60
        while not order_commands(stack, intent_id):
            assert time.monotonic() < deadline, "a confirmed order issued no command"
            time.sleep(0.5)
    else:
        assert [(r.action, r.actor.id) for r in answers] == [("intent.cancelled", "operator")]
        time.sleep(3)
        assert order_commands(stack, intent_id) == [], "a cancelled intent issued commands"
