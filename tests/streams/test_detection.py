"""Detection and correlation logic on generated telemetry (no broker): every fault kind, ramps, noise."""

from __future__ import annotations

import math

import orjson
import pytest

from nerve.contracts import Anomaly, EntityContext, Incident
from nerve.estate import Estate
from nerve.settings import StreamsConfig
from nerve.telemetry_decode import decode_message, decode_samples
from streams.detector import Detector
from tests.streams.offline import Offline

T0 = 1_700_000_000.0
WARMUP = 60  # seconds of healthy traffic before a fault

FAULTS = [
    # kind, target, params, root cause, incident opened within (s after the fault), predicted
    ("cell_outage", "cell-m03-b", {}, "cell-m03-b", 3, False),
    ("transport_link_down", "link-r02", {}, "link-r02", 3, False),
    ("cell_congestion", "cell-m05-a", {"ramp_s": 20}, "cell-m05-a", 10, True),
    ("interference", "cell-m04-a", {}, "cell-m04-a", 9, False),
    ("config_drift", "cell-m06-b", {}, "cell-m06-b", 3, False),
    ("transport_degradation", "link-m07", {"ramp_s": 10}, "link-m07", 8, True),
    ("site_power_failure", "site-m08", {"battery_s": 30}, "site-m08", 3, False),
    ("nf_overload", "upf-metro-1", {"ramp_s": 15}, "upf-metro-1", 8, True),
    ("partner_outage", "partner-tunewave", {}, "partner-tunewave", 3, False),
]


def run_fault(estate: Estate, kind: str, target: str, params: dict[str, float], seconds: int = 40) -> Offline:
    o = Offline(estate, seed=3)
    o.run(T0, WARMUP)
    o.net.inject(kind, target, T0 + WARMUP, **params)
    o.run(T0 + WARMUP, seconds)
    return o


@pytest.mark.parametrize(
    ("kind", "target", "params", "root", "within", "predicted"), FAULTS, ids=[f[0] for f in FAULTS]
)
def test_each_fault_opens_one_incident_naming_its_root_cause(
    estate: Estate, kind: str, target: str, params: dict[str, float], root: str, within: float, predicted: bool
) -> None:
    o = run_fault(estate, kind, target, params)
    opened = o.opened()
    assert [i["root_cause"] for i in opened] == [root], opened
    inc = Incident.model_validate(opened[0])
    assert inc.probable_cause == kind
    assert inc.opened_at - (T0 + WARMUP) <= within
    assert inc.predicted is predicted
    if predicted:
        assert inc.expected_impact_at is not None and inc.expected_impact_at > inc.opened_at
    affected = set(estate.topology.affected_by(root))
    assert set(inc.entities) <= affected | {
        n for e in affected if e in estate.topology.cell for n in estate.topology.neighbours(e)
    }
    for a in o.anomalies:
        Anomaly.model_validate(a)


def test_link_down_is_one_incident_with_every_cell_behind_it(estate: Estate) -> None:
    o = run_fault(estate, "transport_link_down", "link-r02", {}, seconds=15)
    (inc,) = o.opened()
    dark = set(estate.topology.cells_behind_link("link-r02"))
    final = [i for i in o.incidents if i["incident_id"] == inc["incident_id"]][-1]
    assert dark <= set(final["entities"]), "site-r03's cells are behind link-r02 too"
    assert final["entities"][0] == "link-r02"


def test_ramps_are_predicted_before_they_breach_critical(estate: Estate) -> None:
    for kind, target, kpi, params in (
        ("cell_congestion", "cell-m05-a", "prb_util_pct", {"ramp_s": 20}),
        ("nf_overload", "upf-metro-1", "cpu_pct", {"ramp_s": 15}),
    ):
        o = run_fault(estate, kind, target, params)
        onsets = [a for a in o.anomalies if a["entity"] == target and a["kpi"] == kpi and a["event"] == "ONSET"]
        forecast = next(a for a in onsets if a["predicted"])
        breach = next(a for a in onsets if a["severity"] == "critical")
        assert forecast["detector"] == "forecast"
        assert forecast["at"] - (T0 + WARMUP) <= 8, "predicted within a few seconds of the ramp's start"
        assert forecast["at"] < breach["at"]
        assert forecast["expected_impact_at"] is not None
        assert abs(forecast["expected_impact_at"] - breach["at"]) < 8, "the forecast names roughly the right time"
        predicted_incident = o.opened()[0]
        assert predicted_incident["predicted"] and predicted_incident["opened_at"] < breach["at"]


@pytest.mark.parametrize("length", [3, 4])
def test_transient_spikes_and_noise_open_nothing(estate: Estate, length: int) -> None:
    o = Offline(estate, seed=length)
    o.run(T0, WARMUP)
    o.net.inject("transient_spike", "cell-m02-c", T0 + WARMUP, length_s=length)
    o.net.inject("transient_spike", "cell-m06-a", T0 + WARMUP + 15, length_s=length)
    o.run(T0 + WARMUP, 120)
    assert o.incidents == []
    assert not any(a["predicted"] for a in o.anomalies), "a step is not a trend"


def test_incidents_close_once_everything_abated(estate: Estate) -> None:
    o = run_fault(estate, "transport_link_down", "link-r02", {}, seconds=15)
    o.net.clear("link-r02")
    o.run(T0 + WARMUP + 15, 10)
    states = [i["state"] for i in o.incidents]
    assert states[0] == "open" and states[-1] == "closed"
    assert len({i["incident_id"] for i in o.incidents}) == 1
    assert not any(d.incidents for d in o.domains.values())


