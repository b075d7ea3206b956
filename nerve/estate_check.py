"""Every problem in an estate folder, not only the first: what ``nerve estate check DIR`` prints.

``Estate.load`` stops at the first broken thing, which suits a process starting up. An operator
writing its files needs the whole list at once: each file's YAML, every schema error pydantic finds,
every reference that points nowhere, codes that are not ISO, duplicate ids and ambiguous aliases.
Each problem names the file, the path inside it and the reason, like ``EstateError``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

import pycountry
import yaml
from pydantic import BaseModel, TypeAdapter, ValidationError

from nerve.estate import (
    MAX_WEIGHT,
    NAMES_OFFER_AT,
    Aliases,
    Capability,
    Catalog,
    Faults,
    Kpi,
    Migration,
    Offer,
    Operator,
    Rating,
    Subscriber,
    Topology,
    Yaml12Loader,
)

REQUIRED = ("catalog.yaml", "subscribers.yaml", "topology.yaml", "kpis.yaml", "faults.yaml")
OPTIONAL = ("aliases.yaml", "rating.yaml", "fraud.yaml", "migration.yaml")  # fraud: only parsed, for now
E164 = re.compile(r"^\+[1-9]\d{6,14}$")
ANY_REGION = "all"  # a core function serving every region


@dataclass(frozen=True)
class Problem:
    file: str
    path: str
    reason: str
    level: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        tag = "warning: " if self.level == "warning" else ""
        return f"{self.file}: {self.path or '<root>'}: {tag}{self.reason}"


class _DuplicateKeyLoader(Yaml12Loader):
    """The estate's YAML reading, but a key given twice in one mapping is recorded (PyYAML keeps the last)."""

    duplicates: list[tuple[int, str]]

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if isinstance(key, str | int | float | bool) and key in seen:
                self.duplicates.append((key_node.start_mark.line + 1, str(key)))
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def _where(*parts: object) -> str:
    return ".".join(str(p) for p in parts if p != "")


def _words(phrase: str) -> str:
    """A phrase as the parser reads it: lower case, letters and digits apart ("10GB" = "10 gb")."""
    text = re.sub(r"(\d)([a-zA-Z])|([a-zA-Z])(\d)", r"\1\3 \2\4", phrase.lower())
    return " ".join(re.findall(r"[a-z0-9]+", text))


def _shape(identifier: str) -> str:
    """An id's format: "acc-1001" and "acc-20" are both "acc-#"."""
    return re.sub(r"\d+", "#", identifier)


