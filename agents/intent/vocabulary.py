"""How subscribers may name each offer, generated from its catalog entry (plus the operator's aliases).

An offer is named by its name, its id, the brand in them, the words its name has alone in the
catalog, its category and the facts of its entry (a data quota, tethering, a static IP, a slice's
type, an unlimited allowance). Each phrase weighs towards one or more offers: a phrase of
``NAMED`` or more names an offer outright, a lighter one only hints (the parser asks what a hint
means when several offers share it). A phrase that several offers share weighs less for each.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from wordfreq import zipf_frequency

from agents.intent.text import Phrase, normalise
from nerve.estate import NAMES_OFFER_AT, NAMING_WEIGHT, Aliases, Catalog, Offer

# The scale aliases.yaml uses too: a phrase of NAMED or more names an offer, a lighter one hints.
NAMED, PART = NAMES_OFFER_AT, NAMING_WEIGHT
FULL_NAME, NAME, HINT = 6.0, 5.0, 1.0
COMMON_ZIPF = 5.0  # words as frequent as "live" or "rest" say little of which offer is meant
# Words that say nothing of which offer is meant, however an offer's name uses them.
GENERIC = {
    "a", "an", "the", "and", "or", "of", "for", "with", "to", "in", "on", "at", "by", "my", "your", "plan", "plans",
    "pass", "add", "addon", "ott", "roam", "roaming", "slice", "service", "services", "pack", "package",
    "mobile", "data", "gb", "tb", "mb", "day", "week", "month", "daily", "weekly", "monthly", "sim", "new", "extra",
    "4g", "5g", "4", "5", "g", "network", "internet", "phone", "line",
}  # fmt: skip
# Fulfilment facts that are not what a subscriber asks for: profiles, zones and ids are the network's.
UNSPOKEN = {"qos_profile", "roaming_zone", "validity_days", "zero_rating", "slice"}
KIND_PREFIXES = {"plan", "addon", "add", "ott", "roam", "roaming", "slice", "bundle", "pack"}


def offer_phrases(
    catalog: Catalog, aliases: Aliases, language: dict[str, Any], english: frozenset[str]
) -> dict[Phrase, dict[str, float]]:
    """Every phrase that names or hints at an offer of ``catalog``, with its weight per offer."""
    table: dict[Phrase, dict[str, float]] = defaultdict(dict)

    def add(phrase: Iterable[str], offer: str, weight: float) -> None:
        key = tuple(phrase)
        if key and weight > table[key].get(offer, 0.0):
            table[key][offer] = weight

    shared = _shared_words(catalog.offers)
    lengths = {o.id: len(_words(o.name)) for o in catalog.offers}
    for offer in catalog.offers:
        for phrase, weight in _own_phrases(offer, shared, lengths, english).items():
            add(phrase, offer.id, weight)
    for group, weight in _described(catalog, language):
        for phrase, owners in group.items():
            for owner in owners:
                # a phrase several offers share only hints at each: which one is the question
                add(phrase, owner, weight if len(owners) == 1 else min(weight, NAMED) - 1.0)
    for offer in catalog.offers:
        for text, weight in aliases.phrases(offer.id).items():
            table[tuple(normalise(text))][offer.id] = weight  # the operator's word is final
    return {p: dict(w) for p, w in table.items() if w}


def _words(text: str) -> list[str]:
    return normalise(re.sub(r"\(.*?\)", " ", text))


def _shared_words(offers: list[Offer]) -> dict[str, set[str]]:
    """Each distinctive word of the offers' names → the offers whose name has it."""
    found: dict[str, set[str]] = defaultdict(set)
    for offer in offers:
        for word in normalise(offer.name):
            if word not in GENERIC and not word.isdigit():
                found[word].add(offer.id)
    return found


