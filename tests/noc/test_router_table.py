"""The offline router's coverage, as a table of intents and the phrasings each serves, on every
operator's estate (reference, Lumen, Fjordnett, Sakura, and the renamed and retuned reference).

Each phrasing is a template: ``{cell}``, ``{link}``, ``{upf}``, ``{partner}`` and ``{region}`` are
filled from the loaded topology, ``{inc}`` with an incident id (the format is Nerve's own). A new
phrasing the router should serve is a new row here.
"""

from __future__ import annotations

from typing import Any

import pytest

from agents.noc.router import route
from nerve.estate import Estate
from tests.support.operators import every_estate

ESTATES = every_estate()
INC = "inc-3f9a0c"
LAST_HOUR = 3600.0
DAY = 86400.0

Calls = list[tuple[str, dict[str, Any]]]

# intent -> (phrasings, the calls that answer them, as templates)
TABLE: dict[str, tuple[tuple[str, ...], Calls]] = {
    "subscribers of an incident": (
        (
            "who is impacted by {inc}",
            "Who is affected by {inc}?",
            "which subscribers are affected by {inc}?",
            "who does {inc} hit",
            "how many customers are impacted by {inc}",
            "list the users of {inc}",
            "{inc}: who is suffering?",
            "which lines does {inc} touch",
        ),
        [("affected_subscribers", {"incident_id": "{inc}"})],
    ),
    "what the automation did about an incident, and whether it worked": (
        (
            "what did the automation do about {inc} and did it work",
            "did the remediation of {inc} work?",
            "what has been done about {inc}",
            "what did nerve do for {inc}",
            "did the fix for {inc} work",
            "what actions were taken on {inc}?",
            "did the loop fix {inc}",
            # a follow-up ("did it work?") carries the previous answer's ids: each is asked about once
            "what did the automation do about {inc} and did it work? {inc} {cell}",
        ),
        [("read_audit", {"since_s": DAY, "correlation_id": "{inc}"})],
    ),
    "what the automation did lately, and whether it worked": (
        (
            "what did the automation do and did it work",
            "What did the loop do in the last hour and did it work?",
            "what did you do, and did it help?",
            "what has nerve done",
            "show me the automated actions",
            "any auto-healing lately?",
            "did it work?",
            "what was done?",
            "what did the remediation loop do in the last 60 minutes",
        ),
        [("read_audit", {"since_s": LAST_HOUR, "actor": "remediation-loop"})],
    ),
    "what the automation did today": (
        ("what did the automation do today", "remediation actions in the last day"),
        [("read_audit", {"since_s": DAY, "actor": "remediation-loop"})],
    ),
    "an incident": (
        ("tell me about {inc}", "what caused {inc}?", "explain {inc}", "{inc}?", "status of {inc}"),
        [("get_incident", {"incident_id": "{inc}"})],
    ),
    "a cell": (
        ("why is {cell} down?", "what's up with {cell}", "how is {cell} doing", "{cell}", "is {cell} ok? {cell}"),
        [("get_entity", {"entity": "{cell}"})],
    ),
    "a link": (("is {link} healthy?", "check {link}"), [("get_entity", {"entity": "{link}"})]),
    "the network now": (
        ("what is wrong right now?", "anything broken?", "status of the network", "any open incidents?"),
        [("list_incidents", {"open_only": False}), ("list_anomalies", {"since_s": 900.0})],
    ),
    "a region now": (
        ("what's wrong in {region}?", "any problems in the {region} region right now"),
        [
            ("list_incidents", {"open_only": False, "region": "{region}"}),
            ("list_anomalies", {"since_s": 900.0, "region": "{region}"}),
        ],
    ),
    "a runbook": (
        ("show the runbook for congestion", "how do I fix cell congestion?", "what's the procedure for congestion"),
        [("get_runbook", {"fault": "cell_congestion"})],
    ),
    "restart a cell": (
        ("please restart {cell}", "restart {cell}", "can you restart {cell}", "let's restart {cell} for {inc}"),
        [("propose_remediation", {"action": "restart_cell", "target": "{cell}"})],
    ),
    "restart a core function": (
        ("please restart {upf}", "restart the NF {upf}"),
        [("propose_remediation", {"action": "restart_nf", "target": "{upf}"})],
    ),
    "scale out a core function": (
        ("scale out {upf}", "could you scale-out {upf}?"),
        [("propose_remediation", {"action": "scale_out_nf", "target": "{upf}"})],
    ),
    "reroute a link": (
        ("reroute {link}", "please re-route {link}"),
        [("propose_remediation", {"action": "reroute_transport", "target": "{link}"})],
    ),
    "fraud now": (
        (
            "any fraud right now?",
            "is there any fraud going on?",
            "any IRSF or wangiri at the moment?",
            "show me the open fraud cases",
            "any SIM swap takeovers?",
            "which lines are barred?",
        ),
        [("fraud_cases", {"open_only": True})],
    ),
    "why a number was barred": (
        ("why was {msisdn} barred?", "why is {msisdn} suspended", "what fraud did {msisdn} do?"),
        [("fraud_cases", {"line": "{msisdn}", "since_s": 7 * DAY})],
    ),
    "why a subscriber's line was barred": (
        ("why was {sub} barred?", "fraud on {sub}?"),
        [("fraud_cases", {"line": "{sub}", "since_s": 7 * DAY})],
    ),
    "what was stopped today and what it saved": (
        (
            "what did we stop today and what did it save?",
            "what fraud did we stop today?",
            "how much did fraud containment save today",
            "what have we contained today, fraud-wise",
        ),
        [("fraud_cases", {"since_s": DAY})],
    ),
    "what was stopped lately": (
        ("fraud stopped in the last 2 hours", "what did we stop in the last 2 hours?"),
        [("fraud_cases", {"since_s": 7200.0})],
    ),
    "fail over a partner": (
        ("fail over {partner}", "please failover {partner}"),
        [("propose_remediation", {"action": "failover_partner", "target": "{partner}"})],
    ),
    "mediation and billing lag": (
        (
            "which mediation points are late?",
            "how far behind is billing?",
            "is billing keeping up?",
            "is any mediation point behind?",
            "are usage records arriving late?",
            "is rating behind in {region}?",
            "is the mediation at {site} late?",
        ),
        [("mediation_lag", {}), ("billing_lag", {})],
    ),
}

