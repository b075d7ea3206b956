"""Writing answers from evidence without a model (offline), and checking any answer's citations.

Every sentence is built from a tool result; ids are copied from the data, never made up.
"""

from __future__ import annotations

import time
from typing import Any

from nerve.estate import Estate
from nerve.ids import INCIDENT_ID, TOKEN, estate_ids
from tools.base import FAILED, ToolStatus

Evidence = list[dict[str, Any]]
RECENT_S = 1800.0  # closed incidents this recent are worth a line in an overview


def _ago(at: float) -> str:
    s = max(0.0, time.time() - at)
    return f"{s:.0f}s ago" if s < 120 else f"{s / 60:.0f} min ago" if s < 7200 else f"{s / 3600:.1f} h ago"


def _results(evidence: Evidence, tool: str) -> list[Any]:
    return [e["data"] for e in evidence if e["tool"] == tool and e["status"] == ToolStatus.ok and e["data"] is not None]


def _incident_line(i: dict[str, Any]) -> str:
    others = [e for e in i["entities"] if e != i["root_cause"]]
    scope = f", affecting {', '.join(others[:8])}{' …' if len(others) > 8 else ''}" if others else ""
    when = "predicted, " if i.get("predicted") else ""
    state = "closed" if i["state"] == "closed" else f"open since {_ago(i['opened_at'])}"
    return (
        f"{i['incident_id']}: {i['probable_cause']} at {i['root_cause']} ({when}{i['perceived_severity']}, "
        f"{state}){scope}"
    )


def _entity_lines(report: dict[str, Any]) -> list[str]:
    topo, ctx = report["topology"], report["context"]
    lines = []
    if ctx is None:
        lines.append(f"{topo['entity']} ({topo['kind']}): no live assurance data yet")
    else:
        bad = [f"{a['kpi']}={a['value']:g} ({a['severity']}{', predicted' if a['predicted'] else ''})"
               for a in ctx["open_anomalies"]]  # fmt: skip
        kpis = ", ".join(f"{k}={v:g}" for k, v in list(ctx["kpis"].items())[:6])
        lines.append(
            f"{topo['entity']} ({topo['kind']}) is {ctx['health']}: " + ("; ".join(bad) or kpis or "no open anomalies")
        )
    if topo["depends_on"]:
        lines.append(f"{topo['entity']} depends on {', '.join(topo['depends_on'])}")
    return lines


def _audit_lines(records: list[dict[str, Any]]) -> list[str]:
    by_incident: dict[str, list[dict[str, Any]]] = {}
    for r in records:
        by_incident.setdefault(r.get("correlation_id") or r["subject"], []).append(r)
    lines = []
    for incident, rs in by_incident.items():
        acted = [r for r in rs if r["action"] == "remediation.acted"]
        blocked = [r for r in rs if r["action"] == "guard.block"]
        closed = next((r for r in reversed(rs) if r["action"] == "remediation.closed"), None)
        pending = [r for r in rs if r["action"] == "approval.requested"]
        steps = [f"{r['detail'].get('action')} on {r['detail'].get('target')} ({r['outcome']}, {_ago(r['at'])})"
                 for r in acted]  # fmt: skip
        parts = [f"{incident}: " + ("; ".join(steps) if steps else "no action taken")]
        parts += [f"blocked: {r['reason']}" for r in blocked]
        if pending and not acted:
            parts.append(f"waiting for approval ({pending[-1]['reason']})")
        if closed is not None:
            parts.append(
                "it worked: recovered" if closed["outcome"] == "recovered" else f"outcome: {closed['outcome']}"
            )
        elif acted:
            parts.append("still being verified")
        lines.append(" — ".join(parts))
    return lines


def _billing_lines(evidence: Evidence) -> list[str]:
    lines: list[str] = []  # a context without the usage view is said among the errors
    for m in _results(evidence, "mediation_lag"):
        points, edge = m["points"], m["late_after_s"]
        late = [p for p in points if p["late"]]
        if not points:
            lines.append("No usage has come from any mediation point yet.")
        elif late:
            lines.append(f"{len(late)} mediation point(s) late, more than {edge:g}s behind the newest usage:")
        else:
            lines.append(f"No mediation point is late: all {len(points)} are within {edge:g}s of the newest usage.")
        lines += [
            f"- {p['site']}: {p['behind_s']:g}s behind, {p['late_records']} of {p['records']} records arrived late "
            f"(worst {p['worst_delay_s']:g}s)"
            for p in late
        ]
    for b in _results(evidence, "billing_lag"):
        if b["watermark"] is None:
            lines.append("Billing has not rated any usage yet.")
            continue
        behind, mark = b["behind_s"] or 0, _ago(b["watermark"])
        lines.append(f"Billing is {behind:g}s behind the newest usage delivered (its watermark is {mark}).")
        unbilled = b["unbilled_periods"]
        if unbilled:
            lines.append(
                f"Period(s) {', '.join(map(str, unbilled))} are past their end plus {b['grace_s']:g}s of grace "
                "and not billed yet."
            )
        else:
            lines.append("Every period past its end plus grace is billed.")
    return lines


