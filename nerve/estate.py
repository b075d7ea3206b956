"""The operator's estate: catalog, subscribers, topology, KPI table, faults and actions.

Loaded from a folder of YAML files (the demo estate ships in ``estate/``) and validated; a broken
file raises ``EstateError`` naming the file, the path inside it and the reason.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from nerve.contracts.commands import ComplianceCheck
from nerve.errors import EstateError


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# -- catalog --------------------------------------------------------------------------------
class Price(_Strict):
    amount: Decimal
    period: Literal["monthly", "weekly", "daily", "one_off"]


class Eligibility(_Strict):
    segments: list[str] = []
    min_age: int | None = None
    credit_classes: list[str] | None = None
    requires_plan_technology: str | None = None
    requires_plans: list[str] | None = None
    regions: list[str] | None = None
    requires_kyc: bool = False


class Compliance(_Strict):
    partner_data_sharing_consent: bool = False
    age_verification: bool = False
    data_residency: str | None = None


class Fulfilment(_Strict):
    network: dict[str, Any] | None = None
    partner: str | None = None


class Offer(_Strict):
    id: str
    name: str
    kind: Literal["plan", "addon", "ott", "roaming", "slice"]
    technology: str | None = None
    category: str | None = None
    partner: str | None = None
    zone: str | None = None
    price: Price
    allowance: dict[str, Any] | None = None
    eligibility: Eligibility = Eligibility()
    compliance: Compliance = Compliance()
    excludes: list[str] = []
    fulfilment: Fulfilment = Fulfilment()

    @property
    def recurring(self) -> bool:
        return self.price.period == "monthly"

    def required_checks(self) -> list[ComplianceCheck]:
        """The compliance checks an order for this offer must pass, in the order they are made."""
        checks: list[ComplianceCheck] = []
        if self.compliance.partner_data_sharing_consent:
            checks.append("partner_data_sharing_consent")
        if self.compliance.age_verification:
            checks.append("age_verification")
        if self.eligibility.requires_kyc:
            checks.append("kyc")
        if self.compliance.data_residency:
            checks.append("data_residency")
        return checks


class Operator(_Strict):
    name: str
    home_country: str
    currency: str


class Catalog(_Strict):
    operator: Operator
    roaming_zones: dict[str, list[str]]
    offers: list[Offer]

    @cached_property
    def by_id(self) -> dict[str, Offer]:
        return {o.id: o for o in self.offers}

    def zone_of(self, country: str) -> str | None:
        return next((z for z, cs in self.roaming_zones.items() if country.upper() in cs), None)


# -- subscribers ----------------------------------------------------------------------------
class Subscriber(_Strict):
    id: str
    name: str
    msisdn: str
    segment: Literal["consumer", "business"]
    age: int | None = None
    credit_class: str
    kyc_verified: bool
    consents: dict[str, bool] = {}
    plan: str
    services: list[str] = []
    status: Literal["active", "suspended"]
    region: str
    home_cell: str


# -- topology -------------------------------------------------------------------------------
class Region(_Strict):
    id: str
    upf: str


class AggRouter(_Strict):
    id: str
    region: str


class CoreFunction(_Strict):
    id: str
    type: str
    region: str
    scalable: bool = False


class Link(_Strict):
    id: str
    kind: str
    a_end: str
    z_end: str
    capacity_gbps: float
    backup_via: str | None = None


class Site(_Strict):
    id: str
    region: str
    power: str
    battery_minutes: float
    uplinks: list[str]


class Cell(_Strict):
    id: str
    site: str
    technology: str
    band: str
    neighbors: list[str]


class Partner(_Strict):
    id: str
    service: str
    endpoint: str
    failover: str | None = None


class Topology(_Strict):
    regions: list[Region]
    aggregation_routers: list[AggRouter]
    core_functions: list[CoreFunction]
    transport_links: list[Link]
    sites: list[Site]
    cells: list[Cell]
    partners: list[Partner]

    @cached_property
    def kind_of(self) -> dict[str, str]:
        """Entity id → kind (cell, site, transport_link, core_function, partner, region, router)."""
        kinds: dict[str, str] = {}
        for kind, items in (
            ("region", self.regions),
            ("aggregation_router", self.aggregation_routers),
            ("core_function", self.core_functions),
            ("transport_link", self.transport_links),
            ("site", self.sites),
            ("cell", self.cells),
            ("partner", self.partners),
        ):
            kinds.update({i.id: kind for i in items})
        return kinds

    @cached_property
    def cell(self) -> dict[str, Cell]:
        return {c.id: c for c in self.cells}

    @cached_property
    def site(self) -> dict[str, Site]:
        return {s.id: s for s in self.sites}

    @cached_property
    def link(self) -> dict[str, Link]:
        return {x.id: x for x in self.transport_links}

    @cached_property
    def core(self) -> dict[str, CoreFunction]:
        return {x.id: x for x in self.core_functions}

    @cached_property
    def partner(self) -> dict[str, Partner]:
        return {x.id: x for x in self.partners}

    def cells_of_site(self, site: str) -> list[str]:
        return [c.id for c in self.cells if c.site == site]

    def upstream_site(self, link: str) -> str | None:
        """The site a link leads to, when its far end is a site rather than a router (a chain)."""
        z = self.link[link].z_end
        return z if z in self.site else None

    def sites_behind_link(self, link: str) -> list[str]:
        """Every site that loses its path to the core when ``link`` fails, chained ones included."""
        first = self.link[link].a_end
        out = [first]
        frontier = [first]
        while frontier:
            here = frontier.pop()
            for x in self.transport_links:
                if x.z_end == here and x.a_end not in out:
                    out.append(x.a_end)
                    frontier.append(x.a_end)
        return out

    def cells_behind_link(self, link: str) -> list[str]:
        return [c for s in self.sites_behind_link(link) for c in self.cells_of_site(s)]

    def links_of_site(self, site: str) -> list[str]:
        """The links a site's traffic crosses to reach the core, nearest first."""
        out: list[str] = []
        here: str | None = site
        while here is not None and here in self.site:
            ups = self.site[here].uplinks
            out.extend(ups)
            here = self.upstream_site(ups[0]) if ups else None
        return out

    def failure_domain(self, entity: str) -> list[str]:
        """What ``entity`` depends on, nearest first: cell → site → links → UPF of the region."""
        kind = self.kind_of.get(entity)
        if kind == "cell":
            site = self.cell[entity].site
            return [site, *self.links_of_site(site), self.upf_of_region(self.site[site].region)]
        if kind == "site":
            return [*self.links_of_site(entity), self.upf_of_region(self.site[entity].region)]
        return []

    def neighbours(self, cell: str) -> list[str]:
        return list(self.cell[cell].neighbors)

    def enclosing(self, entity: str) -> set[str]:
        """The entity and what it sits in (a cell's site): planned work on either covers it."""
        return {entity, self.cell[entity].site} if entity in self.cell else {entity}

    def region_of(self, entity: str) -> str | None:
        kind = self.kind_of.get(entity)
        if kind == "cell":
            return self.site[self.cell[entity].site].region
        if kind == "site":
            return self.site[entity].region
        if kind == "transport_link":
            return self.site[self.link[entity].a_end].region
        if kind == "core_function":
            region = self.core[entity].region
            return None if region == "all" else region
        return None

    def upf_of_region(self, region: str) -> str:
        return next(r.upf for r in self.regions if r.id == region)

    def cells_of_region(self, region: str) -> list[str]:
        return [c.id for c in self.cells if self.site[c.site].region == region]

    def has_backup(self, link: str) -> bool:
        return self.link[link].backup_via is not None

    def has_failover(self, partner: str) -> bool:
        return self.partner[partner].failover is not None

    def affected_by(self, entity: str) -> list[str]:
        """Everything that depends on ``entity`` (itself included), for blast radius and impact."""
        kind = self.kind_of.get(entity)
        if kind == "transport_link":
            sites = self.sites_behind_link(entity)
            return [entity, *sites, *(c for s in sites for c in self.cells_of_site(s))]
        if kind == "site":
            return [entity, *self.cells_of_site(entity)]
        if kind == "core_function":
            region = self.region_of(entity)
            cells = self.cells_of_region(region) if region else [c.id for c in self.cells]
            return [entity, *cells]
        return [entity] if kind else []

    def reporting_entities(self) -> list[tuple[str, str]]:
        """(id, kind) of every entity that reports telemetry."""
        return [
            *((c.id, "cell") for c in self.cells),
            *((s.id, "site") for s in self.sites),
            *((x.id, "transport_link") for x in self.transport_links),
            *((x.id, "core_function") for x in self.core_functions),
            *((p.id, "partner") for p in self.partners),
        ]