ROWS = [(intent, phrasing) for intent, (phrasings, _) in TABLE.items() for phrasing in phrasings]


def names(estate: Estate) -> dict[str, str]:
    topo = estate.topology
    return {
        "cell": topo.cells[-1].id,
        "link": topo.transport_links[0].id,
        "upf": topo.regions[-1].upf,
        "partner": topo.partners[0].id,
        "region": topo.regions[0].id,
        "site": topo.sites[-1].id,
        "inc": INC,
        "msisdn": estate.subscribers[-1].msisdn,
        "sub": estate.subscribers[-1].id,
    }


def filled(calls: Calls, values: dict[str, str]) -> Calls:
    return [
        (tool, {k: v.format(**values) if isinstance(v, str) else v for k, v in args.items()}) for tool, args in calls
    ]


@pytest.mark.parametrize("estate_name", list(ESTATES))
@pytest.mark.parametrize(("intent", "phrasing"), ROWS)
def test_each_phrasing_is_served_as_its_intent(estate_name: str, intent: str, phrasing: str) -> None:
    estate = ESTATES[estate_name]
    values = names(estate)
    question = phrasing.format(**values)
    got = route(question, estate).calls
    want = filled(TABLE[intent][1], values)
    # A proposal names the incident it is for when the question does; the table leaves that out.
    got = [(tool, {k: v for k, v in args.items() if k != "incident_id" or tool != "propose_remediation"})
           for tool, args in got]  # fmt: skip
    assert got == want, f"{question!r} on {estate_name}"


def test_the_table_covers_every_kind_the_router_knows() -> None:
    estate = ESTATES["reference"]
    values = names(estate)
    kinds = {route(p.format(**values), estate).kind for _, p in ROWS}
    assert kinds == {"subscribers", "loop", "billing", "incident", "entity", "overview", "runbook", "propose", "fraud"}


# Ordinary NOC questions with words near fraud's: none is taken for a fraud question.
NOT_FRAUD = (
    "why is {cell} barred?",
    "is {cell} barred from access?",
    "what did the automation do today and did it work?",
    "which lines does {inc} touch",
    "what did the guard block in the last hour?",
    "did the restart of {cell} save it?",
    "what is wrong right now?",
    "restart {cell}",
    "what was done?",
)


@pytest.mark.parametrize("estate_name", list(ESTATES))
@pytest.mark.parametrize("phrasing", NOT_FRAUD)
def test_an_ordinary_question_is_not_taken_for_fraud(estate_name: str, phrasing: str) -> None:
    estate = ESTATES[estate_name]
    question = phrasing.format(**names(estate))
    assert route(question, estate).kind != "fraud", question
