"""The operators the network side is tested on: the reference, Lumen, Fjord, and one made up here.

The made-up one is the reference network with every id and region renamed into formats none of
the others use (no separator, underscores, dots, upper case), and one chained site moved over a
region border, so that a test on it fails wherever code expects an id to look a certain way or a
chain of sites to stay inside one region.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from _pytest.mark import ParameterSet

from nerve.estate import Estate, Kpi, Subscriber, Topology
from nerve.settings import REPO_ROOT
from tests.support.estates import ESTATES, SHARED, estate_dir

# Each operator's fault scenarios (EVALS.md §2), beside its estate.
SCENARIOS = {
    "lumen": SHARED / "evals" / "lumen" / "scenarios",
    "fjord": REPO_ROOT / "evals" / "estates" / "fjord" / "scenarios",
}
NOC_QUESTIONS = REPO_ROOT / "evals" / "noc"


def operator_param(name: str, *values: object, marks: tuple[pytest.MarkDecorator, ...] = ()) -> ParameterSet:
    """A pytest param (the operator's estate folder, then ``values``); skipped where the estate is missing."""
    folder = estate_dir(name)
    skip = () if folder else (pytest.mark.skip(reason=f"the {name} estate is not on this machine"),)
    return pytest.param(folder or Path(), *values, id=name, marks=(*marks, *skip))


RENAMED_REGIONS = ("Highlands", "Lowlands", "Islands", "Coast")


def renamed(estate: Estate) -> Estate:
    """``estate`` with new ids for every region, router, core function, link, site, cell and partner."""
    topo = estate.topology
    new: dict[str, str] = {}
    new.update({r.id: RENAMED_REGIONS[i] for i, r in enumerate(topo.regions)})
    new.update({x.id: f"AGG{i + 1}" for i, x in enumerate(topo.aggregation_routers)})
    new.update({x.id: f"NF_{x.type}_{i + 1}" for i, x in enumerate(topo.core_functions)})
    new.update({x.id: f"tx.{i + 1}" for i, x in enumerate(topo.transport_links)})
    new.update({x.id: f"BS_{i + 1:03d}" for i, x in enumerate(topo.sites)})
    new.update({x.id: f"C{i + 1:04d}" for i, x in enumerate(topo.cells)})
    new.update({x.id: f"Ext{i + 1}" for i, x in enumerate(topo.partners)})

    def swap(value: Any) -> Any:
        if isinstance(value, str):
            return new.get(value, value)
        if isinstance(value, list):
            return [swap(v) for v in value]
        if isinstance(value, dict):
            return {k: swap(v) for k, v in value.items()}
        return value

    raw = swap(topo.model_dump())
    # One chained site moves to another region than the site it hangs off: a microwave hop over a border.
    sites = {s["id"]: s for s in raw["sites"]}
    links = {x["id"]: x for x in raw["transport_links"]}
    chained = next(s for s in raw["sites"] if links[s["uplinks"][0]]["z_end"] in sites)
    upstream = sites[links[chained["uplinks"][0]]["z_end"]]
    chained["region"] = next(r["id"] for r in raw["regions"] if r["id"] != upstream["region"])
    topology = Topology.model_validate(raw)
    subscribers = [Subscriber.model_validate(swap(s.model_dump())) for s in estate.subscribers]
    fresh = Estate.load(estate.root)  # a fresh copy: the cached lookups of the original must not carry over
    return fresh.model_copy(update={"topology": topology, "subscribers": subscribers})


def retuned(estate: Estate) -> Estate:
    """``estate`` with a more tolerant KPI table: alarms later on loads, delays and success rates, so
    that a fault whose level was written for another operator's table would not breach this one."""

    def move(value: Any, field: str, kpi: str, direction: str, unit: str) -> Any:
        if isinstance(value, dict):
            return {k: move(v, field, kpi, direction, unit) for k, v in value.items()}
        if value is None or unit == "bool" or direction == "none" or kpi == "battery_pct":
            return value  # (a battery's charge is a level the twin drains, not a service measure)
        if direction == "lower_better":
            raised = value * (1.3 if field == "warn" else 1.6)
            return min(raised, 99.0 if field == "warn" else 99.5) if unit == "%" else raised
        return 100 - (100 - value) * 1.6 if unit == "%" else value * 0.45

    kpis = {
        kind: {
            name: Kpi.model_validate(
                {
                    **k.model_dump(),
                    **{f: move(getattr(k, f), f, name, k.direction, k.unit) for f in ("warn", "critical")},
                }
            )
            for name, k in table.items()
        }
        for kind, table in estate.kpis.items()
    }
    return Estate.load(estate.root).model_copy(update={"kpis": kpis})


def every_estate() -> dict[str, Estate]:
    """The operators' estates on this machine, the renamed reference and the retuned one."""
    found = {name: Estate.load(folder) for name in ESTATES if (folder := estate_dir(name)) is not None}
    found["renamed"] = renamed(found["reference"])
    found["retuned"] = retuned(found["reference"])
    return found
