"""Authorisation: the NOC chat acts with the caller's own roles, never more."""

from __future__ import annotations

import time

import pytest

from tests.api.stack import Stack
from tests.security.kafka import audit

pytestmark = pytest.mark.slow

CELL = "cell-m02-c"  # a cell nothing else in the session touches


def chat(stack: Stack, user: str, question: str) -> str:
    """The NOC agent's streamed answer to ``user`` (the raw server-sent events)."""
    with stack.session(user) as client:
        r = client.post("/api/chat", json={"question": question, "thread_id": f"sec-{user}-{time.time_ns()}"})
        assert r.status_code == 200, r.text
        return r.text


def test_a_viewer_asking_the_chat_to_restart_a_cell_is_refused_and_nothing_is_proposed(stack: Stack) -> None:
    answer = chat(stack, "viewer", f"please restart {CELL}")
    assert "may not propose" in answer, answer
    time.sleep(2)  # a proposal would be on the audit topic well within this
    proposed = [r for r in audit(stack) if r.action == "action.proposed" and r.subject == CELL]
    assert proposed == [], proposed


def test_an_operator_asking_the_same_files_a_proposal_in_their_name(stack: Stack) -> None:
    """The control: the refusal above is the viewer's role, not a chat that cannot propose at all."""
    cell = "cell-m03-c"
    answer = chat(stack, "operator", f"please restart {cell}")
    assert "approval" in answer, answer
    proposed = [r for r in audit(stack) if r.action == "action.proposed" and r.subject == cell]
    assert [r.actor.id for r in proposed] == ["operator"], proposed
