"""Billing scenarios built from an estate's own facts, and the stream's books replayed without Kafka."""

from __future__ import annotations

from typing import Any

from nerve.contracts import Adjustment, Bill, UsageNotification
from nerve.estate import Estate
from nerve.rating import Holding, Rater
from simulators.usage import BillingScenario, batches, plan_usage
from streams.billing import read_usage
from streams.ledger import Books

T0 = 1_700_000_000.0


def probe_scenario(estate: Estate, duration_s: float = 140, seed: int = 5) -> BillingScenario:
    """Every event kind, on subscribers chosen by what they hold: a pass holder and a traveller
    who buys one, a heavy user on a finite plan who buys a pack, a zero-rated streamer, premium and
    international calls, and a mediation outage over the first period boundary."""
    rater = Rater(estate)
    active = [s for s in estate.subscribers if s.status == "active"]
    offers = estate.catalog.by_id
    zones = estate.catalog.roaming_zones

    def pass_of(s: Any) -> str | None:
        return next((z for o in s.services if (z := rater.pass_zone(offers[o])) is not None), None)

    def finite(s: Any) -> bool:
        data = (offers[s.plan].allowance or {}).get("data_gb")
        return isinstance(data, int | float) and not any(rater.zero_rated(offers[o]) for o in s.services)

    holder = next(s for s in active if pass_of(s))
    traveller = next(s for s in active if not pass_of(s) and s is not holder)
    zone = next(iter(zones))
    new_pass = next(o.id for o in estate.catalog.offers if rater.pass_zone(o) == zone)
    heavy = next(s for s in active if finite(s) and s not in (holder, traveller))
    allowance = float((offers[heavy.plan].allowance or {})["data_gb"])
    pack = next((o.id for o in estate.catalog.offers if (o.fulfilment.network or {}).get("quota_gb")), None)
    streamer = next(s for s in active if any(rater.zero_rated(offers[o]) for o in s.services))
    category = next(iter(next(rater.zero_rated(offers[o]) for o in streamer.services if rater.zero_rated(offers[o]))))
    assert estate.rating is not None
    premium = estate.rating.premium.ranges[0].prefix
    caller = next(s for s in active if s not in (holder, traveller, heavy, streamer))
    site = estate.topology.cell[heavy.home_cell].site
    events: list[dict[str, Any]] = [
        {"at_s": 3, "kind": "roam", "subscriber": holder.id, "country": zones[str(pass_of(holder))][0], "until_s": 100},
        {"at_s": 3, "kind": "roam", "subscriber": traveller.id, "country": zones[zone][-1], "until_s": 110},
        {"at_s": 25, "kind": "purchase", "subscriber": traveller.id, "offer": new_pass},
        {"at_s": 10, "kind": "heavy_data", "subscriber": heavy.id, "gb": allowance * 0.9, "app_category": "other"},
        {"at_s": 40, "kind": "heavy_data", "subscriber": heavy.id, "gb": allowance * 0.5, "app_category": "web"},
        {"at_s": 10, "kind": "heavy_data", "subscriber": streamer.id, "gb": 80, "app_category": category},
        {"at_s": 15, "kind": "premium_calls", "subscriber": caller.id, "number": f"{premium}5550123", "minutes": 9},
        {"at_s": 65, "kind": "intl_calls", "subscriber": caller.id, "country": zones[zone][0], "minutes": 30},
        {"at_s": 52, "kind": "outage_of_mediation", "site": site, "until_s": 80},
    ]
    if pack is not None:
        events.append({"at_s": 30, "kind": "purchase", "subscriber": heavy.id, "offer": pack})
    return BillingScenario.model_validate(
        {
            "id": f"probe-{estate.catalog.operator.name}",
            "duration_s": duration_s,
            "seed": seed,
            "usage": {"rate_per_s": 2, "late_share": 0.1, "max_delay_s": 10, "duplicate_share": 0.1,
                      "malformed_share": 0.03},
            "events": events,
        }
    )  # fmt: skip


def replay(estate: Estate, scenario: BillingScenario, purchase_delay_s: float = 0.5) -> dict[str, Any]:
    """The scenario's deliveries through ``Books`` in delivery order, as one worker would see them;
    the result document of ``nerve eval billing`` (issued times from the watermark, not the clock)."""
    plan = plan_usage(estate, scenario, T0)
    bought = [(e.subscriber, e.offer, e.at_s + purchase_delay_s) for e in plan.purchases]

    def holding(sub: str) -> Holding:
        s = estate.subscriber[sub]
        return Holding(s.plan, frozenset(s.services), [(o, T0 + c) for who, o, c in bought if who == sub])

    books = Books(estate, T0, holding)
    everyone = [s.id for s in estate.subscribers]
    dead = 0
    for _key, value, _n in batches(plan.deliveries, 3):
        records, rejected = read_usage(estate, T0, value)
        dead += len(rejected)
        books.add(records)
        books.close(books.watermark, everyone)
        books.settle()
    books.close(T0 + scenario.duration_s, everyone)
    books.settle()
    out: dict[str, list[Any]] = {"bills": [], "adjustments": [], "notifications": []}
    for ledger in books.ledgers.values():
        for name, _key, value in ledger.outbox:
            if name.endswith("bills"):
                b = Bill.from_bytes(value)
                out["bills"].append(
                    {"subscriber": b.subscriber, "period": b.period, "version": b.version,
                     "issued_s": round(b.watermark - T0, 3), "lines": {k: float(v) for k, v in b.lines.items()},
                     "records": b.records}
                )  # fmt: skip
            elif name.endswith("adjustments"):
                a = Adjustment.from_bytes(value)
                out["adjustments"].append(
                    {"subscriber": a.subscriber, "period": a.period, "usage_ids": a.usage_ids,
                     "lines": {k: float(v) for k, v in a.lines.items()}}
                )  # fmt: skip
            elif name.endswith("notifications"):
                n = UsageNotification.from_bytes(value)
                out["notifications"].append(
                    {
                        "subscriber": n.subscriber,
                        "period": n.period,
                        "kind": n.kind,
                        "value": float(n.value),
                        "at_s": round(n.at - T0, 3),
                    }
                )
    return {
        "id": scenario.id,
        "records": {"sent": len(plan.deliveries), "distinct": len(plan.records), "malformed": plan.malformed,
                    "dead_lettered": dead},
        "usage": plan.records,
        "purchases": [{"subscriber": s, "offer": o, "completed_s": c} for s, o, c in bought],
        **out,
    }  # fmt: skip