def _own_phrases(
    offer: Offer, shared: dict[str, set[str]], lengths: dict[str, int], english: frozenset[str]
) -> dict[Phrase, float]:
    """Phrases from the offer's own name and id: "Vidora Films", "vidora", "films"."""
    found: dict[Phrase, float] = {}
    name, plain = tuple(normalise(offer.name)), tuple(_words(offer.name))
    found[name] = FULL_NAME
    found.setdefault(plain, NAME)
    inner = [tuple(normalise(x)) for x in re.findall(r"\((.*?)\)", offer.name)]
    for phrase in inner:  # "(mature content)", "(tethering)": what the name says in passing
        found.setdefault(phrase, NAMED)
    ident = normalise(offer.id)
    found.setdefault(tuple(ident), FULL_NAME)
    bare = tuple(ident[1:]) if ident and ident[0] in KIND_PREFIXES else tuple(ident)
    if any(w not in GENERIC for w in bare):
        found.setdefault(bare, PART)
    # A name's words as people inflect them: "<brand> Calls" is asked for as "<brand> calling".
    for phrase, weight in list(found.items()):
        for variant in _inflections(phrase, english):
            found.setdefault(variant, weight)
    # Parts of the name: "booster 15 gb" of "Nova Booster 15 GB", "nova" of "Nova 5G".
    for n in range(len(plain) - 1, 0, -1):
        for i in range(len(plain) - n + 1):
            part = plain[i : i + n]
            content = [w for w in part if w not in GENERIC and not w.isdigit()]
            if not content or part[0] in GENERIC or part[-1] in GENERIC - {"gb", "tb", "mb", "g"} or part[-1].isdigit():
                continue  # "music and", "booster 15": a part must begin and end on a word of its own
            owners = set.intersection(*(shared.get(w, set()) for w in content))
            brand = any(w not in english for w in content)
            if owners == {offer.id}:
                # One word names the offer when it heads its name and is not among the commonest words
                # (a coined brand word); a common word heading a name, such as "Daily" or "Classic",
                # only hints.
                head = i == 0 and zipf_frequency(part[0], "en") < COMMON_ZIPF
                weight = PART if (n > 1 or brand) else NAMED if head else HINT + 1.0
            elif brand:  # a brand several offers carry: the plainest offer is the brand's own
                plainest = min(owners, key=lambda o: (lengths[o], o))
                weight = NAMED if plainest == offer.id else NAMED - 0.5
            else:
                weight = HINT
            found.setdefault(part, weight)
    return found


def _inflections(phrase: Phrase, english: frozenset[str]) -> list[Phrase]:
    """The phrase with its last word in its other forms, where they are words: calls → call, calling."""
    if not phrase or not phrase[-1].isalpha() or len(phrase[-1]) < 4:
        return []
    last = phrase[-1]
    stem = re.sub(r"(ing|ed|s)$", "", last)
    forms = {stem, stem + "s", stem + "ing"} - {last}
    return [(*phrase[:-1], form) for form in sorted(forms) if form in english]


def _described(catalog: Catalog, language: dict[str, Any]) -> list[tuple[dict[Phrase, set[str]], float]]:
    """Phrases the catalog implies: categories, facts of fulfilment and allowance, slice types, kinds."""
    categories: dict[Phrase, set[str]] = defaultdict(set)
    facts: dict[Phrase, set[str]] = defaultdict(set)
    sizes: dict[Phrase, set[str]] = defaultdict(set)  # a pack's quota: "15 gb" names the pack
    allowances: dict[Phrase, set[str]] = defaultdict(set)  # a plan's allowance only hints at the plan
    kinds: dict[Phrase, set[str]] = defaultdict(set)
    uses: dict[Phrase, set[str]] = defaultdict(set)  # what a slice is for: "a festival" only hints at it
    for offer in catalog.offers:
        if offer.category:
            for text in [offer.category, *language["categories"].get(offer.category, [])]:
                categories[tuple(normalise(text))].add(offer.id)
        network = offer.fulfilment.network or {}
        for key, value in network.items():
            if value in (None, False) or key in UNSPOKEN:
                continue
            # a fact we know the words for; otherwise the words of the fact itself ("voice_bundle")
            known = language["facts"].get(key)
            for text in known or [key.replace("_", " ")]:
                facts[tuple(normalise(text))].add(offer.id)
        slice_type = (network.get("slice") or {}).get("sst") if isinstance(network.get("slice"), dict) else None
        for text in language["slices"].get(slice_type, []):
            uses[tuple(normalise(text))].add(offer.id)
        unlimited = (offer.allowance or {}).get("data_gb") == "unlimited" or "unlimited" in normalise(offer.name)
        if unlimited:
            for text in language["facts"]["unlimited"]:
                facts[tuple(normalise(text))].add(offer.id)
        for size, into in ((network.get("quota_gb"), sizes), ((offer.allowance or {}).get("data_gb"), allowances)):
            if isinstance(size, int | float):
                for unit in ("gb", "gig", "gigs", "gigabytes"):
                    into[(*normalise(str(size)), unit)].add(offer.id)
        for text in language["kinds"].get(offer.kind, []):
            kinds[tuple(normalise(text))].add(offer.id)
        if offer.kind == "plan" and offer.technology:  # "a 5G plan", "5G"
            for text in (f"{offer.technology} plan", offer.technology):
                kinds[tuple(normalise(text))].add(offer.id)
        if offer.kind == "ott" and (offer.compliance.age_verification or (offer.eligibility.min_age or 0) >= 18):
            for text in language["facts"]["adult_content"]:  # "the 18+ tier", "the grown-up version"
                facts[tuple(normalise(text))].add(offer.id)
    hint = HINT + 1.0
    return [(categories, NAMED), (facts, NAMED), (sizes, PART), (allowances, hint), (kinds, hint), (uses, hint)]
