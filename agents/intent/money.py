"""Money as subscribers write it, in any currency: "4.99 euro", "GBP 5", "a tenner", "49 kr".

Amounts are read in whatever currency they are written in: a price the subscriber names is only
ever compared with the catalog's, and any other price is refused, so "5 dollars" for an offer
priced in pounds is as much another price as "5 pounds". The operator's own currency adds its
ISO code, symbol and names (from ``babel``) to the words known everywhere.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from babel.numbers import get_currency_name, get_currency_symbol

from agents.intent.text import normalise

# Units people price things in, whatever the operator's currency; cents and pence are hundredths.
_UNITS = [
    "euro",
    "euros",
    "eur",
    "cent",
    "cents",
    "dollar",
    "dollars",
    "usd",
    "bucks",
    "pound",
    "pounds",
    "gbp",
    "quid",
    "pence",
    "p",
    "penny",
    "pennies",
    "krone",
    "kroner",
    "kronor",
    "kr",
    "nok",
    "sek",
    "dkk",
    "franc",
    "francs",
    "chf",
    "rand",
    "zar",
    "yen",
    "jpy",
    "rupee",
    "rupees",
    "inr",
    "reais",
    "brl",
    "peso",
    "pesos",
    "zloty",
    "zlotys",
    "pln",
    "forint",
    "huf",
    "lira",
    "lire",
    "dirham",
    "dirhams",
    "aed",
]
HUNDREDTHS = {"cent", "cents", "pence", "p", "penny", "pennies"}
SLANG_AMOUNTS = {"fiver": 5, "tenner": 10}
WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "couple": 2, "three": 3, "few": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100,
}  # fmt: skip


@cache
def units(currency: str) -> tuple[str, ...]:
    """Every word for money, the operator's own currency's first: ("pound", "pounds", "gbp", ...)."""
    own = {currency.lower()}
    for count in (1, 2):
        own |= set(normalise(get_currency_name(currency, count=count, locale="en"))[-1:])
    own |= set(normalise(get_currency_symbol(currency, locale="en")))
    return tuple(sorted(own - {""}, key=len, reverse=True)) + tuple(u for u in _UNITS if u not in own)


@cache
def patterns(currency: str) -> tuple[re.Pattern[str], re.Pattern[str], str]:
    """(amount then unit | unit then amount, number words then unit, the unit alternation)."""
    unit = "|".join(units(currency))
    amount = re.compile(rf"\b(\d+)(?: (\d{{1,2}}))? ({unit})\b|\b({unit}) (\d+)(?: (\d{{1,2}}))?\b")
    in_words = re.compile(rf"\b([a-z]+) ({unit})\b")
    return amount, in_words, unit


# A price with no unit: "3.99 a month", "at 4.99" (a number with cents after "at" or "for").
_BARE_PRICE = re.compile(
    r"\b(\d+)(?: (\d{2}))? (?:a|per|each|every) (?:month|week|day|year)\b|\b(?:at|for) (\d+) (\d{2})\b(?! (?:gb|gig))"
)


def amounts(normalised: str, currency: str) -> list[Decimal]:
    """The money amounts a normalised text names: "4 99 euro" → 4.99, "gbp 5" → 5, "a tenner" → 10."""
    amount, in_words, _ = patterns(currency)
    found = [Decimal(v) for w, v in SLANG_AMOUNTS.items() if re.search(rf"\b{w}\b", normalised)]
    for match in _BARE_PRICE.finditer(normalised):
        whole, cents = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        found.append(Decimal(whole) + Decimal(cents or 0) / 100)
    for match in amount.finditer(normalised):
        whole, cents, unit, lead_unit, lead_whole, lead_cents = match.groups()
        if whole is None:
            whole, cents, unit = lead_whole, lead_cents, lead_unit
        value = Decimal(whole) + Decimal(cents or 0) / 100
        found.append(value / 100 if unit in HUNDREDTHS else value)
    for match in in_words.finditer(normalised):
        if match.group(1) not in ("a", "an") and (number := WORD_NUMBERS.get(match.group(1))) is not None:
            found.append(Decimal(number))
    return found
