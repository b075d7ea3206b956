"""The estate's ids in free text: which ones a sentence names, and which words only look like one.

Nothing here knows what an operator's ids look like. Every pattern is learnt from the loaded
estate, so ids like ``cell-x07-b``, ``x07-2`` and ``RAN_X07.4`` are found alike, in any letter case.
Incident ids are Nerve's own (``INCIDENT_PREFIX``), the same for every operator.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from nerve.estate import Estate

INCIDENT_PREFIX = "inc-"
INCIDENT_ID = re.compile(rf"(?<![\w.-]){re.escape(INCIDENT_PREFIX)}[0-9a-z]+\b", re.IGNORECASE)
# A word that could be an id: letters (of any alphabet) and digits, joined by the separators ids use.
TOKEN = re.compile(r"[^\W_]+(?:[-_.][^\W_]+)*")


def shape(identifier: str) -> str:
    """An id's format: letters become "a" and digits "9", runs collapsed ("cell-x07-b" is "a-a9-a")."""
    return re.sub(r"9+", "9", re.sub(r"[^\W\d_]+", "a", re.sub(r"\d", "9", identifier.lower())))


def stem(identifier: str) -> str:
    """The letters an id starts with, lower case ("cell" of "cell-x07-b", "x" of "x07-2")."""
    found = re.match(r"[^\W\d_]*", identifier.lower())
    return found.group(0) if found else ""


@dataclass
class IdIndex:
    """Finds a fixed set of ids in text, case-insensitively, and tells id-shaped words from others."""

    ids: Iterable[str]
    canonical: dict[str, str] = field(init=False)
    signatures: set[tuple[str, str]] = field(init=False)
    pattern: re.Pattern[str] | None = field(init=False)

    def __post_init__(self) -> None:
        ids = list(dict.fromkeys(self.ids))
        self.canonical = {i.lower(): i for i in ids}
        self.signatures = {(stem(i), shape(i)) for i in ids if stem(i)}
        # Longest first, so that an id is not read as a shorter id it starts with; an id is matched
        # only as a whole word ("x07-1" is not found inside "x07-12").
        names = "|".join(re.escape(i) for i in sorted(ids, key=len, reverse=True))
        self.pattern = re.compile(rf"(?<![\w.-])(?:{names})(?![\w-]|\.\w)", re.IGNORECASE) if ids else None

    def get(self, text: str) -> str | None:
        """The id ``text`` is, whatever its letter case, or None."""
        return self.canonical.get(text.strip().lower())

    def occurrences(self, text: str) -> list[tuple[int, str]]:
        """(position, id as the estate spells it) of every id the text names."""
        if self.pattern is None:
            return []
        return [(m.start(), self.canonical[m.group(0).lower()]) for m in self.pattern.finditer(text)]

    def find(self, text: str) -> list[str]:
        """The ids the text names, as the estate spells them, in order of first appearance."""
        return list(dict.fromkeys(found for _, found in self.occurrences(text)))

    def looks_like_id(self, word: str) -> bool:
        """Whether ``word`` is one of the ids or has the format of one ("cell-z99-q" beside "cell-x07-b")."""
        return word.lower() in self.canonical or (stem(word), shape(word)) in self.signatures


@dataclass
class EstateIds:
    """The ids of one estate, each kind of use with its own index."""

    entities: IdIndex  # what the topology names, regions and routers included
    regions: IdIndex
    citable: IdIndex  # what an answer may cite: network entities (not regions) and subscribers


_cache: dict[int, tuple[Estate, EstateIds]] = {}


def estate_ids(estate: Estate) -> EstateIds:
    """The id indexes of ``estate``, built once per loaded estate."""
    hit = _cache.get(id(estate))
    if hit is not None and hit[0] is estate:
        return hit[1]
    topo = estate.topology
    regions = [r.id for r in topo.regions]
    network = [e for e, kind in topo.kind_of.items() if kind != "region"]
    built = EstateIds(
        entities=IdIndex(topo.kind_of),
        regions=IdIndex(regions),
        citable=IdIndex([*network, *(s.id for s in estate.subscribers)]),
    )
    if len(_cache) >= 16:  # a process loads few estates; tests load many, each once
        _cache.clear()
    _cache[id(estate)] = (estate, built)
    return built
