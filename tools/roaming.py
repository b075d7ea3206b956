"""Roaming: where a destination (a country or a major city) is, and which passes cover it."""

from __future__ import annotations

from pydantic import BaseModel

from agents.intent.lexicon import lexicon_for, longest_matches
from tools.base import ToolContext, ToolResult


class DestinationQuery(BaseModel):
    destination: str  # a country, an ISO code or a city: "Spain", "ES", "New York"


class RoamingZone(BaseModel):
    destination: str
    country: str  # ISO 3166 alpha-2
    zone: str | None  # catalog zone; None when no pass covers the country
    home: bool
    passes: list[str]


async def roaming_zone(ctx: ToolContext, params: DestinationQuery) -> ToolResult[RoamingZone]:
    """Find the roaming zone and passes for a destination (country, ISO code or major city)."""
    catalog = ctx.estate.catalog
    raw = params.destination.strip()
    country = raw.upper() if len(raw) == 2 and raw.isalpha() else None
    if country is None:
        lex = lexicon_for(ctx.estate)
        places = lex.places(raw)
        found = longest_matches(lex.tokens(raw), places)
        country = places[found[0]] if found else None
    if country is None:
        return ToolResult.no_data(f"unknown destination {raw!r}; name the country")
    zone = catalog.zone_of(country)
    passes = [o.id for o in catalog.offers if o.kind == "roaming" and o.zone == zone] if zone else []
    return ToolResult.ok(
        RoamingZone(
            destination=raw,
            country=country,
            zone=zone,
            home=country == catalog.operator.home_country,
            passes=passes,
        )
    )
