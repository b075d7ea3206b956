"""Catalog reads: find offers by name, synonym or category, and read one offer's details."""

from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel

from agents.intent.lexicon import lexicon_for, longest_matches
from nerve.estate import Offer
from tools.base import ToolContext, ToolResult


class CatalogSearch(BaseModel):
    query: str = ""  # words as a subscriber would say them: "music", "stream max", "roaming week"
    kind: str | None = None  # plan | addon | ott | roaming | slice
    category: str | None = None  # video | music | cloud | gaming


class OfferQuery(BaseModel):
    offer: str


class OfferSummary(BaseModel):
    id: str
    name: str
    kind: str
    category: str | None
    amount: Decimal
    currency: str
    period: str
    segments: list[str]


class OfferDetails(OfferSummary):
    eligibility: dict[str, object]
    compliance: dict[str, object]
    excludes: list[str]
    fulfilment: dict[str, object]
    zone: str | None


def summary(offer: Offer, currency: str) -> OfferSummary:
    return OfferSummary(
        id=offer.id,
        name=offer.name,
        kind=offer.kind,
        category=offer.category,
        amount=offer.price.amount,
        currency=currency,
        period=offer.price.period,
        segments=list(offer.eligibility.segments),
    )


async def search_catalog(ctx: ToolContext, params: CatalogSearch) -> ToolResult[list[OfferSummary]]:
    """Search the catalog by name, synonym ("tunes", "stream max"), category or kind; best match first.
    An empty query lists every offer of the kind/category given."""
    catalog = ctx.estate.catalog
    lex = lexicon_for(ctx.estate)
    scores: dict[str, float] = {}
    for phrase in longest_matches(lex.tokens(params.query), lex.offer_phrases):
        for offer, weight in lex.offer_phrases[phrase].items():
            scores[offer] = scores.get(offer, 0.0) + weight
    candidates = [
        o
        for o in catalog.offers
        if (params.kind is None or o.kind == params.kind)
        and (params.category is None or o.category == params.category)
        and (not params.query.strip() or scores.get(o.id, 0.0) > 0)
    ]
    if not candidates:
        return ToolResult.no_data(f"no offer matches {params.query!r}")
    candidates.sort(key=lambda o: -scores.get(o.id, 0.0))
    return ToolResult.ok([summary(o, catalog.operator.currency) for o in candidates])


async def get_offer(ctx: ToolContext, params: OfferQuery) -> ToolResult[OfferDetails]:
    """Read one offer: price (the only price Nerve charges), who may buy it, compliance and fulfilment."""
    catalog = ctx.estate.catalog
    offer = catalog.by_id.get(params.offer)
    if offer is None:
        return ToolResult.no_data(f"no offer {params.offer!r} in the catalog; search_catalog finds ids")
    return ToolResult.ok(
        OfferDetails(
            **summary(offer, catalog.operator.currency).model_dump(),
            eligibility=offer.eligibility.model_dump(exclude_none=True),
            compliance=offer.compliance.model_dump(exclude_none=True),
            excludes=list(offer.excludes),
            fulfilment=offer.fulfilment.model_dump(exclude_none=True),
            zone=offer.zone,
        )
    )
