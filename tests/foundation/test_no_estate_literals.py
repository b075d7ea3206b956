"""No product file names an operator's specifics: everything about an operator comes from its estate.

Nerve must serve an operator it has never seen from its estate folder alone. Code, prompts, docs and
data shipped with the code that name one estate's offers, subscribers, network elements, zones or
brands are tuned to that estate, so this test loads every estate we have (reference, lumen, fjord),
collects what is specific to each and fails listing each file:line that names one.

What counts as specific:
- ids (offers, subscribers, cells, sites, links, core functions, regions, partners, routers), matched
  exactly as whole ids, unless the id is an ordinary English word (a region called ``city``);
- the operator's name, and every offer name that has a distinctive word, matched case-insensitively
  as whole words (a name of everyday words, "Static IP", describes what any operator may sell);
- distinctive words of those names: brand names written in CamelCase (StreamMax), and words that
  are not English (Kinoteket). English is the embedding model's word list or a word wordfreq has
  seen in English text, plus plurals and -ing/-ed forms, plus two such words joined (smartwatch,
  audiobooks), so that ordinary vocabulary is not flagged; acronyms (URLLC, eMBB) are the
  standards' and not flagged;
- roaming zone names that are not English words (``rest_of_world``), matched exactly.

Scanned: *.py, *.js, *.html, *.css and *.md under the product's folders, and *.yaml under agents/
(vocabulary shipped in code's folders is exactly what must come from the estate instead).
Not scanned, because they are an estate's own data: evals/estates/ and the evals' *.yaml and *.jsonl
(eval cases are written for one estate). Tests are not scanned: they may name the estate they test.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
from wordfreq import zipf_frequency

from agents.intent.lexicon import RARE_WORD_ZIPF, english_words
from nerve.estate import Estate
from nerve.settings import REPO_ROOT
from tests.support.estates import ESTATES, estate_dir

FOLDERS = ("nerve", "agents", "tools", "memory", "streams", "simulators", "evals", "api", "prompts")
SOURCE = {".py", ".js", ".html", ".css", ".md"}
EXCLUDED = (REPO_ROOT / "evals" / "estates",)


@dataclass(frozen=True)
class Literals:
    ids: dict[str, str]  # exact id -> what it is, in which estate
    names: dict[str, str]  # lower-case name or word -> what it is, in which estate

    def pattern(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        by_length = sorted(self.ids, key=len, reverse=True)
        ids = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, by_length)) + r")(?![\w-])")
        names = sorted(self.names, key=len, reverse=True)
        spaced = (r"\s+".join(map(re.escape, n.split())) for n in names)
        return ids, re.compile(r"(?<![A-Za-z0-9])(" + "|".join(spaced) + r")(?![A-Za-z0-9])", re.IGNORECASE)


@cache
def _english() -> frozenset[str]:
    return english_words()


def is_english(word: str) -> bool:
    """An ordinary word: in the model's list or used in English text, an inflection, or two joined."""
    w = word.lower()
    joined = any(w[:i] in _english() and _inflected(w[i:]) for i in range(3, len(w) - 2))
    return w in _english() or zipf_frequency(w, "en") >= RARE_WORD_ZIPF or _inflected(w) or joined


def _inflected(word: str) -> bool:
    forms = {word, word.removesuffix("s"), word.removesuffix("es"), word.removesuffix("ing"), word.removesuffix("ed")}
    return any(f in _english() or f + "e" in _english() for f in forms if len(f) > 2)


def distinctive_words(name: str) -> list[str]:
    """The words of ``name`` that only this operator would say: brands and non-English words."""
    out = []
    for word in re.findall(r"[A-Za-z]+", name):
        capitals = sum(c.isupper() for c in word)
        if len(word) < 4 or capitals * 2 >= len(word):  # short words and acronyms are everyone's
            continue
        camel = any(c.isupper() for c in word[1:])
        if camel or not is_english(word):
            out.append(word.lower())
    return out


