"""Every contract round-trips through the real broker; malformed input raises the typed error."""

from __future__ import annotations

from decimal import Decimal

import pytest

from nerve import contracts as c
from nerve import topics as t
from nerve.bus import Bus
from nerve.errors import ContractError

ACTOR = c.Actor(kind="agent", id="intent-agent")
T0 = 1_790_000_000.0


def samples() -> list[c.TelemetryBatch]:
    return [
        c.TelemetryBatch(
            source="site-m01",
            sent_at=T0,
            samples=[
                c.CellSample(
                    entity="cell-m01-a",
                    ts=T0,
                    availability_pct=100,
                    prb_util_pct=40,
                    rrc_setup_success_pct=99.6,
                    drop_rate_pct=0.3,
                    ho_success_pct=99,
                    sinr_db=18,
                    dl_throughput_mbps=420,
                    active_users=120,
                ),
                c.SiteSample(entity="site-m01", ts=T0, on_battery=0, battery_pct=100),
            ],
        ),
        c.TelemetryBatch(
            source="link-m01",
            sent_at=T0,
            samples=[
                c.LinkSample(
                    entity="link-m01", ts=T0, oper_up=1, latency_ms=4, packet_loss_pct=0.01, utilization_pct=30
                )
            ],
        ),
        c.TelemetryBatch(
            source="upf-metro-1",
            sent_at=T0,
            samples=[
                c.CoreSample(
                    entity="upf-metro-1",
                    ts=T0,
                    cpu_pct=40,
                    session_setup_success_pct=99.9,
                    registration_success_pct=99.9,
                )
            ],
        ),
        c.TelemetryBatch(
            source="partner-tunewave",
            sent_at=T0,
            samples=[c.PartnerSample(entity="partner-tunewave", ts=T0, api_success_pct=99.8, api_latency_ms=90)],
        ),
    ]


