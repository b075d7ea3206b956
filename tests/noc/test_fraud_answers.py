"""The NOC agent on fraud, on three operators: what is open now, why a line was barred, and what
was stopped and saved, from the real cases on ``fraud.cases`` and the real responder's audit trail."""

from __future__ import annotations

from collections.abc import AsyncIterator
from decimal import Decimal
from pathlib import Path

import pytest

from agents.fraud.responder import FraudResponder
from agents.noc.service import NocService
from evals.fraud import _running
from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import AuditRecord, FraudCase, now
from nerve.contracts.fraud import RESPONSE_AUDIT, FraudKindName
from nerve.estate import Estate, load_estate
from nerve.kafka_auth import Principal
from nerve.settings import Settings
from nerve.tail import TopicTail
from simulators.bss.line_control import LineControls
from tests.support.estates import estate_params

VIEWER = frozenset({"viewer"})


def case(sub: str, kind: FraudKindName, spend: Decimal | None) -> FraudCase:
    at = now()
    return FraudCase(case_id=f"fc-{sub}-{kind}-1", subscriber=sub, kind=kind, state="open", score=2.5,
                     features={"premium_calls": 5}, baseline={"premium_calls": 0}, spend_per_hour=spend,
                     evidence=[f"u-{sub}-7: voice out premium"], opened_at=at, first_record_at=at - 4,
                     last_seen_at=at, updated_at=at)  # fmt: skip


@pytest.fixture
async def answered(settings: Settings, request: pytest.FixtureRequest) -> AsyncIterator[tuple[Estate, NocService]]:
    """An IRSF case barred by policy and a SIM box waiting for a person, on the estate's lines."""
    estate = load_estate(Path(request.param))
    responses: list[AuditRecord] = []
    async with (
        _running(LineControls(settings, estate), "line-control"),
        Bus(settings, principal=Principal.STREAMS) as streams,
        Bus(settings, principal=Principal.EVALS) as reader,
    ):
        responder = FraudResponder(settings, estate)
        await responder.start()
        trail = TopicTail(reader, (t.AUDIT,), lambda m, live: isinstance(m, AuditRecord) and m.action == RESPONSE_AUDIT
                          and responses.append(m))  # fmt: skip
        await trail.start()
        noc = NocService(settings, estate=estate, use_provider=False)
        try:
            irsf, box = (s.id for s in estate.subscribers[-2:])
            for c in (case(irsf, "irsf", Decimal("720.00")), case(box, "sim_box", None)):
                await streams.publish(t.FRAUD_CASES, c, key=c.case_id)
            outcomes = lambda: {(r.subject, r.detail["kind"], r.outcome) for r in responses}  # noqa: E731
            assert await trail.wait_for(
                lambda: {(irsf, "bar_premium", "succeeded"), (box, "suspend_line", "awaiting_approval")} <= outcomes(),
                30,
            )
            await noc.start()
            yield estate, noc
        finally:
            await noc.stop()
            await trail.stop()
            await responder.stop()


@pytest.mark.parametrize("answered", estate_params()[:3], indirect=True)
async def test_the_noc_agent_answers_fraud_questions(answered: tuple[Estate, NocService]) -> None:
    estate, noc = answered
    (irsf, irsf_no), (box, box_no) = ((s.id, s.msisdn) for s in estate.subscribers[-2:])
    money = estate.catalog.operator.currency

    now_ = await noc.answer("eve", "t1", "any fraud right now?", roles=VIEWER)
    assert now_.kind == "fraud" and now_.tools == ["fraud_cases"]
    assert now_.text.startswith("2 open fraud case(s):")
    assert f"irsf case fc-{irsf}-irsf-1 on {irsf} ({irsf_no}), open" in now_.text
    assert "bar_premium (succeeded, by guard" in now_.text
    assert "Waiting for a person's approval: suspend_line." in now_.text

    spaced = f"{box_no[:4]} {box_no[4:]}"  # as people write numbers
    why = await noc.answer("eve", "t2", f"why was {irsf_no} barred?", roles=VIEWER)
    assert f"irsf case fc-{irsf}-irsf-1 on {irsf}" in why.text and "seen premium_calls 5" in why.text
    assert f"u-{irsf}-7: voice out premium" in why.text and box not in why.text
    held = await noc.answer("eve", "t3", f"why is {spaced} suspended?", roles=VIEWER)
    assert f"sim_box case fc-{box}-sim_box-1" in held.text and "suspend_line (awaiting_approval" in held.text

    saved = await noc.answer("eve", "t4", "what did we stop today and what did it save?", roles=VIEWER)
    assert saved.text.startswith("Stopped 1 fraud case(s) in the last 24 h:")
    assert f"- irsf on {irsf} ({irsf_no}) (fc-{irsf}-irsf-1): bar_premium" in saved.text
    assert f"Saved: 720.00 {money} an hour" in saved.text
    assert f"- sim_box on {box} ({box_no}) (fc-{box}-sim_box-1, open): notify_subscriber (succeeded" in saved.text
    assert not (await noc.answer("eve", "t5", "why was +0 000 000 barred?", roles=VIEWER)).citations