def compose(kind: str, question: str, evidence: Evidence, estate: Estate) -> str:
    lines: list[str] = []
    errors = [f"{e['tool']}: {e['message']}" for e in evidence if e["status"] in FAILED]
    if kind == "runbook":
        for rb in _results(evidence, "get_runbook"):
            lines.append(
                f"Runbook {rb['id']} — {rb['title']} (risk {rb['risk']}, verify within {rb['verify_within_s']:g}s)"
            )
            lines.append(rb["body"].strip())
    elif kind == "fraud":
        from agents.noc.fraud import fraud_answer  # it builds on this module's helpers

        lines = fraud_answer(evidence, estate)
    elif kind == "propose":
        for e in evidence:
            if e["tool"] == "propose_remediation":
                lines.append(e["message"] if e["status"] not in FAILED else f"I cannot propose that: {e['message']}")
    elif kind == "subscribers":
        for a in _results(evidence, "affected_subscribers"):
            subs = a["subscribers"]
            lines.append(
                f"{a['incident_id']} (root cause {a['root_cause']}) touches cells {', '.join(a['cells']) or 'none'}: "
                f"{len(subs)} subscriber(s) with a home cell there."
            )
            lines += [
                f"- {s['id']} {s['name']} (home cell {s['home_cell']}, plan {s['plan']}, {s['status']})" for s in subs
            ]
        if not _results(evidence, "affected_subscribers"):
            lines.append("No open incident matches, so no subscribers are known to be affected.")
    elif kind == "loop":
        records = [r for rs in _results(evidence, "read_audit") for r in rs]
        lines = _audit_lines(records) or ["The remediation loop recorded no decisions in that period."]
        lines.insert(0, f"The remediation loop handled {len({r.get('correlation_id') for r in records})} incident(s):")
    elif kind == "billing":
        lines += _billing_lines(evidence)
    elif kind in ("incident", "entity"):
        for i in _results(evidence, "get_incident"):
            lines.append(_incident_line(i))
        for report in _results(evidence, "get_entity"):
            lines += _entity_lines(report)
            for i in report["incidents"][-5:]:
                if i["root_cause"] != report["topology"]["entity"]:
                    lines.append(f"Cause: {report['topology']['entity']} is affected by {_incident_line(i)}")
                else:
                    lines.append(f"Incident {_incident_line(i)}")
        audit = [r for rs in _results(evidence, "read_audit") for r in rs]
        lines += [f"Loop: {line}" for line in _audit_lines(audit)]
    else:
        every = [i for rs in _results(evidence, "list_incidents") for i in rs]
        incidents = [i for i in every if i["state"] != "closed"]
        recent = [i for i in every if i["state"] == "closed" and (i["closed_at"] or 0) >= time.time() - RECENT_S]
        if incidents:
            lines.append(f"{len(incidents)} open incident(s):")
            lines += [f"- {_incident_line(i)}" for i in incidents]
        else:
            lines.append("Nothing is wrong right now: no open incidents.")
        if recent:
            lines.append(f"Resolved in the last {RECENT_S / 60:.0f} min:")
            lines += [f"- {_incident_line(i)}" for i in recent]
        anomalies = [a for rs in _results(evidence, "list_anomalies") for a in rs]
        covered = {e for i in incidents for e in i["entities"]}
        loose = sorted({a["entity"] for a in anomalies} - covered)
        if loose:
            lines.append(f"Anomalies outside any incident: {', '.join(loose[:10])}")
    if errors:
        lines.append("Could not look up: " + "; ".join(errors))
    return "\n".join(lines)


def citations(answer: str, evidence: Evidence, estate: Estate) -> tuple[list[str], list[str]]:
    """(ids the answer cites that the evidence or estate backs, ids it names that nothing backs).

    An id is an incident id, an id of the estate, or a word in the format of one (the same leading
    letters and the same run of letters, digits and separators): a model that invents a cell is
    caught however the operator names its cells."""
    index = estate_ids(estate).citable
    known_text = str([e["data"] for e in evidence]).lower()
    named = [*index.occurrences(answer), *((m.start(), m.group(0).lower()) for m in INCIDENT_ID.finditer(answer))]
    named += [(m.start(), w) for m in TOKEN.finditer(answer) if index.looks_like_id(w := m.group(0))]
    backed, unbacked = [], []
    for found in dict.fromkeys(index.get(w) or w for _, w in sorted(named)):
        if found.lower() in known_text or index.get(found) is not None:
            backed.append(found)
        else:
            unbacked.append(found)
    return backed, unbacked