def one_of_each() -> list[tuple[t.Topic, c.Message]]:
    anomaly = c.Anomaly(
        anomaly_id="an-1",
        event="ONSET",
        entity="cell-m01-a",
        entity_kind="cell",
        kpi="prb_util_pct",
        severity="major",
        predicted=True,
        detector="forecast",
        value=88.0,
        threshold=95.0,
        at=T0,
        expected_impact_at=T0 + 9,
    )
    result = c.CommandResult(
        command_id="ord-1/billing",
        type="billing.start",
        status="succeeded",
        correlation_id="ord-1",
        target="sub-1001",
        system="billing",
        completed_at=T0,
    )
    payloads: list[tuple[c.CommandType, c.Payload]] = [
        (
            "compliance.check",
            c.CompliancePayload(
                subscriber="sub-1001", offer="ott-cloudvault", checks=["kyc", "data_residency"], data_residency="EU"
            ),
        ),
        (
            "activation.activate",
            c.ActivationPayload(
                subscriber="sub-1001", offer="roam-eu-week", network={"roaming_zone": "eu", "validity_days": 7}
            ),
        ),
        (
            "partner.provision",
            c.PartnerPayload(subscriber="sub-1001", offer="ott-streammax", partner="partner-streammax"),
        ),
        (
            "billing.start",
            c.BillingPayload(
                subscriber="sub-1001", offer="ott-streammax", amount=Decimal("9.99"), currency="EUR", period="monthly"
            ),
        ),
        (
            "remediation.execute",
            c.RemediationPayload(action="reroute_transport", target="link-r02", incident_id="inc-1"),
        ),
    ]
    commands = [
        (
            t.command_topic(kind),
            c.Command(
                command_id=f"x/{kind}",
                type=kind,
                target="sub-1001",
                payload=payload,
                issued_by=ACTOR,
                correlation_id="ord-1",
                issued_at=T0,
                approval=c.Approval(approved_by=c.Actor(kind="policy", id="auto"), at=T0, risk="low"),
            ),
        )
        for kind, payload in payloads
    ]
    usage = c.UsageRecord(usage_id="u-1", subscriber="sub-1001", msisdn="+353870001001", type="voice", at=T0,
                          duration_s=75, direction="out", other_party="+12025550123", roaming_country="US",
                          site="site-m01")  # fmt: skip
    return [
        *((t.TELEMETRY, b) for b in samples()),
        (
            t.NETWORK_EVENTS,
            c.NetworkEvent(event_id="ev-1", kind="config_change", entity="cell-m02-a", ts=T0, change_id="chg-7"),
        ),
        (
            t.CALENDAR,
            c.MaintenanceWindow(window_id="mw-1", target="cell-m08-a", start=T0, end=T0 + 60, reason="antenna swap"),
        ),
        (t.ANOMALIES, anomaly),
        (
            t.INCIDENTS,
            c.Incident(
                incident_id="inc-1",
                state="open",
                root_cause="link-r02",
                root_cause_kind="transport_link",
                probable_cause="transport_link_down",
                perceived_severity="critical",
                entities=["link-r02", "cell-r02-a"],
                anomalies=["an-1"],
                opened_at=T0,
                updated_at=T0,
            ),
        ),
        (
            t.CONTEXT,
            c.EntityContext(
                entity="cell-m01-a",
                kind="cell",
                ts=T0,
                kpis={"prb_util_pct": 88.0},
                health="degraded",
                open_anomalies=[anomaly],
                incidents=["inc-1"],
            ),
        ),
        *commands,
        (t.COMMAND_RESULTS, result),
        (t.APPLIED_COMMANDS, c.AppliedCommand(consumer="billing", command_id="ord-1/billing", result=result)),
        (
            t.SUBSCRIBER_STATE,
            c.SubscriberState(
                system="billing",
                subscriber="sub-1001",
                updated_at=T0,
                charges=[
                    c.Charge(
                        offer="ott-streammax",
                        amount=Decimal("9.99"),
                        currency="EUR",
                        period="monthly",
                        kind="recurring",
                        command_id="ord-1/billing",
                        at=T0,
                    )
                ],
            ),
        ),
        (
            t.INTENT_EVENTS,
            c.IntentEvent(
                intent_id="int-1",
                subscriber="sub-1001",
                text="add StreamMax",
                action="add_offer",
                offer="ott-streammax",
                decision="accepted",
                lifecycle_status="inProgress",
                order_state="inProgress",
                at=T0,
            ),
        ),
        (
            t.AUDIT,
            c.AuditRecord(
                audit_id="au-1",
                at=T0,
                actor=ACTOR,
                action="intent.decided",
                subject="sub-1001",
                correlation_id="int-1",
                outcome="accepted",
            ),
        ),
        (t.SIM_CONTROL, c.FaultInjection(fault_id="f-1", kind="cell_outage", target="cell-m03-b", at=T0)),
        (
            t.SIM_FAULTS,
            c.FaultTruth(
                fault_id="f-1", kind="cell_outage", target="cell-m03-b", start=T0, impact=T0, affected=["cell-m03-b"]
            ),
        ),
        (
            t.DEAD_LETTER,
            c.DeadLetter(source_topic="telemetry", partition=0, offset=3, key=None, raw="{", reason="not JSON", at=T0),
        ),
        (t.USAGE, c.UsageBatch(records=[usage.model_dump(mode="json")])),
        (t.SIM_USAGE, usage),
        (
            t.BILLS,
            c.Bill(bill_id="bill-sub-1001-0", subscriber="sub-1001", period=0, period_start=T0, period_end=T0 + 60,
                   version=1, currency="EUR", lines={"recurring": Decimal("30.00"), "roaming": Decimal("1.25")},
                   total=Decimal("31.25"), records=4, issued_at=T0 + 71, watermark=T0 + 70.5),
        ),
        (
            t.ADJUSTMENTS,
            c.Adjustment(adjustment_id="adj-sub-1001-0-1", subscriber="sub-1001", period=0, bill_id="bill-sub-1001-0",
                         currency="EUR", usage_ids=["u-1"], lines={"roaming": Decimal("0.10")}, issued_at=T0 + 80),
        ),
        (
            t.BALANCES,
            c.Balance(subscriber="sub-1001", period=0, currency="EUR", counted_bytes=10**9,
                      allowance_gb=Decimal(50), lines={"data": Decimal(0)}, records=4, billed=False,
                      watermark=T0 + 30, updated_at=T0 + 30),
        ),
        (
            t.NOTIFICATIONS,
            c.UsageNotification(notification_id="ntf-sub-1001-0-allowance_used_pct-80", subscriber="sub-1001",
                                period=0, kind="allowance_used_pct", value=Decimal(80), at=T0 + 20),
        ),
        (
            t.SIM_SWAPS,
            c.SimSwap(swap_id="swap-1", subscriber="sub-1001", msisdn="+353871000001", iccid="8935301000000000001",
                      imei="356938035643809", at=T0),
        ),
        (
            t.FRAUD_CASES,
            c.FraudCase(case_id="fc-sub-1001-irsf-1", subscriber="sub-1001", kind="irsf", state="open", score=1.5,
                        features={"premium_calls": 3}, baseline={"premium_calls_per_window": 0},
                        evidence=["u-1: voice out +88112345678 120s premium +881 satellite at metro"],
                        opened_at=T0 + 5, first_record_at=T0, last_seen_at=T0 + 4, updated_at=T0 + 5),
        ),
        (
            t.SIM_FRAUD,
            c.FraudTruth(episode_id="f01/0-irsf-sub-1001", kind="irsf", subscriber="sub-1001", look_alike=False,
                         start_at=T0, ended_at=T0 + 8, ended_by="bar_premium"),
        ),
        (
            t.FRAUD_COMMANDS,
            c.Command(command_id="fraud/fc-sub-1001-irsf-1/bar_premium", type="fraud.respond", target="sub-1001",
                      payload=c.FraudPayload(action="bar_premium", subscriber="sub-1001", case_id="fc-sub-1001-irsf-1"),
                      issued_by=c.Actor(kind="agent", id="fraud-responder"), correlation_id="fc-sub-1001-irsf-1",
                      issued_at=T0 + 6),
        ),
        (
            t.FRAUD_MARKS,
            c.FraudMark(mark_id="fm-fc-sub-1001-irsf-1", by=c.Actor(kind="person", id="approver-1"),
                        reason="a customer's own premium line", at=T0 + 9,
                        case=c.FraudCase(case_id="fc-sub-1001-irsf-1", subscriber="sub-1001", kind="irsf",
                                         state="open", score=1.5, features={"premium_calls": 3},
                                         baseline={"premium_calls_per_window": 0}, evidence=[], opened_at=T0 + 5,
                                         first_record_at=T0, last_seen_at=T0 + 4, updated_at=T0 + 5)),
        ),
        (
            t.LEGACY_ORDERS,
            c.RowChange(op="u", before=None, ts_ms=1_796_616_870_057,
                        after={"id": 1, "order_ref": "int-1/activate", "status": "done", "result": "{}"}),
        ),
    ]  # fmt: skip


