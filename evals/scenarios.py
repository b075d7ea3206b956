"""`nerve eval scenarios`: fault scenarios against the whole running stack (EVALS.md §2).

Per scenario, on a fresh topic prefix and runtime directory: a stream worker (subprocess
``nerve streams worker``), the remediation loop (in-process, default guard policy, medium risk
approved by policy, high risk left waiting for a person), and a fresh twin playing the scenario
(``simulators.scenario.run_scenario``: only the faults, and the maintenance windows on the
calendar). Afterwards everything Nerve did is read back from Kafka and written as the timeline.
This module does not score: scoring reads ``expect`` and lives with the tests.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import shutil
import sys
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from agents.remediation.loop import RemediationLoop
from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import Anomaly, Command, CommandResult, Incident, RemediationPayload
from nerve.estate import Estate, load_estate
from nerve.kafka_auth import Principal
from nerve.settings import Settings
from simulators.scenario import Scenario, ScenarioTruth, load_scenarios, run_scenario

log = logging.getLogger(__name__)

WARMUP_S = 25.0  # the stream layer learns its baselines (20 samples) before t0
SETTLE_S = 2.0  # after the end, let the last results and incident updates land


def _nerve_command() -> list[str]:
    script = Path(sys.executable).with_name("nerve")
    if script.exists():
        return [str(script)]
    found = shutil.which("nerve")
    if found is None:
        raise FileNotFoundError("the `nerve` command is not installed next to this Python")
    return [found]


@contextlib.asynccontextmanager
async def stream_worker(
    settings: Settings, log_path: Path, command: tuple[str, ...] = ("streams", "worker")
) -> AsyncIterator[asyncio.subprocess.Process]:
    """``nerve streams worker`` (or another ``command``) as a subprocess on this run's prefix and
    estate; SIGTERM on exit."""
    # `nerve --estate DIR` and tests set the estate in-process only: the worker must load the same one.
    env = {**os.environ, **settings.run_env()}
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("wb") as out:
        proc = await asyncio.create_subprocess_exec(*_nerve_command(), *command, env=env, stdout=out, stderr=out)
        try:
            yield proc
        finally:
            if proc.returncode is None:
                proc.terminate()
                try:
                    await asyncio.wait_for(proc.wait(), 15)
                except TimeoutError:
                    proc.kill()
                    await proc.wait()


async def run_one(
    base: Settings, scenario: Scenario, estate: Estate, *, warmup_s: float = WARMUP_S, keep_topics: bool = False
) -> dict[str, Any]:
    run_id = uuid.uuid4().hex[:6]
    settings = base.model_copy(
        update={
            "topic_prefix": f"{base.topic_prefix}eval-{scenario.id}-{run_id}.",
            "home": base.home / "evals" / f"{scenario.id}-{run_id}",
            "auto_approve_medium": True,
        }
    )
    settings.home.mkdir(parents=True, exist_ok=True)
    await t.ensure_topics(settings)
    loop = RemediationLoop(settings, estate=estate)
    async with stream_worker(settings, settings.home / "streams.log"):
        await loop.start()
        try:
            truth = await run_scenario(settings, scenario, warmup_s=warmup_s, estate=estate)
            await asyncio.sleep(SETTLE_S)
        finally:
            await loop.stop()
    async with Bus(settings, client_id="eval-scenarios", principal=Principal.EVALS) as bus:
        doc = await timeline(bus, truth)
    if not keep_topics:
        await t.discard_prefixed(settings)
    return doc


async def timeline(bus: Bus, truth: ScenarioTruth) -> dict[str, Any]:
    """The scenario's timeline: the twin's ground truth and what Nerve did, in seconds from t0.

    Like the ground truth, it ends with the scenario: what happens while the stack winds down (an
    incident opening as a maintenance window closes with the scenario) is not part of it.
    """
    t0 = truth.start_epoch
    end = t0 + truth.duration_s

    def rel(x: float | None) -> float | None:
        return None if x is None or x >= end else round(x - t0, 3)

    anomalies = [r.value for r in await bus.snapshot(t.ANOMALIES) if isinstance(r.value, Anomaly)]
    incidents: dict[str, list[Incident]] = {}
    for r in await bus.snapshot(t.INCIDENTS):
        if isinstance(r.value, Incident):
            incidents.setdefault(r.value.incident_id, []).append(r.value)
    commands = [r.value for r in await bus.snapshot(t.OPS_COMMANDS) if isinstance(r.value, Command)]
    results = {
        r.value.command_id: r.value for r in await bus.snapshot(t.COMMAND_RESULTS) if isinstance(r.value, CommandResult)
    }

    onsets = [a for a in anomalies if a.event == "ONSET" and t0 <= (a.detected_at or a.at) < end]
    out_incidents = []
    for incident_id, versions in incidents.items():
        first, last = versions[0], versions[-1]
        if not t0 <= first.opened_at < end:
            continue  # opened during warm-up, or after the scenario
        closed = next((v.closed_at or v.updated_at for v in versions if v.state == "closed"), None)
        entities = list(dict.fromkeys(e for v in versions for e in v.entities))
        out_incidents.append(
            {
                "id": incident_id,
                "root_cause": last.root_cause,
                "entities": entities,
                "opened_s": rel(first.opened_at),
                "closed_s": rel(closed),
            }
        )
    actions = []
    for cmd in sorted(commands, key=lambda c: c.issued_at):
        if not isinstance(cmd.payload, RemediationPayload) or not t0 <= cmd.issued_at < end:
            continue
        result = results.get(cmd.command_id)
        approver = cmd.approval.approved_by if cmd.approval else cmd.issued_by
        actions.append(
            {
                "kind": cmd.payload.action,
                "target": cmd.target,
                "at_s": rel(cmd.issued_at),
                "incident": cmd.correlation_id,
                "approved_by": "policy" if approver.kind == "policy" else approver.id,
                "outcome": result.status if result else "no_result",
            }
        )
    return {
        "id": truth.scenario,
        "faults": [f.model_dump() for f in truth.faults],
        "anomalies": [
            {
                "entity": a.entity,
                "kpi": a.kpi,
                "at_s": rel(a.detected_at or a.at),
                "severity": a.severity,
                "predicted": a.predicted,
            }
            for a in sorted(onsets, key=lambda a: a.detected_at or a.at)
        ],
        "incidents": sorted(out_incidents, key=lambda i: i["opened_s"] or 0.0),
        "actions": actions,
    }


async def run_scenarios(
    settings: Settings, paths: list[Path], *, parallel: int = 1, warmup_s: float = WARMUP_S, keep_topics: bool = False
) -> dict[str, Any]:
    """Run every scenario of ``paths`` (files or folders), ``parallel`` at a time; the timeline document."""
    estate = load_estate(settings.estate_dir)
    scenarios = load_scenarios(list(paths))
    gate = asyncio.Semaphore(max(1, parallel))

    async def one(scenario: Scenario) -> dict[str, Any]:
        async with gate:
            log.info("scenario %s: starting", scenario.id)
            return await run_one(settings, scenario, estate, warmup_s=warmup_s, keep_topics=keep_topics)

    return {"scenarios": list(await asyncio.gather(*(one(s) for s in scenarios)))}


def measures(scenario: dict[str, Any]) -> dict[str, float | None]:
    """MTTD (fault start → first anomaly or incident on an affected entity) and MTTR (start → cleared)."""
    detect: list[float] = []
    repair: list[float] = []
    for fault in scenario["faults"]:
        affected = set(fault["affected"]) | {fault["target"]}
        seen = [a["at_s"] for a in scenario["anomalies"] if a["entity"] in affected and a["at_s"] >= fault["start_s"]]
        seen += [
            i["opened_s"]
            for i in scenario["incidents"]
            if (set(i["entities"]) | {i["root_cause"]}) & affected and i["opened_s"] >= fault["start_s"]
        ]
        if seen:
            detect.append(min(seen) - fault["start_s"])
        if fault["cleared_s"] is not None and fault["cleared_by"] not in (None, "duration"):
            repair.append(fault["cleared_s"] - fault["start_s"])
    return {
        "mttd_s": round(sum(detect) / len(detect), 2) if detect else None,
        "mttr_s": round(sum(repair) / len(repair), 2) if repair else None,
    }
