"""Detection on the estate twin's own telemetry model, driven on event time without Kafka.

The twin's network model, fault engine and batch builder produce the samples; ten seconds of
history before a fault is all the detector gets, as in a scenario started on a fresh stack.
"""

from __future__ import annotations

import time

import pytest

from nerve.estate import Estate
from streams.kpis import failure_domain
from tests.streams.offline import TwinDriven

T0 = 1_700_000_000.0
HISTORY = 10

CASES = [
    ("cell_outage", "cell-m03-b", {}, 3, False),
    ("transport_link_down", "link-r02", {}, 3, False),
    ("cell_congestion", "cell-m05-a", {"ramp_s": 20}, 8, True),
    ("nf_overload", "upf-metro-1", {"ramp_s": 15}, 8, True),
    ("interference", "cell-m04-a", {}, 8, False),
    ("config_drift", "cell-m06-b", {}, 3, False),
    ("transport_degradation", "link-m07", {}, 8, True),
    ("site_power_failure", "site-m08", {"battery_s": 40}, 3, False),
    ("partner_outage", "partner-tunewave", {}, 3, False),
]


@pytest.mark.parametrize(("kind", "target", "params", "within", "predicted"), CASES, ids=[c[0] for c in CASES])
def test_twin_faults_open_the_right_incident(
    estate: Estate, kind: str, target: str, params: dict[str, float], within: float, predicted: bool
) -> None:
    run = TwinDriven(estate, seed=5)
    for k in range(HISTORY):
        run.step(T0 + k)
    at = T0 + HISTORY
    fault = run.engine.inject(kind, target, params, at=at)
    if kind == "config_drift":  # the twin reports the change as a NetworkEvent; the app forwards it so
        region = failure_domain(estate, target)
        run.domain(region).on_change(target, at, "change-1")
    for k in range(40):
        run.step(at + k)
    run.engine.clear(fault.fault_id, at=at + 40, by="test")
    for k in range(40, 55):
        run.step(at + k)
    opened = run.opened()
    assert [(i["root_cause"], i["probable_cause"]) for i in opened] == [(target, kind)]
    assert opened[0]["opened_at"] - at <= within
    assert opened[0]["predicted"] is predicted
    assert run.incidents[-1]["state"] == "closed"


def test_twin_noise_and_spikes_open_nothing(estate: Estate) -> None:
    for seed in (1, 2, 3):
        start = time.time() - 3 * 3600 * seed  # another time of day: another load level
        run = TwinDriven(estate, seed, start)
        for k in range(240):
            if k in (60, 150):
                run.engine.inject(
                    "transient_spike", "cell-m02-c" if k == 60 else "cell-m06-a", {"length_s": 4}, at=start + k
                )
            run.step(start + k)
        assert run.incidents == [], [(i["root_cause"], i["probable_cause"]) for i in run.incidents]
        assert not any(a["predicted"] for a in run.anomalies)
