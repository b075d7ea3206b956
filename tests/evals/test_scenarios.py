"""`nerve eval scenarios` on the dev scenarios (and our planned-work one), and on the other operators'
scenarios on their own estates: the whole stack, scored here (never by the runner)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from evals.scenarios import measures, run_scenarios, timeline
from nerve.bus import Bus
from nerve.contracts import Command, RemediationPayload
from nerve.settings import Settings
from simulators.scenario import FaultOutcome, ScenarioTruth
from tests.evals.scenario_scoring import expectations, score
from tests.support.estates import SHARED, estate_dir
from tests.support.operators import SCENARIOS

DEV = SHARED / "evals" / "scenarios"
PLANNED_WORK = Path(__file__).resolve().parents[2] / "evals" / "scenarios" / "own-06-maintenance.yaml"


async def test_timeline_reads_back_actions_relative_to_t0(settings: Settings, bus: Bus) -> None:
    from nerve import topics as t
    from nerve.contracts import Actor, Approval, CommandResult, now

    t0 = now() - 30
    cmd = Command(
        command_id="inc-1/1-restart_cell",
        type="remediation.execute",
        target="cell-m01-a",
        payload=RemediationPayload(action="restart_cell", target="cell-m01-a", incident_id="inc-1"),
        issued_by=Actor(kind="agent", id="remediation-loop"),
        correlation_id="inc-1",
        approval=Approval(approved_by=Actor(kind="policy", id="guard"), at=t0 + 12, risk="medium"),
        issued_at=t0 + 12,
    )
    await bus.publish(t.OPS_COMMANDS, cmd, key=cmd.target)
    result = CommandResult(
        command_id=cmd.command_id, type=cmd.type, status="succeeded", correlation_id="inc-1",
        target=cmd.target, system="network", completed_at=t0 + 13,
    )  # fmt: skip
    await bus.publish(t.COMMAND_RESULTS, result, key=cmd.command_id)
    after_the_end = cmd.model_copy(update={"command_id": "inc-1/2-escalate", "issued_at": t0 + 21})
    await bus.publish(t.OPS_COMMANDS, after_the_end, key=cmd.target)
    truth = ScenarioTruth(
        scenario="s",
        start_epoch=t0,
        duration_s=20,
        faults=[FaultOutcome(kind="cell_outage", target="cell-m01-a", start_s=10, impact_s=10,
                             affected=["cell-m01-a"], cleared_s=17, cleared_by="restart_cell")],
    )  # fmt: skip
    doc = await timeline(bus, truth)
    assert doc["actions"] == [
        {"kind": "restart_cell", "target": "cell-m01-a", "at_s": 12.0, "incident": "inc-1",
         "approved_by": "policy", "outcome": "succeeded"}
    ]  # fmt: skip
    assert measures(doc) == {"mttd_s": None, "mttr_s": 7.0}


@pytest.mark.slow
@pytest.mark.eval
async def test_dev_scenarios_and_planned_work_all_pass(settings: Settings, tmp_path: Path) -> None:
    doc = await run_scenarios(settings, [DEV, PLANNED_WORK], parallel=6)
    expected = {**expectations(DEV), **expectations(PLANNED_WORK)}
    (tmp_path / "timeline.json").write_text(json.dumps(doc, indent=1))
    failures = {s["id"]: problems for s in doc["scenarios"] if (problems := score(s, expected[s["id"]]))}
    report = {s["id"]: measures(s) for s in doc["scenarios"]}
    print("MTTD/MTTR per scenario:", report)
    assert len(doc["scenarios"]) == len(expected)
    assert not failures, failures


@pytest.mark.slow
@pytest.mark.eval
async def test_other_operators_scenarios_all_pass_on_their_own_estates(settings: Settings, tmp_path: Path) -> None:
    runs = {name: (folder, estate) for name, folder in SCENARIOS.items() if (estate := estate_dir(name)) is not None}
    if len(runs) < len(SCENARIOS):
        pytest.skip(f"only {sorted(runs)} of {sorted(SCENARIOS)} are on this machine")
    docs = await asyncio.gather(
        *(
            run_scenarios(settings.model_copy(update={"estate_dir": estate}), [folder], parallel=2)
            for folder, estate in runs.values()
        )
    )
    failures: dict[str, list[str]] = {}
    for (name, (folder, _)), doc in zip(runs.items(), docs, strict=True):
        (tmp_path / f"{name}-timeline.json").write_text(json.dumps(doc, indent=1))
        expected = expectations(folder)
        assert len(doc["scenarios"]) == len(expected) >= 2, name
        failures |= {s["id"]: problems for s in doc["scenarios"] if (problems := score(s, expected[s["id"]]))}
        print(f"{name} MTTD/MTTR per scenario:", {s["id"]: measures(s) for s in doc["scenarios"]})
    assert not failures, failures


def test_cli_is_registered() -> None:
    from nerve.cli import app

    result = CliRunner().invoke(app, ["eval", "scenarios", "--help"])
    assert result.exit_code == 0 and "--out" in result.output
