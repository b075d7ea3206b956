"""Responses on the real broker: a case is answered by the least harmful response that ends its
kind, the BSS line controls apply it, a high-risk response waits for a person and runs once one
grants it, the intent path refuses changes on a line that must verify, and what a case put on its
line is lifted once a person marks it a false positive (the API and the fraud worker's part of that:
tests/api/test_fraud_http.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from agents.fraud.responder import FraudResponder, plan
from agents.remediation.approvals import ApprovalBook, decide
from evals.billing import intent_path
from evals.fraud import _running, ask_intent
from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import Actor, AuditRecord, FraudCase, SubscriberState, now
from nerve.contracts.fraud import LIFT_AUDIT, RESPONSE_AUDIT, FraudKindName
from nerve.estate import Estate, load_estate
from nerve.kafka_auth import Principal
from nerve.settings import Settings
from nerve.tail import TopicTail
from simulators.bss.line_control import LineControls
from tests.support.estates import estate_params
from tools.base import Caller


def case(estate: Estate, sub: str, kind: FraudKindName, n: int = 1) -> FraudCase:
    at = now()
    return FraudCase(case_id=f"fc-{sub}-{kind}-{n}", subscriber=sub, kind=kind, state="open", score=1.5,
                     features={"x": 3}, evidence=["u-1: test"], opened_at=at, first_record_at=at - 5,
                     last_seen_at=at, updated_at=at)  # fmt: skip


class Trail:
    """The audit topic and line controls, followed."""

    def __init__(self, bus: Bus) -> None:
        self.responses: list[AuditRecord] = []
        self.lifts: list[AuditRecord] = []
        self.cancelled: list[AuditRecord] = []
        self.controls: dict[str, list[str]] = {}
        self.tail = TopicTail(bus, (t.AUDIT, t.SUBSCRIBER_STATE), self._put)

    def _put(self, msg: object, live: bool) -> None:
        if isinstance(msg, AuditRecord) and msg.action == RESPONSE_AUDIT:
            self.responses.append(msg)
        if isinstance(msg, AuditRecord) and msg.action == LIFT_AUDIT:
            self.lifts.append(msg)
        if isinstance(msg, AuditRecord) and msg.action == "approval.cancelled":
            self.cancelled.append(msg)
        if isinstance(msg, SubscriberState) and msg.system == "line_control":
            self.controls[msg.subscriber] = msg.controls

    def outcomes(self, sub: str) -> dict[str, str]:
        return {r.detail["kind"]: r.outcome for r in self.responses if r.subject == sub}


@pytest.fixture
async def running(settings: Settings, request: pytest.FixtureRequest) -> AsyncIterator[tuple[Estate, Bus, Trail]]:
    estate = load_estate(Path(request.param))
    async with _running(LineControls(settings, estate), "line-control"):
        responder = FraudResponder(settings, estate)
        await responder.start()
        try:
            # Cases come from the stream workers' principal, the only writer of fraud.cases.
            async with (
                Bus(settings, principal=Principal.EVALS) as reader,
                Bus(settings, principal=Principal.STREAMS) as bus,
            ):
                trail = Trail(reader)
                await trail.tail.start()
                yield estate, bus, trail
                await trail.tail.stop()
        finally:
            await responder.stop()


@pytest.mark.parametrize("running", estate_params(), indirect=True)
async def test_each_kind_gets_its_least_harmful_response_and_high_risk_waits(
    running: tuple[Estate, Bus, Trail], settings: Settings
) -> None:
    estate, bus, trail = running
    subs = [s.id for s in estate.subscribers if s.status == "active"]
    irsf, box = subs[0], subs[1]
    assert plan(estate, "irsf", None)[0] == "bar_premium"
    await bus.publish(t.FRAUD_CASES, case(estate, irsf, "irsf"), key=f"fc-{irsf}-irsf-1")
    await bus.publish(t.FRAUD_CASES, case(estate, box, "sim_box"), key=f"fc-{box}-sim_box-1")
    done = await trail.tail.wait_for(
        lambda: trail.outcomes(irsf).get("bar_premium") and trail.outcomes(box).get("suspend_line"), 30
    )
    assert done
    assert trail.outcomes(irsf) == {"notify_subscriber": "succeeded", "bar_premium": "succeeded"}
    assert trail.controls[irsf] == ["bar_premium"]
    assert trail.outcomes(box) == {"notify_subscriber": "succeeded", "suspend_line": "awaiting_approval"}
    assert box not in trail.controls, "a high-risk response is not applied before a person approves it"

    approver = Bus(settings, principal=Principal.APPROVER)
    async with approver:
        book = ApprovalBook(approver)
        await book.start()
        try:
            await book.tail.wait_for(lambda: book.pending(), 10)
            (pending,) = book.pending()
            await decide(approver, book, pending.approval_id, Actor(kind="person", id="noc-1"), approved=True)
        finally:
            await book.stop()
    assert await trail.tail.wait_for(lambda: trail.controls.get(box) == ["suspend_line"], 30)


@pytest.mark.parametrize("running", estate_params()[:3], indirect=True)
async def test_a_line_that_must_verify_has_its_changes_refused_and_is_told_why(
    running: tuple[Estate, Bus, Trail], settings: Settings
) -> None:
    estate, bus, trail = running
    sub = next(s.id for s in estate.subscribers if s.status == "active")
    await bus.publish(t.FRAUD_CASES, case(estate, sub, "sim_swap_takeover"), key="c1")
    assert await trail.tail.wait_for(lambda: "require_verification" in trail.controls.get(sub, []), 30)
    async with intent_path(settings, estate) as service:
        plan = next(o for o in estate.catalog.offers if o.kind != "plan")
        outcome = await ask_intent(service, sub, f"add {plan.name} please")
        caller = Caller(Actor(kind="system", id="test"), frozenset({"app"}), sub)
        why = await service.submit(caller, sub, text="why is nothing I ask for going through?")
    assert outcome == {"decision": "rejected", "reasons": ["verification_required"]}
    assert why.reasons == ["verification_required"], why
    assert why.message.startswith("Changes on your line are on hold after activity on it that looked like fraud")
    assert "verify your identity" in why.message


@pytest.mark.parametrize("running", estate_params()[:3], indirect=True)
async def test_a_false_positive_has_what_it_put_on_the_line_lifted_on_the_word_of_who_marked_it(
    running: tuple[Estate, Bus, Trail], settings: Settings
) -> None:
    estate, bus, trail = running
    sub, boxed = [s.id for s in estate.subscribers if s.status == "active"][2:4]
    first, second, box = case(estate, sub, "irsf", 1), case(estate, sub, "irsf", 2), case(estate, boxed, "sim_box")
    for c in (first, second, box):
        await bus.publish(t.FRAUD_CASES, c, key=c.case_id)
    assert await trail.tail.wait_for(
        lambda: (
            trail.controls.get(sub) == ["bar_premium"]
            and trail.outcomes(boxed).get("suspend_line") == "awaiting_approval"
        ),
        30,
    )
    person = Actor(kind="person", id="noc-2")

    async def mark(c: FraudCase) -> None:  # as the fraud worker closes a case a person marked
        marked = c.model_copy(update={"state": "false_positive", "marked_by": person})
        await bus.publish(t.FRAUD_CASES, marked, key=c.case_id)

    await mark(box)  # its suspension never ran: the person's approval is no longer asked for
    assert await trail.tail.wait_for(lambda: trail.cancelled, 30)
    assert trail.cancelled[0].detail["approval_id"] == f"ap-{box.case_id}-suspend_line"
    await mark(first)
    assert await trail.tail.wait_for(lambda: any(r.correlation_id == first.case_id for r in trail.lifts), 30)
    assert trail.controls[sub] == ["bar_premium"], "the bar stays while the line's other case holds it"
    await mark(second)
    assert await trail.tail.wait_for(lambda: trail.controls.get(sub) == [] and len(trail.lifts) >= 2, 30)
    lifts = {r.correlation_id: (r.detail["kind"], r.outcome, r.detail["approver"]) for r in trail.lifts}
    # The box's case had nothing to lift (marked before the others, its lift would be in by now).
    assert lifts == {c.case_id: ("bar_premium", "succeeded", "noc-2") for c in (first, second)}
    assert boxed not in trail.controls
