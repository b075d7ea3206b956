"""Rating one usage record under rating.yaml, given what the subscriber holds at its event time.

A record adds to at most one money line (roaming, international or premium) and may count bytes
against the allowance; the data line and the bill are worked out per period from the sums
(``streams.ledger``), so the order in which records arrive never changes a total. It sits under
every layer because the billing worker rates with it and the subscriber-intent agent names the
records behind a bill line with it: one rater.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

import msgspec
import phonenumbers

from nerve.estate import Estate, Offer
from nerve.usage_decode import Usage

MB = Decimal(1_000_000)
MINUTE = Decimal(60)
OTHER_ZONE = "other"


_REGIONS = phonenumbers.COUNTRY_CODE_TO_REGION_CODE


def calling_code(number: str) -> int:
    """The country calling code of an E.164 number (0 if it has none): codes are prefix-free, so at
    most one of its first one to three digits is one."""
    for n in (1, 2, 3):
        if int(number[1 : 1 + n]) in _REGIONS:
            return int(number[1 : 1 + n])
    return 0


@lru_cache(maxsize=65536)
def number_country(number: str) -> tuple[int, str | None]:
    """A number's country calling code and ISO country (None for non-geographic codes such as +881)."""
    code = calling_code(number)
    regions = _REGIONS.get(code, ())
    if len(regions) == 1 and regions[0] != phonenumbers.REGION_CODE_FOR_NON_GEO_ENTITY:
        return code, regions[0]  # what parsing says of a code of one country, at a fraction of its cost
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return 0, None
    code = parsed.country_code or 0
    region = phonenumbers.region_code_for_number(parsed) or phonenumbers.region_code_for_country_code(code)
    return code, region if region and region != phonenumbers.UNKNOWN_REGION else None


@dataclass
class Holding:
    """What a subscriber holds: the plan and services it started with, and what it bought since
    (offer, epoch of the charge) as the billing system reports it on ``bss.subscriber.state``."""

    plan: str
    services: frozenset[str]
    bought: list[tuple[str, float]] = field(default_factory=list)
    held: frozenset[str] = field(init=False)  # every offer it has or had: plan, services, bought

    def __post_init__(self) -> None:
        self.held = frozenset({self.plan, *self.services, *(o for o, _ in self.bought)})

    def active(self, offer: str, at: float) -> bool:
        if offer == self.plan or offer in self.services:
            return True
        return any(o == offer and since <= at for o, since in self.bought)

    def offers(self) -> frozenset[str]:
        return self.held

    def since(self, offer: str) -> float:
        """When the offer became active: always for the start's, else its first charge."""
        if offer == self.plan or offer in self.services:
            return ALWAYS
        return min((at for o, at in self.bought if o == offer), default=float("inf"))


class Rated(msgspec.Struct, frozen=True, gc=False):  # one is made per record: a NamedTuple cost 4 times more
    line: str | None  # the money line it adds to, if any
    amount: Decimal
    counted_bytes: int  # bytes counted against the allowance


ZERO = Decimal(0)
FREE = Rated(None, ZERO, 0)
ALWAYS = float("-inf")


