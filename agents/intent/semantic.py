"""Offers ranked by meaning: the embedding model Nerve ships reads a request against each offer.

Each offer is described in plain words generated from its catalog entry (its name, what kind of
thing it is, its category and the facts of its fulfilment), so "make my 5G quicker" finds a speed
add-on that no phrase names. The parser asks only when its phrases find nothing, and takes the
answer only when one offer stands clearly above the rest.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from memory.embeddings import Matrix, get_model
from nerve.estate import Catalog, Offer

MIN_SIMILARITY = 0.45  # below this, the request is about none of the offers
MIN_MARGIN = 0.08  # and the best must stand this far above the next


def describe(offer: Offer, language: dict[str, Any]) -> str:
    """Plain words for what an offer is: "Speed Boost. an add-on to a mobile line. faster data. 5G"."""
    parts = [offer.name, language["describe"][offer.kind]]
    if offer.category:
        parts.append(" ".join([offer.category, *language["categories"].get(offer.category, [])[:4]]))
    network = offer.fulfilment.network or {}
    for key, value in network.items():
        if key == "qos_profile":  # a profile's name says what it does: "qos-5g-boost" → "5g boost"
            parts.append(" ".join(str(value).replace("qos", " ").replace("-", " ").split()) + " speed")
        elif value not in (None, False):
            parts.append(", ".join(language["facts"].get(key, [])[:4]))
    if isinstance(network.get("quota_gb"), int | float):
        parts.append(f"{network['quota_gb']} GB more data")
    if offer.technology:
        parts.append(f"{offer.technology} plan")
    return ". ".join(p for p in parts if p)


@dataclass
class OfferRanker:
    catalog: Catalog
    language: dict[str, Any]
    _vectors: Matrix | None = field(default=None, repr=False)

    def vectors(self) -> Matrix:
        if self._vectors is None:  # built on first use: most requests name their offer in words
            self._vectors = get_model().encode([describe(o, self.language) for o in self.catalog.offers])
        return self._vectors

    def best(self, text: str) -> str | None:
        """The one offer ``text`` means, if one stands clearly above the rest."""
        if len(self.catalog.offers) == 0:
            return None
        scores = self.vectors() @ get_model().encode([text])[0]
        order = np.argsort(-scores)
        top = float(scores[order[0]])
        second = float(scores[order[1]]) if len(order) > 1 else 0.0
        if top >= MIN_SIMILARITY and top - second >= MIN_MARGIN:
            return self.catalog.offers[int(order[0])].id
        return None