async def test_every_contract_round_trips_through_kafka(bus: Bus) -> None:
    sent = one_of_each()
    covered = {topic.model for topic, _ in sent}
    assert covered == {topic.model for topic in t.ALL}, "a registered contract is not exercised"
    for topic, message in sent:
        await bus.publish(topic, message, key="k")
    for topic in {topic for topic, _ in sent}:
        got = [r.value for r in await bus.snapshot(topic)]
        assert got == [m for tp, m in sent if tp is topic]


def test_malformed_payloads_raise_contract_error() -> None:
    with pytest.raises(ContractError, match="not a valid Command"):
        c.Command.from_bytes(b'{"command_id": "x"}')
    with pytest.raises(ContractError):
        c.TelemetryBatch.from_bytes(b"not json at all")
    with pytest.raises(ContractError, match="surprise: Extra inputs"):
        c.Anomaly.from_bytes(
            c.Anomaly(
                anomaly_id="a",
                event="ONSET",
                entity="e",
                entity_kind="cell",
                kpi="k",
                severity="minor",
                detector="threshold",
                value=1,
                at=T0,
            )
            .to_bytes()
            .replace(b'"anomaly_id"', b'"surprise":1,"anomaly_id"')
        )
    with pytest.raises(ContractError, match="schema_version"):
        c.AuditRecord.from_bytes(
            b'{"schema_version": 99, "audit_id": "a", "at": 1, "actor": '
            b'{"kind": "agent", "id": "x"}, "action": "a", "subject": "s"}'
        )


async def test_wrong_model_for_topic_is_refused(bus: Bus) -> None:
    with pytest.raises(ContractError, match="does not belong"):
        await bus.publish(t.AUDIT, samples()[0])


async def test_malformed_record_goes_to_dead_letter(bus: Bus) -> None:
    await bus.publish_raw(t.COMMAND_RESULTS, b'{"command_id": 42}', key="bad")
    good = next(m for topic, m in one_of_each() if topic is t.COMMAND_RESULTS)
    await bus.publish(t.COMMAND_RESULTS, good, key="good")
    records = await bus.snapshot(t.COMMAND_RESULTS)
    assert [r.value for r in records] == [good]
    letters = [r.value for r in await bus.snapshot(t.DEAD_LETTER)]
    assert len(letters) == 1
    letter = letters[0]
    assert isinstance(letter, c.DeadLetter)
    assert letter.source_topic == "command.results" and letter.key == "bad"
    assert "command_id" in letter.reason and letter.raw == '{"command_id": 42}'