# -- KPIs, faults, actions --------------------------------------------------------------------
class Kpi(_Strict):
    unit: str
    direction: Literal["higher_better", "lower_better", "none"]
    normal: list[float] | dict[str, list[float]]
    warn: float | dict[str, float] | None = None
    critical: float | dict[str, float] | None = None

    def threshold(self, level: Literal["warn", "critical"], technology: str | None = None) -> float | None:
        value = self.warn if level == "warn" else self.critical
        if isinstance(value, dict):
            return value.get(technology or "", None)
        return value

    def normal_range(self, technology: str | None = None) -> tuple[float, float]:
        rng = self.normal[technology or ""] if isinstance(self.normal, dict) else self.normal
        return rng[0], rng[1]


class FaultKind(_Strict):
    target: str
    symptoms: str
    ramp_s: int | str
    fixed_by: list[str]
    side_effects: dict[str, str] = {}


class ActionSpec(_Strict):
    target: str
    risk: Literal["low", "medium", "high"]
    effect: str

    def applies_to(self, kind: str) -> bool:
        if self.target == "any":
            return True
        if self.target == "site_or_link":
            return kind in ("site", "transport_link")
        return self.target == kind


class Faults(_Strict):
    faults: dict[str, FaultKind]
    actions: dict[str, ActionSpec]


