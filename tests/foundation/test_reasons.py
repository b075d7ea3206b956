"""Every reason code Nerve can show a subscriber or an engineer has a sentence (nerve/reasons.py)."""

from __future__ import annotations

import re

from nerve.reasons import SENTENCES, sentence, sentences
from nerve.settings import REPO_ROOT
from tools.eligibility import REASON_ORDER

# Codes as the BSS systems raise them, and as compliance words its failures.
RAISED = re.compile(r'Refused\(\s*"(?:rejected|failed)",\s*"([a-z_0-9]+)"')
FAILURES = re.compile(r'(?:else|return) \["([a-z_]+)"\]|out\.append\("([a-z_]+)"\)')


def codes_in_the_simulators() -> set[str]:
    found: set[str] = set()
    for path in (REPO_ROOT / "simulators" / "bss").glob("*.py"):
        text = path.read_text()
        found |= set(RAISED.findall(text))
        if path.name == "compliance.py":
            found |= {a or b for a, b in FAILURES.findall(text)}
    return found


def test_every_code_has_a_sentence() -> None:
    raised = codes_in_the_simulators()
    assert {"price_mismatch", "kyc_not_verified", "underage"} <= raised  # the scan finds what it should
    missing = (set(REASON_ORDER) | raised) - set(SENTENCES)
    assert not missing, f"reason codes without a sentence: {sorted(missing)}"


def test_sentences_are_sentences_and_a_new_code_still_reads_as_words() -> None:
    for code, text in SENTENCES.items():
        assert text[0].isupper() and text.endswith("."), code
        assert "_" not in text, code
    assert sentence("some_new_code") == "Some new code."
    assert sentences(["kyc_required", "consent_required"]).count(".") == 2
