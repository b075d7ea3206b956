"""The estate loads, validates, and answers topology questions."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from nerve.errors import EstateError
from nerve.estate import Estate
from nerve.settings import REPO_ROOT


def test_demo_estate_is_complete(estate: Estate) -> None:
    t = estate.topology
    assert (len(t.cells), len(t.sites), len(t.transport_links), len(t.core_functions), len(t.partners)) == (
        36,
        12,
        12,
        4,
        4,
    )
    assert len(estate.catalog.offers) == 17 and len(estate.subscribers) == 38
    assert estate.catalog.zone_of("NO") == "eu", "Norway must not be read as YAML false"
    assert estate.catalog.zone_of("jp") == "world" and estate.catalog.zone_of("IE") is None


def test_link_r02_takes_site_r03_with_it(estate: Estate) -> None:
    t = estate.topology
    assert t.sites_behind_link("link-r02") == ["site-r02", "site-r03"]
    assert sorted(t.cells_behind_link("link-r02")) == [
        "cell-r02-a",
        "cell-r02-b",
        "cell-r02-c",
        "cell-r03-a",
        "cell-r03-b",
        "cell-r03-c",
    ]
    assert t.has_backup("link-r02")


def test_link_r03_only_site_r03(estate: Estate) -> None:
    t = estate.topology
    assert t.cells_behind_link("link-r03") == ["cell-r03-a", "cell-r03-b", "cell-r03-c"]
    assert not t.has_backup("link-r03")
    assert t.failure_domain("cell-r03-a") == ["site-r03", "link-r03", "link-r02", "upf-rural-1"]


def test_site_m02(estate: Estate) -> None:
    t = estate.topology
    assert t.cells_of_site("site-m02") == ["cell-m02-a", "cell-m02-b", "cell-m02-c"]
    assert t.failure_domain("site-m02") == ["link-m02", "upf-metro-1"]
    assert t.affected_by("site-m02") == ["site-m02", "cell-m02-a", "cell-m02-b", "cell-m02-c"]
    assert t.neighbours("cell-m02-a") == ["cell-m02-b", "cell-m02-c", "cell-m01-a", "cell-m03-a"]


def test_upf_rural_1(estate: Estate) -> None:
    t = estate.topology
    assert t.upf_of_region("rural") == "upf-rural-1"
    assert t.region_of("upf-rural-1") == "rural"
    affected = t.affected_by("upf-rural-1")
    assert affected[0] == "upf-rural-1" and len(affected) == 13
    assert all(a.startswith("cell-r") for a in affected[1:])


def test_broken_estate_names_file_path_and_reason(tmp_path: Path) -> None:
    broken = tmp_path / "estate"
    shutil.copytree(REPO_ROOT / "estate", broken)
    topo = broken / "topology.yaml"
    topo.write_text(topo.read_text().replace("battery_minutes: 90", "battery_minutes: lots"))
    with pytest.raises(EstateError) as err:
        Estate.load(broken)
    assert err.value.file == "topology.yaml"
    assert err.value.path == "sites.10.battery_minutes"
    assert "number" in err.value.reason


def test_dangling_reference_is_reported(tmp_path: Path) -> None:
    broken = tmp_path / "estate"
    shutil.copytree(REPO_ROOT / "estate", broken)
    subs = broken / "subscribers.yaml"
    subs.write_text(subs.read_text().replace("home_cell: cell-m01-a", "home_cell: cell-x99", 1))
    with pytest.raises(EstateError, match=r"subscribers.yaml: subscribers.0.home_cell: unknown cell"):
        Estate.load(broken)
