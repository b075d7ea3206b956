"""The terminal speaks words: a yes or a no in any spelling, and reasons as sentences (no broker)."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

from api.terminal import ask_yes_no, describe_intent


@pytest.mark.parametrize(
    ("typed", "answer"),
    [("yes\n", True), ("Y\n", True), (" YES \n", True), ("no\n", False), ("N\n", False), ("maybe\nsure\nyes\n", True)],
)
def test_a_confirmation_takes_yes_or_no(monkeypatch: pytest.MonkeyPatch, typed: str, answer: bool) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(typed))
    out = io.StringIO()
    assert ask_yes_no(Console(file=out), "Confirm this order?") is answer
    assert out.getvalue().count("Please answer yes or no.") == typed.count("\n") - 1


def test_end_of_input_is_a_no(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert ask_yes_no(Console(file=io.StringIO()), "Confirm this order?") is False


def test_reasons_are_shown_as_sentences_with_their_codes() -> None:
    view = {
        "lifecycleStatus": "rejected",
        "decision": "reject",
        "reasons": ["kyc_required"],
        "reasonTexts": ["The account holder's identity (or age) must be verified first."],
    }
    out = io.StringIO()
    Console(file=out, width=200).print(describe_intent(view))
    assert "identity (or age) must be verified first. (kyc_required)" in out.getvalue()