# -- aliases (optional) ---------------------------------------------------------------------
NAMING_WEIGHT = 4.0  # what a phrase weighs when an operator lists it: it names its offer outright
NAMES_OFFER_AT = 3.0  # a phrase weighing this much or more names its offer; less only hints at it
MAX_WEIGHT = 10.0  # the top of the scale: weights add up, and a much heavier phrase would drown every other clue


class Aliases(_Strict):
    """Words an operator's subscribers use that its catalog does not say (``aliases.yaml``, optional).

    ``offers`` maps an offer id to the phrases that name it: a list (each names the offer outright)
    or ``{phrase: weight}`` (weights above 0, at most 10), where a weight of 3 or more names the offer
    and less only hints at it.
    ``words`` maps market slang to plain words ("quid": "pounds").
    """

    version: int = 1
    offers: dict[str, list[str] | dict[str, float]] = {}
    words: dict[str, str] = {}

    def phrases(self, offer: str) -> dict[str, float]:
        """The phrases naming ``offer``, with their weights."""
        return self.weighed(self.offers.get(offer, {}))

    @staticmethod
    def weighed(given: list[str] | dict[str, float]) -> dict[str, float]:
        """Phrases with their weights: a listed phrase weighs ``NAMING_WEIGHT``."""
        return dict(given) if isinstance(given, dict) else dict.fromkeys(given, NAMING_WEIGHT)


# -- rating ---------------------------------------------------------------------------------
class BillPeriod(_Strict):
    length_s: float = Field(gt=0)


class DataRates(_Strict):
    out_of_bundle_per_gb: Decimal


class RoamingRates(_Strict):
    data_per_mb: Decimal
    voice_per_min: Decimal
    sms: Decimal


class InternationalRates(_Strict):
    voice_per_min: Decimal
    sms: Decimal


class PremiumRange(_Strict):
    prefix: str
    voice_per_min: Decimal
    kind: str


class Premium(_Strict):
    ranges: list[PremiumRange] = []

    @cached_property
    def prefixes(self) -> tuple[str, ...]:
        return tuple(r.prefix for r in self.ranges)


class Notifications(_Strict):
    allowance_used_pct: list[int] = []
    charges_over: Decimal | None = None


