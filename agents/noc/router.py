"""The offline planner: which question kind this is, and which tool calls answer it.

Kinds, tried in this order: ``runbook`` (show the runbook for X), ``fraud`` (any fraud now, why
was a line barred, what was stopped and saved), ``propose`` (restart/reroute/...
X), ``subscribers`` (who is impacted by inc-N), ``loop`` (what did the automation do, about inc-N
or lately, and did it work), ``billing`` (which mediation points are late, how far behind billing
is), ``incident`` (about inc-N), ``entity`` (why is <a cell> down / how is
<a link>), ``overview`` (what is wrong right now, optionally in a region). Entity ids and region
names are the loaded estate's own (``nerve.ids``), whatever their format. The phrasings each kind
serves are a tested table, run on every operator's estate (tests/noc/test_router_table.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from agents.noc.tools import SPECS
from nerve.estate import Estate
from nerve.ids import INCIDENT_ID, estate_ids
from tools.base import ToolStatus

FAULT_WORDS: tuple[tuple[str, str], ...] = (
    (r"congest|prb|overloaded cell", "cell_congestion"),
    (r"interfer|sinr", "interference"),
    (r"config|drift|rollback|handover", "config_drift"),
    (r"degrad|latency|packet loss", "transport_degradation"),
    (r"link down|fib(?:re|er) cut|transport (?:down|outage)|link outage|backhaul", "transport_link_down"),
    (r"power|battery|mains", "site_power_failure"),
    (r"upf|amf|smf|cpu|nf overload|core overload|overload", "nf_overload"),
    (r"partner|\bott\b|\bapi\b", "partner_outage"),
    (r"spike|noise|transient", "transient_spike"),
    (r"outage|cell down|dead cell", "cell_outage"),
)
ACTION_WORDS: tuple[tuple[str, str], ...] = (
    (r"restart (?:the )?(?:nf|upf|amf|smf|core)", "restart_nf"),
    (r"restart", "restart_cell"),
    (r"rebalanc|offload|steer", "rebalance_load"),
    (r"tune|tilt", "tune_parameters"),
    (r"roll ?back", "rollback_config"),
    (r"re-?route", "reroute_transport"),
    (r"scale[ -]?out|add an instance", "scale_out_nf"),
    (r"fail ?over", "failover_partner"),
    (r"dispatch|field team|truck", "dispatch_field_team"),
    (r"escalat|page", "escalate"),
)
PROPOSE = re.compile(
    r"^(?:please |can you |could you |let'?s |go ahead and |i want to |we should )?"
    r"(?:propose |do |run )?(?:a |an |the )?"
    r"(restart|rebalanc|tune|roll ?back|re-?route|scale|fail ?over|dispatch|escalat)",
    re.IGNORECASE,
)
# What the automation (the remediation loop) did and whether it worked, in the words engineers use.
LOOP = re.compile(
    r"\bloop\b|automat|remediat|auto-?heal|self-?heal|"
    r"what (?:did|has|have) (?:nerve|you|the system|it)\b.*\b(?:do|done)\b|"
    r"actions? (?:taken|did|were taken)|what (?:was|has been|got|have you) done|"
    r"did (?:it|that|this|nerve|you|the (?:fix|action|restart|change)\b[^?.]*?) (?:work|help|fix)",
    re.IGNORECASE,
)
# Who (which subscribers) an incident hits; "who" with any word of harm, or people named outright.
SUBSCRIBERS = re.compile(
    r"\b(?:subscribers?|customers?|users?|people|lines?)\b|"
    r"\bwho\b.*\b(?:affect|impact|hit|touch|suffer)|\b(?:affect|impact)\w* (?:whom|who)\b",
    re.IGNORECASE,
)
RUNBOOK = re.compile(
    r"runbook|playbook|procedure|\bsop\b|how (?:do|should|can|would) (?:i|we|you) (?:fix|handle|deal|resolve|treat)",
    re.IGNORECASE,
)
# The usage path: mediation points delivering late, rating and billing falling behind.
BILLING = re.compile(r"\bmediation\b|\bbilling\b|\brating\b|\busage records?\b|\bcdrs?\b", re.IGNORECASE)
# Fraud, in the words engineers use: the kinds, the responses a line gets, and what was stopped or saved.
FRAUD = re.compile(
    r"\bfraud|\bscam|\bwangiri|\birsf\b|sim[- ]?swap|sim[- ]?box|\bspam|\bcloned?\b|"
    r"\bwhat (?:did|have) (?:we|you|nerve) (?:stop|stopped|contain|contained)\b|"
    r"\bwhat did\b[^?]*\bsave\b|\bsaved\b|\bsavings\b",
    re.IGNORECASE,
)
# What the responses do to a line; a cell can be barred too, so these count only when no network
# entity is named.
LINE_ACTION = re.compile(r"\b(?:barred|barring|suspended|blocked)\b|\bbar(?:red)? (?:premium|international)", re.I)
STOPPED = re.compile(r"\bstop|\bsav(?:e|ed|ings)\b|contain|\btoday\b|\blast \d*\s*(?:hour|day|minute)", re.IGNORECASE)
# A phone number as people write it: a plus and digits, spaces or dashes between them.
NUMBER = re.compile(r"\+\d[\d\s\-.]{4,}\d")
WINDOW = re.compile(r"last (\d+)?\s*(second|minute|min|hour|day)s?", re.IGNORECASE)
UNIT_S = {"second": 1, "minute": 60, "min": 60, "hour": 3600, "day": 86400}


@dataclass
class Route:
    kind: str
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    incidents: list[str] = field(default_factory=list)


def entities_in(text: str, estate: Estate) -> list[str]:
    """Entity ids the text names exactly (any letter case), in order of appearance."""
    known = estate.topology.kind_of
    found = estate_ids(estate).entities.find(text)
    return list(dict.fromkeys(e for e in found if known[e] not in ("region", "aggregation_router")))


def region_in(text: str, estate: Estate) -> str | None:
    """The first region of the topology the text names."""
    return next(iter(estate_ids(estate).regions.find(text)), None)


def since_in(text: str, default: float = 3600.0) -> float:
    match = WINDOW.search(text)
    if not match:
        return 86400.0 if re.search(r"\btoday\b", text, re.IGNORECASE) else default
    return float(match.group(1) or 1) * UNIT_S[match.group(2).lower()]


def first(patterns: tuple[tuple[str, str], ...], text: str) -> str | None:
    return next((name for rx, name in patterns if re.search(rx, text, re.IGNORECASE)), None)


def runbook_args(question: str, estate: Estate) -> dict[str, Any]:
    """Which runbook a question asks for: a fault or action it names exactly comes before one its
    words suggest ("failover_partner" is the action, though "partner" suggests a partner outage)."""
    lower = question.lower()
    if fault := next((f for f in estate.faults.faults if f in lower), None):
        return {"fault": fault}
    if action := next((a for a in estate.faults.actions if a in lower), None):
        return {"action": action}
    if fault := first(FAULT_WORDS, question):
        return {"fault": fault}
    if action := first(ACTION_WORDS, question):
        return {"action": action}
    return {"text": question}


def line_in(text: str, estate: Estate) -> str | None:
    """The phone number or subscriber id the text names: a number as written, an id as the estate spells it."""
    if match := NUMBER.search(text):
        return match.group(0)
    lower = text.lower()
    return next((s.id for s in estate.subscribers if re.search(rf"\b{re.escape(s.id.lower())}\b", lower)), None)


def fraud_calls(q: str, estate: Estate) -> list[tuple[str, dict[str, Any]]]:
    """Why a named line was acted on (a week back: a barred line stays barred), what was stopped and
    saved in a period (today unless told), or what fraud is open now."""
    if line := line_in(q, estate):
        return [("fraud_cases", {"line": line, "since_s": 7 * 86400.0})]
    if STOPPED.search(q):
        return [("fraud_cases", {"since_s": since_in(q, 86400.0)})]
    return [("fraud_cases", {"open_only": True})]


def route(question: str, estate: Estate) -> Route:
    q = question.strip()
    entities = entities_in(q, estate)
    # Each id once: a follow-up question carries the previous answer's ids too, and an id asked
    # about twice must not be answered twice.
    incidents = list(dict.fromkeys(i.lower() for i in INCIDENT_ID.findall(q)))
    r = Route(kind="overview", entities=entities, incidents=incidents)
    if RUNBOOK.search(q):
        r.kind = "runbook"
        r.calls.append(("get_runbook", runbook_args(q, estate)))
        return r
    if FRAUD.search(q) or (LINE_ACTION.search(q) and not entities):
        r.kind = "fraud"
        r.calls = fraud_calls(q, estate)
        return r
    if PROPOSE.search(q) and entities:
        action = first(ACTION_WORDS, q)
        if action == "restart_cell" and estate.topology.kind_of.get(entities[0]) == "core_function":
            action = "restart_nf"
        r.kind = "propose"
        r.calls.append(
            (
                "propose_remediation",
                {"action": action, "target": entities[0], "incident_id": next(iter(incidents), None)},
            )
        )
        return r
    if SUBSCRIBERS.search(q):
        r.kind = "subscribers"
        if incidents:
            r.calls += [("affected_subscribers", {"incident_id": i}) for i in incidents]
        else:
            r.calls += [("list_incidents", {"open_only": True, "entity": e}) for e in entities] or [
                ("list_incidents", {"open_only": True})
            ]
        return r
    if LOOP.search(q):
        r.kind = "loop"
        if incidents:  # what was done about these incidents, by the loop or by people through it
            r.calls += [("read_audit", {"since_s": 86400.0, "correlation_id": i}) for i in incidents]
        else:
            r.calls.append(("read_audit", {"since_s": since_in(q), "actor": "remediation-loop"}))
        return r
    if BILLING.search(q):
        r.kind = "billing"
        r.calls += [("mediation_lag", {}), ("billing_lag", {})]
        return r
    if incidents:
        r.kind = "incident"
        r.calls += [("get_incident", {"incident_id": i}) for i in incidents]
        return r
    if entities:
        r.kind = "entity"
        r.calls += [("get_entity", {"entity": e}) for e in entities]
        return r
    region = region_in(q, estate)
    r.calls.append(("list_incidents", {"open_only": False, **({"region": region} if region else {})}))
    r.calls.append(("list_anomalies", {"since_s": since_in(q, 900.0), **({"region": region} if region else {})}))
    return r


def follow_ups(r: Route, evidence: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    """Second-round calls the first round's results call for (offline path)."""

    def key(name: str, args: dict[str, Any]) -> str:
        return name + SPECS[name].params.model_validate(args).model_dump_json(exclude_none=True)

    done = {key(e["tool"], e["args"]) for e in evidence}
    out: list[tuple[str, dict[str, Any]]] = []

    def add(name: str, args: dict[str, Any]) -> None:
        if key(name, args) not in done:
            done.add(key(name, args))
            out.append((name, args))

    for e in evidence:
        data = e["data"]
        if e["status"] != ToolStatus.ok or data is None:
            continue
        if r.kind == "subscribers" and e["tool"] == "list_incidents":
            for inc in data[:3]:
                add("affected_subscribers", {"incident_id": inc["incident_id"]})
        elif r.kind == "incident" and e["tool"] == "get_incident":
            add("get_entity", {"entity": data["root_cause"]})
            add("read_audit", {"since_s": 86400.0, "correlation_id": data["incident_id"]})
        elif r.kind == "entity" and e["tool"] == "get_entity":
            for inc in data["incidents"]:
                if inc["root_cause"] != data["topology"]["entity"]:
                    add("get_entity", {"entity": inc["root_cause"]})
                add("read_audit", {"since_s": 86400.0, "correlation_id": inc["incident_id"]})
    return out
