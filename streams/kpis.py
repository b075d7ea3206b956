"""The KPI table of estate/kpis.yaml compiled into arrays, one row per reporting entity.

Thresholds are stored as "badness" (value × direction sign) so that one comparison works for
higher-better and lower-better KPIs alike; missing thresholds are +inf (never breached).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from nerve.contracts.telemetry import kpi_names
from nerve.estate import Estate, Kpi

F64 = npt.NDArray[np.float64]

# Values no real measurement can have, by unit: anything outside is dead-lettered.
VALID_RANGE: dict[str, tuple[float, float]] = {
    "%": (0.0, 100.0),
    "bool": (0.0, 1.0),
    "count": (0.0, math.inf),
    "ms": (0.0, math.inf),
    "Mbps": (0.0, math.inf),
    "dB": (-50.0, 80.0),
}


# The failure domain of what serves every region (partners, shared core functions). Region ids are
# the operator's to choose, so this one is spelt so that no region can be called the same.
GLOBAL_DOMAIN = "*global"


def failure_domain(estate: Estate, entity: str) -> str:
    """The failure domain anomalies of ``entity`` are correlated in: a region, or ``GLOBAL_DOMAIN``.

    A cell, site or link belongs to the region of the site where its path reaches the core: a link
    cut there takes every site chained behind it down, whatever region those sites are in, and the
    correlator must see all of their anomalies together to name the link."""
    topo = estate.topology
    site = topo.cell[entity].site if entity in topo.cell else topo.link[entity].a_end if entity in topo.link else entity
    if site in topo.site:
        path = topo.links_of_site(site)
        return topo.site[topo.link[path[-1]].a_end if path else site].region
    return topo.region_of(entity) or GLOBAL_DOMAIN


def domain_names(estate: Estate) -> list[str]:
    """Every failure domain of the estate: one per region of its topology, and the global one."""
    return sorted({r.id for r in estate.topology.regions} | {GLOBAL_DOMAIN})


@dataclass
class KindSpec:
    """Everything per KPI of one entity kind; per-entity rows where thresholds depend on the entity."""

    kind: str
    names: tuple[str, ...]
    entities: list[str]
    index: dict[str, int]
    sign: F64  # +1 where higher is worse, -1 where lower is worse, 0 for KPIs without direction
    warn: F64  # [entities, kpis] badness thresholds
    crit: F64
    severe: F64  # badness far past critical: an unmistakable failure, no debounce needed
    normal_bad: F64  # [entities, kpis] badness of the best end of the normal range
    valid_lo: F64
    valid_hi: F64
    hard: npt.NDArray[np.bool_]  # availability-class KPIs: a single breaching sample counts
    forecast: npt.NDArray[np.bool_]  # continuous KPIs worth predicting
    sd_floor: F64
    domain: list[str] = field(default_factory=list)


def compile_kind(estate: Estate, kind: str, entities: list[str]) -> KindSpec:
    names = kpi_names(kind)
    table: dict[str, Kpi] = estate.kpis[kind]
    n, k = len(entities), len(names)
    sign = np.zeros(k)
    warn = np.full((n, k), math.inf)
    crit = np.full((n, k), math.inf)
    normal_bad = np.zeros((n, k))
    valid_lo, valid_hi = np.full(k, -math.inf), np.full(k, math.inf)
    hard, forecast, sd_floor = np.zeros(k, bool), np.zeros(k, bool), np.ones(k)
    topo = estate.topology
    for j, name in enumerate(names):
        spec = table[name]
        valid_lo[j], valid_hi[j] = VALID_RANGE.get(spec.unit, (-math.inf, math.inf))
        s = {"lower_better": 1.0, "higher_better": -1.0}.get(spec.direction, 0.0)
        sign[j] = s
        hard[j] = spec.unit == "bool" or name.startswith("availability")
        for i, entity in enumerate(entities):
            tech = topo.cell[entity].technology if kind == "cell" else None
            lo, hi = spec.normal_range(tech) if isinstance(spec.normal, list) or tech else (0.0, 0.0)
            normal_bad[i, j] = min(lo * s, hi * s) if s else 0.0
            c = spec.threshold("critical", tech)
            w = spec.threshold("warn", tech)
            if s and c is not None:
                crit[i, j] = c * s
                warn[i, j] = w * s if w is not None else c * s
        width = [spec.normal_range(t) for t in ((None,) if isinstance(spec.normal, list) else spec.normal)]
        sd_floor[j] = max(0.01, 0.02 * max(hi - lo for lo, hi in width))
        forecast[j] = bool(s) and spec.unit != "bool" and bool(np.isfinite(crit[:, j]).any())
    # "Severe": past critical by at least the warn→critical gap again.
    both = np.isfinite(crit) & np.isfinite(warn)
    gap = np.subtract(crit, warn, out=np.full_like(crit, math.inf), where=both)
    severe = np.where(gap > 0, crit + gap, math.inf)
    spec_out = KindSpec(
        kind,
        names,
        entities,
        {e: i for i, e in enumerate(entities)},
        sign,
        warn,
        crit,
        severe,
        normal_bad,
        valid_lo,
        valid_hi,
        hard,
        forecast,
        sd_floor,
    )
    spec_out.domain = [failure_domain(estate, e) for e in entities]
    return spec_out


def compile_estate(estate: Estate) -> dict[str, KindSpec]:
    by_kind: dict[str, list[str]] = {}
    for entity, kind in estate.topology.reporting_entities():
        by_kind.setdefault(kind, []).append(entity)
    return {kind: compile_kind(estate, kind, ents) for kind, ents in by_kind.items()}
