"""Why a line's changes are on hold: the fraud responses in force on it (BSS line controls), in the
words its owner reads. A hold lasts until the owner verifies who they are; the other controls are
said too, so that a refused call or roaming is not a mystery either."""

from __future__ import annotations

HOLDING = ("suspend_line", "require_verification")  # the controls under which no change is made
VERIFY = "please verify your identity (with your ID in a shop, or in the app), then ask again."
ALSO = {
    "bar_premium": "calls to premium and high-cost numbers are barred",
    "bar_international": "international calls and roaming are barred",
    "block_number": "a number that rang your line is blocked",
}


def on_hold(controls: list[str]) -> bool:
    return any(c in HOLDING for c in controls)


def hold_message(controls: list[str]) -> str:
    """The message for a line whose changes are on hold (``on_hold(controls)``)."""
    if "suspend_line" in controls:
        first = "Your line is suspended after activity on it that looked like fraud: no calls, data or changes"
    else:
        first = (
            "Changes on your line are on hold after activity on it that looked like fraud "
            "(such as a new SIM followed by unusual calls)"
        )
    also = [words for code, words in ALSO.items() if any(c == code or c.startswith(f"{code}:") for c in controls)]
    more = f" Meanwhile {'; '.join(also)}." if also else ""
    return f"{first} until you prove it is you: {VERIFY}{more}"