def test_bad_samples_are_rejected_with_their_reason_and_the_rest_kept(estate: Estate) -> None:
    det = Detector(estate, StreamsConfig())
    good = {
        "entity": "link-m01", "kind": "transport_link", "ts": T0, "oper_up": 1.0,
        "latency_ms": 5.0, "packet_loss_pct": 0.0, "utilization_pct": 40.0,
    }  # fmt: skip
    cases = {
        "NaN": {**good, "latency_ms": math.nan},
        "impossible value": {**good, "packet_loss_pct": 140.0},
        "impossible value latency": {**good, "latency_ms": -3.0},
        "future": {**good, "ts": T0 + 3600},
        "unknown entity": {**good, "entity": "link-x99"},
        "missing KPI": {k: v for k, v in good.items() if k != "oper_up"},
        "not a number": {**good, "utilization_pct": "high"},
        "unexpected field": {**good, "colour": "red"},
        "kind": {**good, "kind": "cell"},
    }
    samples, malformed = decode_samples([good, *({**s, "ts": s["ts"] + 0.0} for s in cases.values())])
    _, rejected = det.ingest(samples, now=T0)
    rejected += malformed
    assert det.counters.samples == 1 and len(rejected) == len(cases)
    reasons = " | ".join(r.reason for r in rejected)
    for word in ("NaN", "impossible value", "future", "unknown entity", "missing KPI", "not a number", "unexpected"):
        assert word in reasons
    impossible = next(r for r in rejected if "packet_loss_pct" in r.reason)
    assert orjson.loads(impossible.raw)["packet_loss_pct"] == 140.0, "the raw sample is kept"


def test_late_samples_fold_in_or_drop_and_duplicates_are_ignored(estate: Estate) -> None:
    det = Detector(estate, StreamsConfig(lateness_s=5))
    base = {"entity": "partner-tunewave", "kind": "partner", "api_success_pct": 99.5, "api_latency_ms": 100.0}
    det.ingest(decode_samples([{**base, "ts": T0 + k} for k in range(20)])[0], now=T0 + 20)
    det.ingest(decode_samples([{**base, "ts": T0 + 17.5}])[0], now=T0 + 20)  # late, within lateness
    det.ingest(decode_samples([{**base, "ts": T0 + 2}])[0], now=T0 + 20)  # too late
    det.ingest(decode_samples([{**base, "ts": T0 + 19}])[0], now=T0 + 20)  # a redelivery
    c = det.counters
    assert (c.late_folded, c.too_late, c.duplicates) == (1, 1, 1)


def test_state_restored_from_a_checkpoint_raises_nothing_twice(estate: Estate) -> None:
    o = run_fault(estate, "cell_outage", "cell-m03-b", {}, seconds=5)
    saved = {e: o.detector.checkpoint(e) for e in o.detector.where}
    fresh = Detector(estate, StreamsConfig(), loader=saved.get)
    samples = [s for _, b in o.net.batches(T0 + WARMUP + 5) for s in decode_message(orjson.dumps(b))[0]]
    out, _ = fresh.ingest(samples, now=T0 + WARMUP + 5)
    assert not [e for e in out if e.anomaly.entity == "cell-m03-b"], "the open outage anomaly was restored"
    ctx = EntityContext.model_validate(fresh.context("cell-m03-b"))
    assert ctx.health == "failing" and ctx.open_anomalies


def test_planned_work_holds_its_symptoms_back_until_they_outlast_it(estate: Estate) -> None:
    cell = "cell-m03-b"
    site = estate.topology.cell[cell].site
    o = Offline(estate, seed=3)
    o.run(T0, WARMUP)
    end = T0 + WARMUP + 30
    o.domain("metro").on_window({"window_id": "mw-1", "target": site, "start": T0, "end": end})
    o.domain("metro").on_window({"window_id": "mw-2", "target": "cell-m05-a", "start": T0, "end": end + 600})
    o.net.inject("cell_outage", cell, T0 + WARMUP)
    o.run(T0 + WARMUP, 30)
    assert o.anomalies and not o.opened(), "symptoms of work on the cell's site are expected"
    o.run(T0 + WARMUP + 30, 10)
    (inc,) = o.opened()
    assert inc["root_cause"] == cell and inc["opened_at"] >= end, "a fault outlasting the window opens one"


def test_a_cancelled_window_holds_nothing_back(estate: Estate) -> None:
    o = Offline(estate, seed=3)
    o.run(T0, WARMUP)
    window = {"window_id": "mw-1", "target": "cell-m03-b", "start": T0, "end": T0 + 3600}
    o.domain("metro").on_window(window)
    o.domain("metro").on_window({**window, "cancelled": True})
    o.net.inject("cell_outage", "cell-m03-b", T0 + WARMUP)
    o.run(T0 + WARMUP, 10)
    assert [i["root_cause"] for i in o.opened()] == ["cell-m03-b"]


def test_a_recovering_incident_keeps_its_probable_cause(estate: Estate) -> None:
    o = run_fault(estate, "transport_link_down", "link-r02", {}, seconds=15)
    rural = o.domain("rural")
    (down,) = [x for x in rural.anomalies.values() if x["a"]["entity"] == "link-r02"]
    loss = {**down["a"], "kpi": "packet_loss_pct", "anomaly_id": "an-loss"}
    rural.on_anomaly(loss, down["since"], False)
    rural.reconcile()
    rural.on_anomaly({**down["a"], "event": "ABATED"}, down["since"], False)  # back up, loss still abating
    rural.reconcile()
    (inc,) = rural.incidents.values()
    assert inc["probable_cause"] == "transport_link_down"
