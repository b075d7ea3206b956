"""`nerve estate check`: every problem of an estate folder at once, each with its file, path and reason."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nerve.cli import app
from nerve.estate_check import check_estate
from nerve.settings import REPO_ROOT
from tests.support.estates import estate_params


@pytest.mark.parametrize("root", estate_params())
def test_every_estate_checks_clean(root: Path) -> None:
    assert [str(p) for p in check_estate(root)] == []


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1))


@pytest.fixture
def broken(tmp_path: Path) -> Path:
    """The reference estate with one mistake of each kind an operator makes."""
    root = tmp_path / "estate"
    shutil.copytree(REPO_ROOT / "estate", root)
    _edit(root / "topology.yaml", "battery_minutes: 90", "battery_minutes: lots")
    _edit(root / "topology.yaml", "{id: cell-m02-a, site: site-m02", "{id: cell-m02-a, site: site-m99")
    _edit(root / "topology.yaml", "backup_via: microwave-r02", "backup_via: microwave-r01")
    _edit(root / "subscribers.yaml", "home_cell: cell-m01-a", "home_cell: cell-x99")
    _edit(root / "subscribers.yaml", '"+353870001002"', '"0870001002"')
    _edit(root / "subscribers.yaml", "services: [ott-tunewave]", "services: [ott-tunewave, plan-plus-5g]")
    _edit(root / "subscribers.yaml", "id: sub-1003", "id: SUB_1003")
    _edit(root / "subscribers.yaml", "id: sub-1005", "id: sub-1004")
    _edit(root / "catalog.yaml", "currency: EUR", "currency: EUX")
    _edit(root / "catalog.yaml", "home_country: IE", "home_country: FR")
    _edit(root / "catalog.yaml", "LI, NO]", "LI, NO, XX]")
    _edit(root / "catalog.yaml", "partner: partner-tunewave\n", "partner: partner-tunewav\n")
    _edit(root / "faults.yaml", "fixed_by: [restart_cell]", "fixed_by: [restart_cel]")
    (root / "aliases.yaml").write_text(
        "offers:\n  ott-streammax: [films, ' ']\n  ott-nothing: [x]\n  ott-tunewave: {films: 4, music: 12}\n"
    )
    (root / "fraud.yaml").write_text("- not a mapping\n")
    (root / "rating.yaml").write_text("period: [unclosed\n")
    return root


def test_a_broken_estate_reports_every_problem_at_once(broken: Path) -> None:
    found = {str(p) for p in check_estate(broken)}
    expected = {
        "topology.yaml: sites.10.battery_minutes: Input should be a valid number, unable to parse string as a number",
        "topology.yaml: cells.3.site: unknown site 'site-m99'",
        "topology.yaml: transport_links.8.backup_via: unknown aggregation router or site 'microwave-r01'",
        "subscribers.yaml: subscribers.0.home_cell: unknown cell 'cell-x99'",
        "subscribers.yaml: subscribers.0.services: 'plan-plus-5g' is a plan (the plan goes in plan)",
        "subscribers.yaml: subscribers.1.msisdn: '0870001002' is not an E.164 number (+ and 7-15 digits)",
        "subscribers.yaml: subscribers: id 'sub-1004' is used 2 times",
        "subscribers.yaml: subscribers: warning: ids do not share one format ('sub-#' mostly; also SUB_1003)",
        "catalog.yaml: roaming_zones.eu: 'XX' is not an ISO 3166 alpha-2 country code",
        "catalog.yaml: operator.home_country: the home country is in roaming zone 'eu'",
        "catalog.yaml: operator.currency: 'EUX' is not an ISO 4217 currency code",
        "catalog.yaml: offers.9.partner: unknown partner 'partner-tunewav'",
        "faults.yaml: faults.cell_outage.fixed_by: unknown action 'restart_cel'",
        "aliases.yaml: offers.ott-streammax: empty phrase ' '",
        "aliases.yaml: offers.ott-nothing: unknown offer 'ott-nothing'",
        "aliases.yaml: offers.ott-tunewave.music: weight 12.0 is outside (0, 10]",
        "aliases.yaml: offers: 'films' names several offers outright: ott-streammax, ott-tunewave",
        "fraud.yaml: <root>: expected a mapping at the top level",
    }
    assert expected <= found, sorted(expected - found)
    assert any(p.startswith("rating.yaml: <root>: not valid YAML") for p in found)
    # A broken item is reported once: the cells of the broken site are not "unknown site" as well.
    assert not any("'site-r03'" in p for p in found)


def test_every_schema_error_of_a_file_is_listed(tmp_path: Path) -> None:
    root = tmp_path / "estate"
    shutil.copytree(REPO_ROOT / "estate", root)
    _edit(root / "kpis.yaml", "direction: higher_better, normal: [99.9, 100]", "direction: up, normal: [99.9, 100]")
    _edit(root / "kpis.yaml", "unit: ms,    direction: lower_better,  normal: [2, 8]", "normal: [2, 8]")
    _edit(root / "catalog.yaml", "period: monthly}", "period: yearly}")
    _edit(root / "catalog.yaml", "kind: addon", "kind: extra")
    paths = {(p.file, p.path) for p in check_estate(root)}
    assert {
        ("kpis.yaml", "cell.availability_pct.direction"),
        ("kpis.yaml", "transport_link.latency_ms.unit"),
        ("kpis.yaml", "transport_link.latency_ms.direction"),
        ("catalog.yaml", "offers.0.price.period"),
        ("catalog.yaml", "offers.4.kind"),
    } <= paths


def test_a_missing_file_is_named_and_nothing_is_blamed_on_it(tmp_path: Path) -> None:
    root = tmp_path / "estate"
    shutil.copytree(REPO_ROOT / "estate", root)
    (root / "topology.yaml").unlink()
    assert [str(p) for p in check_estate(root)] == [f"topology.yaml: <root>: missing file in {root}"]


def test_the_command_prints_each_problem_and_fails(broken: Path) -> None:
    result = CliRunner().invoke(app, ["estate", "check", str(broken)])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert "catalog.yaml: operator.currency: 'EUX' is not an ISO 4217 currency code" in lines
    assert lines[-1].endswith(f"problems to fix in {broken}")


def test_the_command_summarises_a_clean_estate() -> None:
    result = CliRunner().invoke(app, ["estate", "check", str(REPO_ROOT / "estate")])
    assert result.exit_code == 0, result.output
    assert "offers" in result.output and "cells" in result.output
    plain = CliRunner().invoke(app, ["--estate", str(REPO_ROOT / "estate"), "estate"])
    assert plain.exit_code == 0, plain.output
