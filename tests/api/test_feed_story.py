"""The console's feed tells an incident as a story in words (no broker: messages are folded in directly)."""

from __future__ import annotations

from api.feed import STEPS, Feed, audit_public
from nerve.bus import Bus
from nerve.contracts import Actor, Anomaly, AuditRecord, CommandResult, Incident
from nerve.settings import Settings

LOOP = Actor(kind="agent", id="remediation-loop")
INC = "inc-0a1b2c"


def record(action: str, outcome: str, reason: str = "", at: float = 20.0, actor: Actor = LOOP) -> AuditRecord:
    return AuditRecord(
        audit_id=f"aud-{action}", at=at, actor=actor, action=action, subject="x-1", correlation_id=INC,
        outcome=outcome, reason=reason,
    )  # fmt: skip


def told() -> Feed:
    feed = Feed(Bus(Settings()))
    onset = Anomaly(
        anomaly_id="ano-1", event="ONSET", entity="x-1", entity_kind="cell", kpi="availability_pct",
        severity="critical", predicted=False, detector="threshold", value=0.0, at=10.0,
    )  # fmt: skip
    feed.apply(onset)
    feed.apply(
        Incident(
            incident_id=INC,
            state="open",
            root_cause="x-1",
            root_cause_kind="cell",
            probable_cause="cell_outage",
            perceived_severity="critical",
            entities=["x-1"],
            anomalies=["ano-1"],
            opened_at=11.0,
            updated_at=11.0,
        )
    )
    feed.apply(record("remediation.diagnosed", "cell_outage", "root cause x-1 (cell_outage)", at=12.0))
    feed.apply(record("approval.requested", "pending", "high-risk restart_cell needs a person's approval", at=13.0))
    assert feed.incidents[INC].remediation == "waiting for approval"
    feed.apply(record("approval.granted", "approved", "checked", at=14.0, actor=Actor(kind="person", id="ana")))
    feed.apply(record("command.published", "remediation.execute", at=15.0))
    feed.apply(
        CommandResult(
            command_id=f"{INC}/0-restart_cell",
            type="remediation.execute",
            status="succeeded",
            correlation_id=INC,
            target="x-1",
            system="network",
            completed_at=16.0,
        )
    )
    feed.apply(onset.model_copy(update={"event": "ABATED", "at": 18.0, "value": 99.0}))
    feed.apply(record("remediation.closed", "recovered", "x-1 recovered after restart_cell", at=19.0))
    return feed


def test_each_entry_has_its_step_in_order_and_says_it_in_words() -> None:
    view = told().incidents[INC]
    story = view.public(with_timeline=True)["timeline"]
    steps = [e["step"] for e in story]
    assert set(steps) <= set(STEPS)
    assert [STEPS.index(s) for s in steps] == sorted(STEPS.index(s) for s in steps), steps
    text = {e["step"]: e["text"] for e in reversed(story)}  # the first of each step
    assert text["detection"] == "x-1 availability_pct breached (critical, 0; threshold)"
    assert "ana: approved: checked" in [e["text"] for e in story]
    assert text["result"] == "the network answered for x-1: done"
    assert [e["text"] for e in story if e["step"] == "verified"] == [
        "x-1 availability_pct back to normal (critical, 99; threshold)",
        "Nerve: finished (fixed: recovered): x-1 recovered after restart_cell",
    ]
    anomalies = [e for e in story if e["kind"] == "anomaly"]
    assert {(e["entity"], e["kpi"]) for e in anomalies} == {("x-1", "availability_pct")}
    assert view.remediation == "fixed: recovered"


def test_audit_rows_say_outcomes_and_reason_codes_in_words() -> None:
    rejected = record("intent.decided", "rejected", "kyc_required,consent_required")
    row = audit_public(rejected)
    assert row.outcome == "rejected" and row.outcome_text == "rejected"
    assert row.reason.startswith("The account holder's identity") and "partner" in row.reason
    assert audit_public(record("guard.block", "block", "in a maintenance window")).outcome_text == "blocked by policy"
    assert audit_public(record("remediation.diagnosed", "cell_outage")).outcome_text == "cell outage"
