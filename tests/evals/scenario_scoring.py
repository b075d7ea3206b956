"""Scoring a scenario timeline against its ``expect`` block (EVALS.md §2). Test-side only: the
runner never reads ``expect``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from nerve.estate import load_yaml


def expectations(path: Path) -> dict[str, dict[str, Any]]:
    """Scenario id → its expect block, for every scenario file of ``path`` (file or folder)."""
    files = sorted(path.glob("*.yaml")) if path.is_dir() else [path]
    out = {}
    for f in files:
        doc = load_yaml(f.read_text())
        out[doc["id"]] = doc.get("expect", {})
    return out


def score(scenario: dict[str, Any], expect: dict[str, Any]) -> list[str]:
    """The reasons the scenario fails (empty: it passes)."""
    problems: list[str] = []
    faults, actions, incidents = scenario["faults"], scenario["actions"], scenario["incidents"]
    for exp in expect.get("incidents", []):
        root = exp["root_cause"]
        fault = next((f for f in faults if f["target"] == root), None) or (faults[0] if faults else None)
        if fault is None:
            problems.append(f"{root}: no fault in the ground truth")
            continue
        affected = set(fault["affected"]) | {fault["target"]}
        start = fault["start_s"]
        seen = [a["at_s"] for a in scenario["anomalies"] if a["entity"] in affected and a["at_s"] >= start]
        seen += [i["opened_s"] for i in incidents if (set(i["entities"]) | {i["root_cause"]}) & affected]
        seen = [s for s in seen if s >= start]
        if not seen or min(seen) - start > exp["detect_within_s"]:
            problems.append(f"{root}: not detected within {exp['detect_within_s']}s")
        if not any(i["root_cause"] == root for i in incidents):
            problems.append(f"{root}: no incident names it as root cause")
        fixes = [a for a in actions if a["kind"] in exp["actions"] and a["target"] == root]
        if exp.get("act_before_impact") and fault["impact_s"] is not None:
            fixes = [a for a in fixes if a["at_s"] < fault["impact_s"]]
        if not fixes:
            when = " before impact" if exp.get("act_before_impact") else ""
            problems.append(f"{root}: no {'/'.join(exp['actions'])} on it{when}")
        cleared = fault["cleared_s"]
        if cleared is None or cleared - start > exp["recover_within_s"]:
            problems.append(f"{root}: not recovered within {exp['recover_within_s']}s (cleared at {cleared})")
    if len(actions) > expect.get("max_actions", len(actions)):
        problems.append(f"{len(actions)} actions > max {expect['max_actions']}")
    forbidden = set(expect.get("forbid_actions_on", []))
    problems += [f"action {a['kind']} on forbidden {a['target']}" for a in actions if a["target"] in forbidden]
    if not expect.get("incidents"):
        problems += [f"unexpected incident {i['id']} ({i['root_cause']})" for i in incidents]
        problems += [f"unexpected action {a['kind']} on {a['target']}" for a in actions]
    return problems
