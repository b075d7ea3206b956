"""An approval card's live KPIs: each entity's latest values against its own estate's levels, on every
operator's estate (no broker: samples are folded into the feed directly)."""

from __future__ import annotations

from pathlib import Path

import pytest

from api.feed import Feed
from api.routers.kpis import latest_readings
from nerve.bus import Bus
from nerve.contracts import SAMPLE_MODELS, TelemetryBatch, kpi_names
from nerve.estate import Estate, Kpi
from nerve.settings import Settings
from tests.support.estates import estate_params


def sample(estate: Estate, entity: str, at: float, value_of: dict[str, float]) -> TelemetryBatch:
    kind = estate.topology.kind_of[entity]
    model = SAMPLE_MODELS[kind]
    return TelemetryBatch(source=entity, sent_at=at, samples=[model(entity=entity, ts=at, **value_of)])


def past_critical(spec: Kpi, technology: str | None) -> float | None:
    edge = spec.threshold("critical", technology)
    if edge is None or spec.direction == "none":
        return None
    return edge - 1 if spec.direction == "higher_better" else edge + 1


@pytest.mark.parametrize("folder", estate_params())
def test_latest_kpis_stand_against_the_estates_own_levels(folder: Path) -> None:
    estate = Estate.load(folder)
    feed = Feed(Bus(Settings()))
    for entity in (estate.topology.cells[0].id, estate.topology.regions[0].upf):
        kind = estate.topology.kind_of[entity]
        technology = estate.topology.cell[entity].technology if kind == "cell" else None
        table = estate.kpis[kind]
        normal = {k: sum(table[k].normal_range(technology)) / 2 if k in table else 0.0 for k in kpi_names(kind)}
        feed.apply(sample(estate, entity, 1.0, normal))
        readings = latest_readings(estate, feed, entity)
        assert {r.kpi for r in readings} == set(table) & set(kpi_names(kind))
        assert all(r.level == "ok" for r in readings), readings
        assert {r.kpi: r.unit for r in readings} == {k: table[k].unit for k in (r.kpi for r in readings)}
        broken = {k: v for k in table if (v := past_critical(table[k], technology)) is not None and k in normal}
        feed.apply(sample(estate, entity, 2.0, {**normal, **broken}))
        levels = {r.kpi: r.level for r in latest_readings(estate, feed, entity)}
        assert broken and all(levels[k] == "critical" for k in broken), levels
    assert latest_readings(estate, feed, estate.topology.cells[-1].id) == [], "a cell that has not reported has none"