class Rating(_Strict):
    """How usage is charged (rating.yaml); the zones are the catalog's plus ``other``."""

    period: BillPeriod
    grace_s: float = Field(ge=0)
    data: DataRates
    roaming_without_pass: dict[str, RoamingRates]
    international: dict[str, InternationalRates]
    premium: Premium = Premium()
    notifications: Notifications = Notifications()

    def premium_range(self, number: str) -> PremiumRange | None:
        """The longest premium prefix the number starts with."""
        if not number.startswith(self.premium.prefixes):  # most numbers: no range to look through
            return None
        found = [r for r in self.premium.ranges if number.startswith(r.prefix)]
        return max(found, key=lambda r: len(r.prefix)) if found else None


# -- fraud ----------------------------------------------------------------------------------
FraudResponse = Literal[
    "notify_subscriber", "bar_premium", "block_number", "require_verification", "bar_international", "suspend_line"
]


class FraudKind(_Strict):
    behaviour: str
    ended_by: list[FraudResponse] = Field(min_length=1)


class ResponseSpec(_Strict):
    risk: Literal["low", "medium", "high"]
    effect: str


class Fraud(_Strict):
    """fraud.yaml: the kinds the twin can inject, the look-alikes, and the responses with their risk."""

    kinds: dict[str, FraudKind]
    look_alikes: dict[str, str] = {}
    responses: dict[FraudResponse, ResponseSpec]


# -- migration (the legacy bridge's strangler fig) ----------------------------------------------
Side = Literal["legacy", "nerve"]
Capability = Literal["activation", "ticketing", "inventory"]
OfferKind = Literal["plan", "addon", "ott", "roaming", "slice"]


class RouteRule(_Strict):
    """Work of this region and/or offer kind goes to ``side``; an unnamed field matches anything."""

    region: str | None = None
    offer_kind: OfferKind | None = None
    side: Side


class Routing(_Strict):
    default: Side = "nerve"
    rules: list[RouteRule] = []  # the first rule that matches decides

    def side(self, region: str | None = None, offer_kind: str | None = None) -> Side:
        for rule in self.rules:
            if rule.region not in (None, region) or rule.offer_kind not in (None, offer_kind):
                continue
            return rule.side
        return self.default


class Migration(_Strict):
    """migration.yaml (optional): which side serves each capability. Absent, Nerve serves everything."""

    activation: Routing = Routing()
    ticketing: Routing = Routing()
    inventory: Routing = Routing()
    # How long the legacy inventory and Nerve's state of a subscriber whose inventory the legacy side
    # keeps may differ before the stream layer raises a drift anomaly: longer than an order takes to
    # reach both (the legacy engine's work, then Debezium's capture), shorter than people notice.
    drift_after_s: float = Field(60.0, gt=0)

    def uses_legacy(self) -> bool:
        """Whether anything at all is routed to the legacy side (then ``nerve up`` runs the bridge)."""
        return any(r.default == "legacy" or any(x.side == "legacy" for x in r.rules) for r in self._all())

    def _all(self) -> tuple[Routing, ...]:
        return (self.activation, self.ticketing, self.inventory)


def load_migration(root: Path, regions: set[str]) -> Migration:
    """The estate's migration table, checked against its regions; a missing file means all Nerve."""
    path = root / "migration.yaml"
    if not path.exists():
        return Migration()
    migration: Migration = _load(path, Migration)
    for capability in ("activation", "ticketing", "inventory"):
        for i, rule in enumerate(getattr(migration, capability).rules):
            if rule.region is not None and rule.region not in regions:
                raise EstateError("migration.yaml", f"{capability}.rules.{i}.region", f"unknown region {rule.region!r}")
    return migration


