"""Text as the offline parser reads it: normalised tokens, phrases, typo distance and matching."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

MAX_PHRASE = 5

Phrase = tuple[str, ...]


SYMBOLS = {"%": " percent ", "€": " euro ", "$": " dollar ", "£": " pound ", "&": " and ", "+": " plus "}


def normalise(text: str) -> list[str]:
    """Lower-case ASCII tokens: "I'd like 10GB!" → ["id", "like", "10", "gb"]; "50%" → ["50", "percent"]."""
    for symbol, word in SYMBOLS.items():
        text = text.replace(symbol, word)
    text = (
        text.lower()
        if text.isascii()
        else unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    )
    text = re.sub(r"['`´]", "", text.replace("’", "'"))
    text = re.sub(r"(\d)([a-z])", r"\1 \2", text)
    text = re.sub(r"([a-z])(\d)", r"\1 \2", text)
    return re.findall(r"[a-z0-9]+", text)


def edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau (optimal string alignment) distance, cut off above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def phrases(items: Iterable[str]) -> set[Phrase]:
    return {tuple(normalise(x)) for x in items if normalise(x)}


def contains(tokens: list[str], phrases: Iterable[Phrase]) -> bool:
    return any(find(tokens, p) >= 0 for p in phrases)


def find(tokens: list[str], phrase: Phrase) -> int:
    """Index of the first occurrence of ``phrase`` in ``tokens``, or -1."""
    n = len(phrase)
    for i in range(len(tokens) - n + 1):
        if tuple(tokens[i : i + n]) == phrase:
            return i
    return -1


def longest_matches(tokens: list[str], table: Mapping[Phrase, Any]) -> list[Phrase]:
    """Phrases of ``table`` found in ``tokens``, longest first at each position, without overlap."""
    return [phrase for _, phrase in matches(tokens, table)]


def matches(tokens: list[str], table: Mapping[Phrase, Any]) -> list[tuple[int, Phrase]]:
    """As ``longest_matches``, with the position of each phrase."""
    found: list[tuple[int, Phrase]] = []
    i = 0
    while i < len(tokens):
        for n in range(min(MAX_PHRASE, len(tokens) - i), 0, -1):
            candidate = tuple(tokens[i : i + n])
            if candidate in table:
                found.append((i, candidate))
                i += n
                break
        else:
            i += 1
    return found
