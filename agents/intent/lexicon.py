"""The offline parser's vocabulary: offer phrases, cue words and places, with typo-tolerant matching.

Text is normalised to lower-case ASCII tokens (apostrophes dropped, digits split from letters), each
token that is neither in the vocabulary nor an English word is corrected to the nearest vocabulary
word within a small edit distance, and phrases are matched longest first so that "cloud gaming" is
not also "cloud". The English words are the whole words of the embedding model's vocabulary (about
22,000, installed with it): "remote" is not a typo of "remove", nor "farm" of "Faro".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from memory.embeddings import model_dir
from nerve.estate import load_yaml

HERE = Path(__file__).resolve().parent
MAX_PHRASE = 5

Phrase = tuple[str, ...]


SYMBOLS = {"%": " percent ", "€": " euro ", "$": " dollar ", "£": " pound ", "&": " and ", "+": " plus "}


def normalise(text: str) -> list[str]:
    """Lower-case ASCII tokens: "I'd like 10GB!" → ["id", "like", "10", "gb"]; "50%" → ["50", "percent"]."""
    for symbol, word in SYMBOLS.items():
        text = text.replace(symbol, word)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
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


def _phrases(items: Iterable[str]) -> set[Phrase]:
    return {tuple(normalise(x)) for x in items if normalise(x)}


@dataclass
class Lexicon:
    offer_phrases: dict[Phrase, dict[str, float]]
    cues: dict[str, set[Phrase]]
    countries: dict[Phrase, str]  # name or alias → ISO code
    cities: dict[Phrase, str]  # city → ISO code
    regions: dict[Phrase, str]  # a region of several countries → its roaming zone ("the baltics" → eu)
    spellings: dict[str, Phrase]  # chat spellings → words ("u" → "you", "gimme" → "give me")
    english: frozenset[str]  # real words: never "corrected"
    vocabulary: set[str] = field(default_factory=set)
    _fixes: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        every: list[Phrase] = [*self.offer_phrases, *self.countries, *self.cities, *self.regions]
        every += [p for phrases in self.cues.values() for p in phrases]
        words = {w for phrase in every for w in phrase}
        self.vocabulary = words
        self._offer_words = {w for phrase in self.offer_phrases for w in phrase}
        self.places = {**self.countries, **self.cities}  # every country or city name → ISO code
        self._place_words = {w for table in (self.places, self.regions) for p in table for w in p}
        # Typos are corrected towards product and place names, and towards long cue words only:
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
        if token in self.english:
            return token[:-1] if token.endswith("s") and token[:-1] in self.vocabulary else token
        if (hit := self._fixes.get(token)) is not None:
            return hit
        best, best_d = token, 3
        # Typos rarely change the first letter; requiring it keeps ordinary words from being "fixed".
        for word in self._by_initial.get(token[0], ()):
            limit = 2 if len(token) >= 6 and len(word) >= 8 else 1
            if len(word) < 5 and limit == 1 and len(token) < 4:
                continue
            d = edit_distance(token, word, limit)
            if d <= limit and d < best_d:
                best, best_d = word, d
        self._fixes[token] = best
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
                # The join must name an offer or a place of its own: "tunewave at" is not a typo of
                # "tunewave", nor "subscribe me" of "subscriber".
                if (
                    (fixed in self._offer_words or fixed in self._place_words)
                    and fixed not in (raw[i], raw[i + 1])
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

    def singular(self, word: str) -> str:
        """ "plans" → "plan" where only the singular names offers ("5g plan"); "games" stays."""
        if word.endswith("s") and word not in self._offer_words and word[:-1] in self._offer_words:
            return word[:-1]
        return word


def contains(tokens: list[str], phrases: Iterable[Phrase]) -> bool:
    return any(find(tokens, p) >= 0 for p in phrases)


def find(tokens: list[str], phrase: Phrase) -> int:
    """Index of the first occurrence of ``phrase`` in ``tokens``, or -1."""
    n = len(phrase)
    for i in range(len(tokens) - n + 1):
        if tuple(tokens[i : i + n]) == phrase:
            return i
    return -1


def longest_matches(tokens: list[str], table: dict[Phrase, str] | dict[Phrase, dict[str, float]]) -> list[Phrase]:
    """Phrases of ``table`` found in ``tokens``, longest first at each position, without overlap."""
    return [phrase for _, phrase in matches(tokens, table)]


def matches(tokens: list[str], table: dict[Phrase, str] | dict[Phrase, dict[str, float]]) -> list[tuple[int, Phrase]]:
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


@cache
def load_lexicon(folder: Path = HERE) -> Lexicon:
    lex = load_yaml((folder / "lexicon.yaml").read_text())
    places = load_yaml((folder / "places.yaml").read_text())
    return Lexicon(
        offer_phrases={tuple(normalise(str(k))): dict(v) for k, v in lex["offers"].items()},
        cues={name: _phrases(items) for name, items in lex["cues"].items()},
        countries={p: code for code, names in places["countries"].items() for p in _phrases(names)},
        cities={p: code for code, names in places["cities"].items() for p in _phrases(names)},
        regions={p: zone for zone, names in places["regions"].items() for p in _phrases(names)},
        spellings={k: tuple(normalise(str(v))) for k, v in lex["spellings"].items()},
        english=english_words(),
    )


def english_words() -> frozenset[str]:
    """The whole words of the embedding model's (uncased WordPiece) vocabulary."""
    lines = (model_dir() / "vocab.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in lines if w.isascii() and w.isalpha())