def collect(estate: Estate, label: str) -> Literals:
    ids: dict[str, str] = {}
    names: dict[str, str] = {}
    cat, topo = estate.catalog, estate.topology
    every = [(o.id, "offer") for o in cat.offers] + [(s.id, "subscriber") for s in estate.subscribers]
    every += list(topo.kind_of.items())
    ids.update({v: f"{kind} id of {label}" for v, kind in every if not (v.isalpha() and is_english(v))})
    for zone in cat.roaming_zones:
        if re.search(r"[_\-]", zone) or not is_english(zone):  # "rest_of_world" is an id, "europe" a word
            ids[zone] = f"roaming zone of {label}"
    names[cat.operator.name.lower()] = f"operator of {label}"
    for offer in cat.offers:
        # A name of everyday words ("Static IP", "Extra 10 GB") describes what any operator may sell;
        # a name with a brand or a coined word in it is this operator's own.
        words = distinctive_words(offer.name)
        if words:
            names[offer.name.lower()] = f"offer name of {label}"
        for word in words:
            names.setdefault(word, f"a word of {label}'s offer name {offer.name!r}")
    return Literals(ids, names)


@cache
def every_literal() -> Literals:
    ids: dict[str, str] = {}
    names: dict[str, str] = {}
    for label in ESTATES:
        folder = estate_dir(label)
        if folder is None:
            continue
        found = collect(Estate.load(folder), label)
        ids.update(found.ids)
        names.update(found.names)
    return Literals(ids, names)


def product_files(folder: Path) -> list[Path]:
    files = []
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or any(path.is_relative_to(x) for x in EXCLUDED):
            continue
        if path.suffix in SOURCE or (path.suffix == ".yaml" and path.is_relative_to(REPO_ROOT / "agents")):
            files.append(path)
    return files


def findings(files: list[Path], literals: Literals) -> list[str]:
    ids, names = literals.pattern()
    out = []
    for path in files:
        shown = path.relative_to(REPO_ROOT) if path.is_relative_to(REPO_ROOT) else path
        for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
            id_hits = list(ids.finditer(line))
            hits = {m.group(1): literals.ids[m.group(1)] for m in id_hits}
            for m in names.finditer(line):  # a brand inside an id found already is that id's
                if not any(h.start() <= m.start() and m.end() <= h.end() for h in id_hits):
                    hits.setdefault(m.group(1), literals.names[" ".join(m.group(1).lower().split())])
            out += [f"{shown}:{n}: {text!r} ({what})" for text, what in hits.items()]
    return out


def test_every_known_estate_is_loaded() -> None:
    assert estate_dir("reference") is not None
    missing = [name for name in ESTATES if estate_dir(name) is None and name != "fjord"]
    assert not missing, f"estates not found: {missing} (looked in {[ESTATES[m] for m in missing]})"


def test_the_collector_catches_ids_names_and_brands_but_not_english(tmp_path: Path) -> None:
    literals = every_literal()
    sample = tmp_path / "sample.py"
    sample.write_text(
        'x = "sub-1001"\n'  # a subscriber id
        "# ask for streammax\n"  # a brand, in another case
        "region = 'metro'\n"  # an id that is an English word: not flagged
        "y = 'sub-10011'\n"  # not an id of any estate
        "# kestrel mobile customers\n"  # the operator's name
        "# URLLC slices and smartwatches are everyone's\n"
    )
    found = findings([sample], literals)
    assert [f.split(": ", 1)[1].split(" (")[0] for f in found] == ["'sub-1001'", "'streammax'", "'kestrel mobile'"]
    assert "tunewave" in literals.names and "cloudvault" in literals.names
    assert "urllc" not in literals.names and "smartwatch" not in literals.names


@pytest.mark.parametrize("folder", FOLDERS)
def test_no_product_file_names_an_estate_specific(folder: str) -> None:
    found = findings(product_files(REPO_ROOT / folder), every_literal())
    assert not found, f"{len(found)} estate specifics named in {folder}/:\n" + "\n".join(found)
