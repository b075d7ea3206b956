"""Another account named in a request: by an id in the operator's own format, a phone number, or who.

The id format is learnt from the estate's subscribers (say "ab-1234"): their common prefix and
digit count. Then "put it on ab-7003", "for account 7003" and "line #7003" all name ``ab-7003``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from nerve.estate import Subscriber

# Words that introduce an account's number: "account 7003", "customer no. 7003", "line #7003".
_ACCOUNT_WORDS = r"(?:sub|subscriber|account|acct|customer|client|line|user|id|number|no)"
_PHONE = re.compile(r"(?:\+|\b00)?\d[\d ]{7,14}\d")


@dataclass(frozen=True)
class AccountFormat:
    """How the operator's subscriber ids look: a prefix and a separator, then a fixed number of digits."""

    prefix: str  # "acct"
    separator: str  # "-"
    digits: int  # 4

    @classmethod
    def of(cls, subscribers: list[Subscriber]) -> AccountFormat:
        shapes = Counter(
            (m.group(1), m.group(2), len(m.group(3)))
            for s in subscribers
            if (m := re.fullmatch(r"([A-Za-z]*)([-_.#: ]?)(\d+)", s.id))
        )
        prefix, separator, digits = shapes.most_common(1)[0][0] if shapes else ("", "-", 4)
        return cls(prefix, separator, digits)

    def ids_in(self, text: str) -> list[str]:
        """The account ids ``text`` names, in the estate's own spelling."""
        prefix = re.escape(self.prefix)
        words = f"(?:{prefix}|{_ACCOUNT_WORDS})" if self.prefix else _ACCOUNT_WORDS
        pattern = rf"\b{words}[\s#:_.-]*(?:no\.?\s*|number\s*)?(\d{{{self.digits}}})\b"
        return [f"{self.prefix}{self.separator}{m.group(1)}" for m in re.finditer(pattern, text, re.I)]


def other_number(text: str, own_msisdn: str) -> str | None:
    """A phone number in ``text`` that is not the subscriber's own (compared on its last nine digits)."""
    own = re.sub(r"\D", "", own_msisdn)
    for match in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", match.group(0))
        if len(digits) >= 8 and not own.endswith(digits[-min(9, len(digits)) :]):
            return match.group(0).strip()
    return None