class Rater:
    """Per-record rating for one estate."""

    def __init__(self, estate: Estate) -> None:
        if estate.rating is None:
            raise ValueError(f"the estate at {estate.root} has no rating.yaml")
        self.estate = estate
        self.rating = estate.rating
        self.offers = estate.catalog.by_id
        # Codes are prefix-free: a number starts with the home code's digits exactly when it has that code.
        self.home_prefix = f"+{phonenumbers.country_code_for_region(estate.catalog.operator.home_country)}"
        self.zone_of = {c.upper(): z for z, cs in estate.catalog.roaming_zones.items() for c in cs}
        # Per offer, worked out once: the categories it zero-rates, the zone it is a pass for.
        self.categories = {o.id: self.zero_rated(o) for o in estate.catalog.offers}
        self.pass_zones = {o.id: z for o in estate.catalog.offers if (z := self.pass_zone(o)) is not None}
        self._since: dict[int, tuple[Holding, dict[str, float], dict[str, float]]] = {}
        self._last: tuple[Holding | None, dict[str, float], dict[str, float]] = (None, {}, {})

    def zone(self, country: str | None) -> str:
        return self.zone_of.get(country.upper(), OTHER_ZONE) if country else OTHER_ZONE

    def zero_rated(self, offer: Offer) -> set[str]:
        value = (offer.fulfilment.network or {}).get("zero_rating")
        return set(value) if isinstance(value, list) else {value} if isinstance(value, str) else set()

    def pass_zone(self, offer: Offer) -> str | None:
        if offer.kind != "roaming":
            return None
        return offer.zone or (offer.fulfilment.network or {}).get("roaming_zone")

    def _sinces(self, holding: Holding) -> tuple[dict[str, float], dict[str, float]]:
        """Since when the holding zero-rates each category and covers each zone (asked for every
        record: worked out once per holding, and a purchase makes a new holding; records come in runs
        of one subscriber, so the last holding is asked again most often)."""
        if self._last[0] is holding:
            return self._last[1], self._last[2]
        cached = self._since.get(id(holding))
        if cached is None or cached[0] is not holding:
            zero: dict[str, float] = {}
            zones: dict[str, float] = {}
            for offer in holding.offers():
                since = holding.since(offer)
                for category in self.categories.get(offer, ()):
                    zero[category] = min(zero.get(category, since), since)
                if (zone := self.pass_zones.get(offer)) is not None:
                    zones[zone] = min(zones.get(zone, since), since)
            cached = self._since[id(holding)] = (holding, zero, zones)
        self._last = cached
        return cached[1], cached[2]

    def rate(self, record: Usage, holding: Holding) -> Rated:
        at = record.at
        zero, zones = self._sinces(holding)
        country = record.roaming_country
        if country is not None:
            zone = self.zone(country)
            since = zones.get(zone)
            covered = since is not None and since <= at
        if record.type == "data":
            if country is not None and not covered:
                rate = self.rating.roaming_without_pass[zone].data_per_mb
                return Rated("roaming", Decimal(record.bytes or 0) / MB * rate, 0)
            since = zero.get(record.app_category or "")
            if since is not None and since <= at:
                return FREE
            return Rated(None, ZERO, record.bytes or 0)
        if record.direction != "out":
            return FREE
        other = record.other_party or ""
        if record.type == "voice":
            minutes = Decimal(record.duration_s or 0) / MINUTE
            premium = self.rating.premium_range(other)
            if premium is not None:
                return Rated("premium", minutes * premium.voice_per_min, 0)
            if country is not None:
                if covered:
                    return FREE
                return Rated("roaming", minutes * self.rating.roaming_without_pass[zone].voice_per_min, 0)
            if other.startswith(self.home_prefix):
                return FREE
            _code, called = number_country(other)
            return Rated("international", minutes * self.rating.international[self.zone(called)].voice_per_min, 0)
        if country is not None:
            return FREE if covered else Rated("roaming", self.rating.roaming_without_pass[zone].sms, 0)
        if other.startswith(self.home_prefix):
            return FREE
        _code, called = number_country(other)
        return Rated("international", self.rating.international[self.zone(called)].sms, 0)


class Charges:
    """A period's recurring and one-off charges and its data allowance, from what the subscriber holds."""

    def __init__(self, estate: Estate) -> None:
        self.offers = estate.catalog.by_id

    def _price(self, offer: str) -> Decimal:
        return self.offers[offer].price.amount if offer in self.offers else Decimal(0)

    def _monthly(self, offer: str) -> bool:
        return offer in self.offers and self.offers[offer].recurring

    def recurring(self, holding: Holding, end: float) -> Decimal:
        """The plan's and every monthly service's price, once, if held at any time in the period."""
        held = {holding.plan, *holding.services} | {o for o, at in holding.bought if at < end}
        return sum((self._price(o) for o in held if self._monthly(o)), Decimal(0))

    def one_off(self, holding: Holding, start: float, end: float) -> Decimal:
        bought = [o for o, at in holding.bought if start <= at < end and not self._monthly(o)]
        return sum((self._price(o) for o in bought), Decimal(0))

    def _quota(self, offer: str) -> Decimal:
        value = (self.offers[offer].fulfilment.network or {}).get("quota_gb") if offer in self.offers else None
        return Decimal(str(value)) if isinstance(value, int | float) else Decimal(0)

    def allowance_gb(self, holding: Holding, period: int, start: float, end: float) -> Decimal | None:
        """Plan data plus packs bought in the period (and packs held at the start, in period 0); None: unlimited."""
        plan = self.offers.get(holding.plan)
        data = (plan.allowance or {}).get("data_gb") if plan else None
        if data == "unlimited":
            return None
        total = Decimal(str(data)) if isinstance(data, int | float) else Decimal(0)
        total += sum((self._quota(o) for o, at in holding.bought if start <= at < end), Decimal(0))
        if period == 0:
            total += sum((self._quota(o) for o in holding.services), Decimal(0))
        return total
