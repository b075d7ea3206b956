"""What a subscriber reads when a fraud response holds their line: why, until when, and what else is barred."""

from __future__ import annotations

from agents.intent.hold import hold_message, on_hold


def test_a_hold_says_why_and_what_else_is_in_force() -> None:
    assert not on_hold(["bar_premium", "block_number:+100"])
    controls = ["notify_subscriber", "require_verification", "bar_premium", "block_number:+100"]
    assert on_hold(controls)
    message = hold_message(controls)
    assert message.startswith("Changes on your line are on hold after activity on it that looked like fraud")
    assert "verify your identity" in message
    assert message.endswith(
        "Meanwhile calls to premium and high-cost numbers are barred; a number that rang your line is blocked."
    )
    assert hold_message(["suspend_line"]).startswith("Your line is suspended")
