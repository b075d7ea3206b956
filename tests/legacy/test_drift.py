"""The drift watcher's judgement, on its own clock (no broker): when two views of a subscriber raise
an anomaly, when they do not, and when it ends; on every estate. ``test_bridge.py`` runs the watcher
on the real stack."""

from __future__ import annotations

from pathlib import Path

import pytest

from nerve.contracts import RowChange
from nerve.estate import Estate
from nerve.provisioning import network_seed
from streams.drift import DriftWatch
from tests.legacy.conftest import with_migration
from tests.support.estates import estate_params

AFTER_S = 30.0


def routed(region: str, side: str) -> str:
    return (
        f"inventory:\n  default: nerve\n  rules:\n    - {{region: {region}, side: {side}}}\ndrift_after_s: {AFTER_S}\n"
    )


def watch_of(estate: Estate) -> DriftWatch:
    """A watcher that has read the legacy inventory as it was seeded: the estate file's."""
    watch = DriftWatch(estate)
    for sub in estate.subscribers:
        seed = network_seed(sub, estate.catalog)
        for offer, kind in [(seed.plan, "plan"), *((s, "service") for s in seed.services)]:
            watch.row(RowChange(op="r", after={"subscriber": sub.id, "offer": offer, "kind": kind}))
    return watch


def extra_service(estate: Estate, region: str) -> tuple[str, str]:
    """A subscriber of ``region`` and an add-on they do not hold."""
    sub = next(s for s in estate.subscribers if s.region == region)
    offer = next(o.id for o in estate.catalog.offers if o.kind == "addon" and o.id not in sub.services)
    return sub.id, offer


@pytest.mark.parametrize("estate_path", estate_params())
def test_a_difference_longer_than_the_threshold_raises_once_and_abates_once(estate_path: Path, tmp_path: Path) -> None:
    region = Estate.load(estate_path).topology.regions[0].id
    estate = with_migration(estate_path, tmp_path / "estate", routed(region, "legacy"))
    watch = watch_of(estate)
    sub, offer = extra_service(estate, region)
    assert watch.judge(0.0) == []  # the seeded inventory and the estate agree
    row = {"subscriber": sub, "offer": offer, "kind": "service"}
    watch.row(RowChange(op="c", after=row))
    assert watch.judge(1.0) == []  # differing since 1.0
    assert watch.judge(1.0 + AFTER_S - 0.5) == []
    (onset,) = watch.judge(1.0 + AFTER_S)
    assert (onset.event, onset.entity, onset.detector, onset.at) == ("ONSET", sub, "drift", 1.0)
    assert offer in (onset.probable_cause or "")
    assert watch.judge(2.0 + AFTER_S) == []  # once
    watch.row(RowChange(op="d", before=row))
    (abated,) = watch.judge(3.0 + AFTER_S)
    assert (abated.event, abated.anomaly_id) == ("ABATED", onset.anomaly_id)
    assert watch.judge(4.0 + AFTER_S) == []


@pytest.mark.parametrize("estate_path", estate_params())
def test_a_difference_shorter_than_the_threshold_or_where_nerve_keeps_the_inventory_raises_nothing(
    estate_path: Path, tmp_path: Path
) -> None:
    region = Estate.load(estate_path).topology.regions[0].id
    for side, lasts in (("legacy", AFTER_S - 1), ("nerve", 10 * AFTER_S)):
        estate = with_migration(estate_path, tmp_path / side, routed(region, side))
        watch = watch_of(estate)
        sub, offer = extra_service(estate, region)
        row = {"subscriber": sub, "offer": offer, "kind": "service"}
        watch.row(RowChange(op="c", after=row))  # e.g. an order's inventory, its state not yet published
        assert watch.judge(0.0) == [] and watch.judge(lasts) == [], side
        watch.row(RowChange(op="d", before=row))
        assert watch.judge(lasts + 1) == [], side
        assert watch.since == {}
