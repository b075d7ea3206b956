"""The offline parser's vocabulary for one operator: its offers' phrases, cue words and places.

Built from the loaded estate (``vocabulary.offer_phrases``: the catalog and the optional
``aliases.yaml``), the general language of ``lexicon.yaml`` and the world's places
(``geography``). Text is normalised to lower-case ASCII tokens (apostrophes dropped, digits split
from letters), each token that is neither in the vocabulary nor an English word is corrected to the
nearest vocabulary word within a small edit distance, and phrases are matched longest first so that
"cloud gaming" is not also "cloud". The English words are the whole words of the embedding model's
vocabulary (about 22,000, installed with it): "remote" is not a typo of "remove", nor "farm" of "Faro".
"""

from __future__ import annotations

from collections import ChainMap
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from wordfreq import zipf_frequency

from agents.intent.accounts import AccountFormat
from agents.intent.geography import Geography, load_geography
from agents.intent.semantic import OfferRanker
from agents.intent.text import Phrase, contains, edit_distance, find, longest_matches, matches, normalise, phrases
from agents.intent.vocabulary import offer_phrases
from memory.embeddings import model_dir
from nerve.estate import Estate, load_yaml

HERE = Path(__file__).resolve().parent
RARE_WORD_ZIPF = 1.5  # about once in thirty million words: rarer than this, a token is a name

__all__ = ["Lexicon", "Phrase", "contains", "find", "lexicon_for", "longest_matches", "matches", "normalise"]


@dataclass
class Lexicon:
    offer_phrases: dict[Phrase, dict[str, float]]
    cues: dict[str, set[Phrase]]
    geography: Geography
    zones: dict[Phrase, str]  # words for a roaming zone: the catalog's zone names, "europe", "worldwide"
    spellings: dict[str, Phrase]  # chat spellings → words ("u" → "you", "gimme" → "give me")
    english: frozenset[str]  # real words: never "corrected"
    accounts: AccountFormat  # how the operator's subscriber ids look
    currency: str  # the operator's ISO 4217 currency
    home: str  # the operator's home country (ISO 3166 alpha-2)
    ranker: OfferRanker  # the offers by meaning, for a request no phrase names
    describing: frozenset[str]  # one-word names of categories ("music", "games"): what a brand is
    vocabulary: set[str] = field(default_factory=set)
    _fixes: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        geo = self.geography
        every: list[Phrase] = [*self.offer_phrases, *geo.famous, *geo.regions, *self.zones]
        every += [p for phrases in self.cues.values() for p in phrases]
        words = {w for phrase in every for w in phrase}
        self._offer_words = {w for phrase in self.offer_phrases for w in phrase}
        self._place_words = {w for p in (*geo.famous, *geo.regions) for w in p}
        # Known without correction: every word of every place (a town is not a typo of a product).
        self.vocabulary = words | {w for table in (geo.countries, geo.cities) for p in table for w in p}
        # Typos are corrected towards product names, well-known places, and long cue words only:
        # short cue words ("where", "want") sit too close to other ordinary words.
        targets = self._offer_words | self._place_words | {w for w in words if len(w) >= 6}
        self._by_initial: dict[str, list[str]] = {}
        for w in sorted(targets):  # sorted: among equally close words, the same one wins in every process
            if len(w) >= 4 and not w.isdigit():
                self._by_initial.setdefault(w[0], []).append(w)

    def correct(self, token: str) -> str:
        """The vocabulary word ``token`` is a typo of (or the plural of), or ``token`` itself."""
        if token in self.vocabulary or len(token) < 4 or token.isdigit():
            return token
        if (hit := self._fixes.get(token)) is None:
            hit = self._fixes[token] = self._fix(token)
        return hit

    def _fix(self, token: str) -> str:
        if self.is_word(token):  # a real word, however rare ("manga"), is not a typo
            return token[:-1] if token.endswith("s") and token[:-1] in self.vocabulary else token
        best, best_d = token, 3
        # Typos rarely change the first letter; requiring it keeps ordinary words from being "fixed".
        for word in self._by_initial.get(token[0], ()):
            limit = 2 if len(token) >= 6 and len(word) >= 8 else 1
            if len(word) < 5 and limit == 1 and len(token) < 4:
                continue
            d = edit_distance(token, word, limit)
            if d <= limit and d < best_d:
                best, best_d = word, d
        return best

    def tokens(self, text: str) -> list[str]:
        """Normalised, typo-corrected tokens, with split brand names joined ("stream max")."""
        raw = [w for token in normalise(text) for w in self.spellings.get(token, (token,))]
        out: list[str] = []
        i = 0
        while i < len(raw):
            if i + 1 < len(raw) and not (raw[i].isdigit() or raw[i + 1].isdigit()):
                joined = raw[i] + raw[i + 1]
                fixed = self.correct(joined) if len(joined) >= 7 else joined
                # The join must name an offer or a place of its own: "<brand> at" is not a typo of
                # "<brand>", nor "subscribe me" of "subscriber".
                if (
                    (fixed in self._offer_words or fixed in self._place_words)
                    and fixed not in (raw[i], raw[i + 1])
                    and (fixed in self._offer_words or fixed == joined)  # "manga on" is not "Malegaon"
                    and (
                        raw[i] not in self.vocabulary
                        or (len(fixed) >= 8 and (raw[i], raw[i + 1]) not in self.offer_phrases)
                    )
                ):
                    out.append(fixed)
                    i += 2
                    continue
            out.append(self.singular(self.correct(raw[i])))
            i += 1
        return out

    def is_word(self, token: str) -> bool:
        """Whether ``token`` is a word of the language, however rare ("fortnight"), not a name we lack."""
        return token in self.english or zipf_frequency(token, "en") >= RARE_WORD_ZIPF

    def places(self, text: str) -> Mapping[Phrase, str]:
        """Every place ``text`` may name: ordinary-word names ("Split") only where written with a capital."""
        return ChainMap(self.geography.in_text(text), self.geography.places)

    def singular(self, word: str) -> str:
        """ "plans" → "plan" where only the singular names offers ("5g plan"); "games" stays."""
        if len(word) > 3 and word.endswith("s") and word not in self._offer_words and word[:-1] in self._offer_words:
            return word[:-1]
        return word