class Estate(_Strict):
    root: Path
    migration: Migration = Migration()
    rating: Rating | None = None
    fraud: Fraud | None = None
    catalog: Catalog
    aliases: Aliases = Aliases()
    subscribers: list[Subscriber] = Field(default_factory=list)
    topology: Topology
    kpis: dict[str, dict[str, Kpi]]
    faults: Faults

    @cached_property
    def subscriber(self) -> dict[str, Subscriber]:
        return {s.id: s for s in self.subscribers}

    @classmethod
    def load(cls, root: Path | str) -> Estate:
        root = Path(root)
        parts: dict[str, Any] = {"root": root}
        for name, model, field in (
            ("catalog.yaml", Catalog, "catalog"),
            ("topology.yaml", Topology, "topology"),
            ("faults.yaml", Faults, "faults"),
        ):
            parts[field] = _load(root / name, model)
        subs = _read(root / "subscribers.yaml")
        parts["subscribers"] = [
            _validate(root / "subscribers.yaml", Subscriber, s, f"subscribers.{i}")
            for i, s in enumerate(subs.get("subscribers", []))
        ]
        if (root / "aliases.yaml").exists():
            parts["aliases"] = _load(root / "aliases.yaml", Aliases)
        if (root / "rating.yaml").exists():
            parts["rating"] = _load(root / "rating.yaml", Rating)
        if (root / "fraud.yaml").exists():
            parts["fraud"] = _load(root / "fraud.yaml", Fraud)
        kpis = _read(root / "kpis.yaml")
        parts["kpis"] = {
            kind: {k: _validate(root / "kpis.yaml", Kpi, v, f"{kind}.{k}") for k, v in table.items()}
            for kind, table in kpis.items()
        }
        parts["migration"] = load_migration(root, {r.id for r in parts["topology"].regions})
        estate = cls(**parts)
        estate._check_references()
        return estate

    def _check_references(self) -> None:
        topo = self.topology
        for i, c in enumerate(topo.cells):
            if c.site not in topo.site:
                raise EstateError("topology.yaml", f"cells.{i}.site", f"unknown site {c.site!r}")
        for i, s in enumerate(topo.sites):
            for up in s.uplinks:
                if up not in topo.link:
                    raise EstateError("topology.yaml", f"sites.{i}.uplinks", f"unknown link {up!r}")
        for i, sub in enumerate(self.subscribers):
            if sub.plan not in self.catalog.by_id:
                raise EstateError("subscribers.yaml", f"subscribers.{i}.plan", f"unknown offer {sub.plan!r}")
            if sub.home_cell not in topo.cell:
                raise EstateError("subscribers.yaml", f"subscribers.{i}.home_cell", f"unknown cell {sub.home_cell!r}")
        if self.rating is not None:
            zones = {*self.catalog.roaming_zones, "other"}
            for table in ("roaming_without_pass", "international"):
                missing = sorted(zones - set(getattr(self.rating, table)))
                if missing:
                    raise EstateError("rating.yaml", table, f"no rates for zones {', '.join(missing)}")
        if self.fraud is not None:
            for kind, spec in self.fraud.kinds.items():
                for response in spec.ended_by:
                    if response not in self.fraud.responses:
                        raise EstateError("fraud.yaml", f"kinds.{kind}.ended_by", f"no response {response!r}")
        for offer in self.aliases.offers:
            if offer not in self.catalog.by_id:
                raise EstateError("aliases.yaml", f"offers.{offer}", f"unknown offer {offer!r}")


class Yaml12Loader(yaml.SafeLoader):
    """YAML 1.1 reads the country code NO (Norway) as false; only true/false are booleans here."""


Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def load_yaml(text: str) -> Any:
    """Parse YAML with YAML 1.2 booleans (estate files, scenarios)."""
    return yaml.load(text, Loader=Yaml12Loader)


def _read(path: Path) -> dict[str, Any]:
    try:
        data = load_yaml(path.read_text())
    except FileNotFoundError as exc:
        raise EstateError(path.name, "", f"missing file in {path.parent}") from exc
    except yaml.YAMLError as exc:
        raise EstateError(path.name, "", f"not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise EstateError(path.name, "", "expected a mapping at the top level")
    return data


def _validate(path: Path, model: type[_Strict], data: Any, where: str = "") -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in (*([where] if where else []), *err["loc"]))
        raise EstateError(path.name, loc, err["msg"]) from exc


def _load(path: Path, model: type[_Strict]) -> Any:
    return _validate(path, model, _read(path))


_cache: dict[Path, Estate] = {}


def load_estate(root: Path | str | None = None) -> Estate:
    """The estate at ``root`` (default: the configured one), loaded once per process."""
    from nerve.settings import get_settings

    path = Path(root or get_settings().estate_dir).resolve()
    if path not in _cache:
        _cache[path] = Estate.load(path)
    return _cache[path]