class Checker:
    """Collects the problems of one estate folder; ``check_estate`` is the way to use it."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.problems: list[Problem] = []
        self.broken: set[str] = set()  # ids of items with schema errors: not "unknown" elsewhere as well
        self.zones: set[str] = set()  # the catalog's roaming zones

    def error(self, file: str, path: str, reason: str) -> None:
        self.problems.append(Problem(file, path, reason))

    def warn(self, file: str, path: str, reason: str) -> None:
        self.problems.append(Problem(file, path, reason, "warning"))

    # -- reading and schema ------------------------------------------------------------------
    def read(self, name: str, required: bool) -> dict[str, Any] | None:
        path = self.root / name
        if not path.exists():
            if required:
                self.error(name, "", f"missing file in {self.root}")
            return None
        loader = _DuplicateKeyLoader(path.read_text())
        loader.duplicates = []
        try:
            data = loader.get_single_data()
        except yaml.YAMLError as exc:
            self.error(name, "", f"not valid YAML: {exc}")
            return None
        finally:
            loader.dispose()
        for line, key in loader.duplicates:
            self.error(name, f"line {line}", f"key {key!r} is given twice (only the last would be read)")
        if not isinstance(data, dict):
            self.error(name, "", "expected a mapping at the top level")
            return None
        return data

    def validate(self, file: str, where: str, adapter: TypeAdapter[Any], data: Any) -> Any | None:
        """``data`` validated, or None after recording every error pydantic finds in it."""
        try:
            return adapter.validate_python(data)
        except ValidationError as exc:
            for err in exc.errors():
                self.error(file, _where(where, *err["loc"]), err["msg"])
            return None

    def sections(self, file: str, model: type[BaseModel], data: dict[str, Any]) -> dict[str, Any]:
        """The top-level sections of ``data`` that are valid for ``model``; every error is recorded.

        A list (or mapping) of models is validated item by item, so one broken cell leaves the other
        cells to be checked for their references.
        """
        for key in data:
            if key not in model.model_fields:
                self.error(file, str(key), "Extra inputs are not permitted")
        out: dict[str, Any] = {}
        for name, field in model.model_fields.items():
            if name not in data:
                if field.is_required():
                    self.error(file, name, "Field required")
                continue
            annotation: Any = field.annotation
            kind, args = get_origin(annotation), get_args(annotation)
            item = args[-1] if args else None
            if kind in (list, dict) and isinstance(item, type) and issubclass(item, BaseModel):
                out[name] = self.items(file, name, item, data[name], as_dict=kind is dict)
            else:
                value = self.validate(file, name, TypeAdapter(annotation), data[name])
                if value is not None:
                    out[name] = value
        return out

    def items(self, file: str, where: str, model: type[BaseModel], raw: Any, as_dict: bool = False) -> Any:
        """The valid items of a list (or the valid values of a mapping) of ``model``."""
        if as_dict:
            if not isinstance(raw, dict):
                self.error(file, where, "Input should be a valid dictionary")
                return {}
            found = {k: self.validate(file, _where(where, k), TypeAdapter(model), v) for k, v in raw.items()}
            return {k: v for k, v in found.items() if v is not None}
        if not isinstance(raw, list):
            self.error(file, where, "Input should be a valid list")
            return []
        valid = []
        for i, v in enumerate(raw):
            item = self.validate(file, _where(where, i), TypeAdapter(model), v)
            if item is not None:
                valid.append(item)
            elif isinstance(v, dict) and isinstance(v.get("id"), str):
                self.broken.add(v["id"])
        return valid

    def unknown(self, ref: str, known: Iterable[str]) -> bool:
        """Whether ``ref`` points nowhere (an item that is there but broken was reported already)."""
        return ref not in known and ref not in self.broken

    def duplicates(self, file: str, where: str, ids: Iterable[str], what: str = "id") -> None:
        for value, n in Counter(ids).items():
            if n > 1:
                self.error(file, where, f"{what} {value!r} is used {n} times")

    # -- the files ---------------------------------------------------------------------------
    def run(self) -> list[Problem]:
        if not self.root.is_dir():
            self.error(str(self.root), "", "no such folder")
            return self.problems
        raw = {name: self.read(name, name in REQUIRED) for name in (*REQUIRED, *OPTIONAL)}
        for extra in sorted({*self.root.glob("*.yaml"), *self.root.glob("*.yml")}):
            if extra.name not in raw:
                self.warn(extra.name, "", "Nerve does not read this file (a misspelt name?)")
        # A file that is missing or unreadable was reported; the others are checked against what is left.
        topo = self.topology(raw["topology.yaml"]) if raw["topology.yaml"] is not None else None
        offers = self.catalog(raw["catalog.yaml"], topo) if raw["catalog.yaml"] is not None else None
        if raw["subscribers.yaml"] is not None:
            self.subscribers(raw["subscribers.yaml"], topo, offers)
        if raw["kpis.yaml"] is not None:
            self.kpis(raw["kpis.yaml"])
        if raw["faults.yaml"] is not None:
            self.faults(raw["faults.yaml"])
        if raw["aliases.yaml"] is not None:
            self.aliases(raw["aliases.yaml"], offers)
        if raw["rating.yaml"] is not None:
            self.rating(raw["rating.yaml"], offers)
        if raw["migration.yaml"] is not None:
            self.migration(raw["migration.yaml"], topo)
        return self.problems

    def migration(self, data: dict[str, Any], topo: Topology | None) -> None:
        """Its schema, and every region a rule names is one of the topology's."""
        f = "migration.yaml"
        migration = self.validate(f, "", TypeAdapter(Migration), data)
        if migration is None or topo is None:
            return
        regions = {r.id for r in topo.regions}
        for capability in get_args(Capability):
            for i, rule in enumerate(getattr(migration, capability).rules):
                if rule.region is not None and rule.region not in regions:
                    self.error(f, _where(f"{capability}.rules", i, "region"), f"unknown region {rule.region!r}")

    def rating(self, data: dict[str, Any], offers: dict[str, Offer] | None) -> None:
        """Its schema, a rate for every roaming zone of the catalog and for ``other``, E.164 prefixes."""
        f = "rating.yaml"
        rating = self.validate(f, "", TypeAdapter(Rating), data)
        if rating is None:
            return
        for i, r in enumerate(rating.premium.ranges):
            if not re.fullmatch(r"\+[1-9]\d{0,14}", r.prefix):
                self.error(
                    f, _where("premium.ranges", i, "prefix"), f"{r.prefix!r} is not the start of an E.164 number"
                )
        zones = {"other"} | self.zones | {o.zone for o in (offers or {}).values() if o.zone}
        for table in ("roaming_without_pass", "international"):
            for zone in sorted(zones - set(getattr(rating, table))):
                self.error(f, table, f"no rates for zone {zone!r}")

    def topology(self, data: dict[str, Any]) -> Topology:
        f = "topology.yaml"
        parts = self.sections(f, Topology, data)
        topo = Topology.model_construct(**{name: parts.get(name, []) for name in Topology.model_fields})
        every = [(name, i.id) for name in Topology.model_fields for i in getattr(topo, name)]
        for entity, n in Counter(i for _, i in every).items():
            if n > 1:
                where = sorted({name for name, i in every if i == entity})
                self.error(f, ",".join(where), f"id {entity!r} is used {n} times")
        regions = {r.id for r in topo.regions}
        for i, r in enumerate(topo.regions):
            if self.unknown(r.upf, topo.core):
                self.error(f, f"regions.{i}.upf", f"unknown core function {r.upf!r}")
        placed = [("aggregation_routers", i, x.region) for i, x in enumerate(topo.aggregation_routers)]
        placed += [("sites", i, x.region) for i, x in enumerate(topo.sites)]
        for section, i, region in placed:
            if self.unknown(region, regions):
                self.error(f, f"{section}.{i}.region", f"unknown region {region!r}")
        for i, nf in enumerate(topo.core_functions):
            if self.unknown(nf.region, {*regions, ANY_REGION}):
                self.error(f, f"core_functions.{i}.region", f"unknown region {nf.region!r} (or {ANY_REGION!r})")
        self.links(topo)
        for i, s in enumerate(topo.sites):
            for up in s.uplinks:
                if self.unknown(up, topo.link):
                    self.error(f, f"sites.{i}.uplinks", f"unknown link {up!r}")
                elif up in topo.link and topo.link[up].a_end != s.id:
                    self.error(f, f"sites.{i}.uplinks", f"link {up!r} starts at {topo.link[up].a_end!r}, not here")
        for i, c in enumerate(topo.cells):
            if self.unknown(c.site, topo.site):
                self.error(f, f"cells.{i}.site", f"unknown site {c.site!r}")
            for near in c.neighbors:
                if self.unknown(near, topo.cell):
                    self.error(f, f"cells.{i}.neighbors", f"unknown cell {near!r}")
        return topo

    def links(self, topo: Topology) -> None:
        f = "topology.yaml"
        routers = {r.id for r in topo.aggregation_routers}
        unmodelled = Counter(x.backup_via for x in topo.transport_links if x.backup_via not in topo.kind_of)
        for i, x in enumerate(topo.transport_links):
            if self.unknown(x.a_end, topo.site):
                self.error(f, f"transport_links.{i}.a_end", f"unknown site {x.a_end!r}")
            if self.unknown(x.z_end, {*routers, *topo.site}):
                self.error(f, f"transport_links.{i}.z_end", f"unknown aggregation router or site {x.z_end!r}")
            via = x.backup_via
            if via is None:
                continue
            if via in topo.kind_of and via not in routers and via not in topo.site:
                self.error(f, f"transport_links.{i}.backup_via", f"{via!r} is a {topo.kind_of[via]}, not a path")
            elif via not in topo.kind_of and unmodelled[via] > 1:
                # A path the topology does not model (a link's own microwave hop) serves that link
                # alone; one shared by several links is a router or site that is missing, or a typo.
                self.error(f, f"transport_links.{i}.backup_via", f"unknown aggregation router or site {via!r}")
        for s in topo.sites:  # a chain of sites must end at a router, or links_of_site never ends
            seen, here = [s.id], s.id
            while topo.site[here].uplinks and (up := topo.link.get(topo.site[here].uplinks[0])):
                if up.z_end not in topo.site:
                    break
                if up.z_end in seen:
                    self.error(f, "transport_links", f"sites reach the core in a loop: {' -> '.join(seen)}")
                    return
                seen.append(here := up.z_end)

    def catalog(self, data: dict[str, Any], topo: Topology | None) -> dict[str, Offer]:
        f = "catalog.yaml"
        parts = self.sections(f, Catalog, data)
        offers: list[Offer] = parts.get("offers", [])
        zones: dict[str, list[str]] = parts.get("roaming_zones", {})
        self.zones = set(zones)
        self.duplicates(f, "offers", (o.id for o in offers))
        by_id = {o.id: o for o in offers}
        operator: Operator | None = parts.get("operator")
        zone_of: dict[str, str] = {}
        for zone, countries in zones.items():
            for country in countries:
                if not _country(country):
                    self.error(f, f"roaming_zones.{zone}", f"{country!r} is not an ISO 3166 alpha-2 country code")
                elif country in zone_of:
                    self.error(f, f"roaming_zones.{zone}", f"{country} is also in zone {zone_of[country]!r}")
                else:
                    zone_of[country] = zone
        if operator is not None:
            if not _country(operator.home_country):
                self.error(f, "operator.home_country", f"{operator.home_country!r} is not an ISO 3166 alpha-2 code")
            elif operator.home_country in zone_of:
                zone = zone_of[operator.home_country]
                self.error(f, "operator.home_country", f"the home country is in roaming zone {zone!r}")
            if pycountry.currencies.get(alpha_3=operator.currency) is None or not operator.currency.isupper():
                self.error(f, "operator.currency", f"{operator.currency!r} is not an ISO 4217 currency code")
        for i, o in enumerate(offers):
            if topo is not None:
                self.offer_topology(i, o, topo)
            for p in o.eligibility.requires_plans or []:
                if self.unknown(p, by_id) or (p in by_id and by_id[p].kind != "plan"):
                    self.error(f, f"offers.{i}.eligibility.requires_plans", f"{p!r} is not a plan of the catalog")
            for x in o.excludes:
                if self.unknown(x, by_id):
                    self.error(f, f"offers.{i}.excludes", f"unknown offer {x!r}")
            named_zone: str | None = (o.fulfilment.network or {}).get("roaming_zone")
            if o.kind == "roaming" and o.zone is None:
                self.error(f, f"offers.{i}.zone", "a roaming offer needs its zone")
            for where, named in (("zone", o.zone), ("fulfilment.network.roaming_zone", named_zone)):
                if named is not None and named not in zones:
                    self.error(f, f"offers.{i}.{where}", f"unknown roaming zone {named!r}")
        return by_id

    def offer_topology(self, i: int, o: Offer, topo: Topology) -> None:
        f = "catalog.yaml"
        for where, partner in (("partner", o.partner), ("fulfilment.partner", o.fulfilment.partner)):
            if partner is not None and self.unknown(partner, topo.partner):
                self.error(f, f"offers.{i}.{where}", f"unknown partner {partner!r}")
        for r in o.eligibility.regions or []:
            if self.unknown(r, {x.id for x in topo.regions}):
                self.error(f, f"offers.{i}.eligibility.regions", f"unknown region {r!r}")

    def subscribers(self, data: dict[str, Any], topo: Topology | None, offers: dict[str, Offer] | None) -> None:
        """The subscribers; their references to a file that could not be read are not checked."""
        f = "subscribers.yaml"
        for key in data:
            if key != "subscribers":
                self.error(f, str(key), "Extra inputs are not permitted")
        subs: list[Subscriber] = self.items(f, "subscribers", Subscriber, data.get("subscribers", []))
        self.duplicates(f, "subscribers", (s.id for s in subs))
        self.duplicates(f, "subscribers", (s.msisdn for s in subs), what="msisdn")
        shapes = Counter(_shape(s.id) for s in subs)
        if len(shapes) > 1:
            usual = shapes.most_common(1)[0][0]
            odd = [s.id for s in subs if _shape(s.id) != usual]
            self.warn(f, "subscribers", f"ids do not share one format ({usual!r} mostly; also {', '.join(odd[:5])})")
        for i, s in enumerate(subs):
            if not E164.match(s.msisdn):
                self.error(f, f"subscribers.{i}.msisdn", f"{s.msisdn!r} is not an E.164 number (+ and 7-15 digits)")
            if offers is not None:
                self.subscriber_offers(i, s, offers)
            if topo is not None:
                if self.unknown(s.home_cell, topo.cell):
                    self.error(f, f"subscribers.{i}.home_cell", f"unknown cell {s.home_cell!r}")
                if self.unknown(s.region, {r.id for r in topo.regions}):
                    self.error(f, f"subscribers.{i}.region", f"unknown region {s.region!r}")

    def subscriber_offers(self, i: int, s: Subscriber, offers: dict[str, Offer]) -> None:
        f = "subscribers.yaml"
        if self.unknown(s.plan, offers):
            self.error(f, f"subscribers.{i}.plan", f"unknown offer {s.plan!r}")
        elif s.plan in offers and offers[s.plan].kind != "plan":
            self.error(f, f"subscribers.{i}.plan", f"{s.plan!r} is a {offers[s.plan].kind}, not a plan")
        for x in s.services:
            if self.unknown(x, offers):
                self.error(f, f"subscribers.{i}.services", f"unknown offer {x!r}")
            elif x in offers and offers[x].kind == "plan":
                self.error(f, f"subscribers.{i}.services", f"{x!r} is a plan (the plan goes in plan)")

    def kpis(self, data: dict[str, Any]) -> None:
        for kind, table in data.items():
            self.items("kpis.yaml", str(kind), Kpi, table, as_dict=True)

    def faults(self, data: dict[str, Any]) -> None:
        f = "faults.yaml"
        parts = self.sections(f, Faults, data)
        actions = parts.get("actions", {})
        for name, fault in parts.get("faults", {}).items():
            for where, used in (("fixed_by", fault.fixed_by), ("side_effects", fault.side_effects)):
                for action in used:
                    if action not in actions:
                        self.error(f, f"faults.{name}.{where}", f"unknown action {action!r}")

    def aliases(self, data: dict[str, Any], offers: dict[str, Offer] | None) -> None:
        f = "aliases.yaml"
        parts = self.sections(f, Aliases, data)
        naming: dict[str, set[str]] = defaultdict(set)
        for offer, given in parts.get("offers", {}).items():
            if offers is not None and self.unknown(offer, offers):
                self.error(f, f"offers.{offer}", f"unknown offer {offer!r}")
            weights = Aliases.weighed(given)
            if not weights:
                self.error(f, f"offers.{offer}", "no phrases")
            for phrase, weight in weights.items():
                if not _words(phrase):
                    self.error(f, f"offers.{offer}", f"empty phrase {phrase!r}")
                    continue
                if not 0 < weight <= MAX_WEIGHT:
                    self.error(f, f"offers.{offer}.{phrase}", f"weight {weight} is outside (0, {MAX_WEIGHT:g}]")
                if weight >= NAMES_OFFER_AT:
                    naming[_words(phrase)].add(offer)
        for phrase, named in naming.items():
            if len(named) > 1:
                self.error(f, "offers", f"{phrase!r} names several offers outright: {', '.join(sorted(named))}")
        for slang, plain in parts.get("words", {}).items():
            if not _words(slang) or not _words(plain):
                self.error(f, f"words.{slang}", "empty slang or plain words")


def _country(code: str) -> bool:
    return len(code) == 2 and code.isupper() and pycountry.countries.get(alpha_2=code) is not None


def check_estate(root: Path | str) -> list[Problem]:
    """Every problem of the estate folder ``root``, errors and warnings, in file order."""
    return Checker(Path(root)).run()