_lexicons: dict[Path, Lexicon] = {}


def lexicon_for(estate: Estate) -> Lexicon:
    """The lexicon of ``estate``'s operator, built once per process."""
    if estate.root not in _lexicons:
        _lexicons[estate.root] = build_lexicon(estate)
    return _lexicons[estate.root]


def build_lexicon(estate: Estate, folder: Path = HERE) -> Lexicon:
    language = load_language(folder)
    english = english_words()
    catalog = estate.catalog
    offers = offer_phrases(catalog, estate.aliases, language, english)
    offer_words = {w for p in offers for w in p}
    # A brand we do not sell keeps its words to itself ("Disney Plus" is not a Plus plan), unless the
    # operator sells it: then it is an offer's name, not an unknown product.
    cues = {name: phrases(items) for name, items in language["cues"].items()}
    cues["unknown_products"] = {p for p in cues["unknown_products"] if not set(p) <= offer_words}
    cues["operator"] = phrases([catalog.operator.name])  # its own name is no product we lack
    spellings = {k: tuple(normalise(str(v))) for k, v in {**language["spellings"], **estate.aliases.words}.items()}
    return Lexicon(
        offer_phrases=offers,
        cues=cues,
        geography=load_geography(folder),
        zones=zone_words(catalog.roaming_zones, language["zones"]),
        spellings=spellings,
        english=english,
        accounts=AccountFormat.of(estate.subscribers),
        currency=catalog.operator.currency,
        home=catalog.operator.home_country,
        ranker=OfferRanker(catalog, language),
        describing=frozenset(
            w for words in language["categories"].values() for p in phrases(words) if len(p) == 1 for w in p
        ),
    )


def zone_words(zones: dict[str, list[str]], general: dict[str, list[str]]) -> dict[Phrase, str]:
    """The catalog's own zone names ("far_east" reads "far east"), and general words for its zones."""
    found = {tuple(normalise(zone.replace("_", " "))): zone for zone in zones}
    geo = load_geography()
    for key, words in general.items():
        if key == "world":  # the zone that spans the most continents is the world's
            spans = {z: len({c for c, cs in geo.continents.items() if " " not in c and cs & set(codes)})
                     for z, codes in zones.items()}  # fmt: skip
            best = max(spans, key=lambda z: spans[z], default=None)
        else:  # the zone with the most of that continent's countries
            countries = geo.continents.get(key, frozenset())
            best = max(zones, key=lambda z: len(countries & set(zones[z])), default=None)
            best = best if best and countries & set(zones[best]) else None
        if best is not None:
            for phrase in phrases(words):
                found.setdefault(phrase, best)
    return found


@cache
def load_language(folder: Path = HERE) -> dict[str, Any]:
    language: dict[str, Any] = load_yaml((folder / "lexicon.yaml").read_text())
    return language


@cache
def english_words() -> frozenset[str]:
    """The whole words of the embedding model's (uncased WordPiece) vocabulary."""
    lines = (model_dir() / "vocab.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in lines if w.isascii() and w.isalpha())
