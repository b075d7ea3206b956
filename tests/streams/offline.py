"""Detector and correlator wired together in one process, without Kafka, for fast logic tests.

``Offline`` takes its telemetry from a small fake network; ``TwinDriven`` from the estate twin's own
network model and fault engine.
"""

from __future__ import annotations

from typing import Any

import orjson

from nerve.estate import Estate
from nerve.settings import StreamsConfig
from nerve.telemetry_decode import Sample, decode_message
from simulators.network.faults import FaultEngine
from simulators.network.model import NetworkModel
from simulators.network.telemetry import BatchBuilder
from streams.correlate import Domain
from streams.detector import Detector
from streams.kpis import domain_names, failure_domain
from tests.streams.fakenet import FakeNetwork


class Offline:
    def __init__(self, estate: Estate, cfg: StreamsConfig | None = None, seed: int = 0) -> None:
        self.estate = estate
        self.cfg = cfg or StreamsConfig()
        self.net = FakeNetwork(estate, seed)
        self.detector = Detector(estate, self.cfg)
        self.domains: dict[str, Domain] = {}
        self.anomalies: list[dict[str, Any]] = []
        self.incidents: list[dict[str, Any]] = []
        self.rejected: list[Any] = []
        self.seen_events = 0

    def domain(self, name: str) -> Domain:
        if name not in self.domains:
            self.domains[name] = Domain(name, self.estate, self.cfg)
        return self.domains[name]

    def step(self, ts: float) -> None:
        samples: list[Sample] = []
        for _key, batch in self.net.batches(ts):
            good, bad = decode_message(orjson.dumps(batch))
            samples += good
            self.rejected.extend(bad)
        for ev in self.net.events[self.seen_events :]:
            self.domain(failure_domain(self.estate, ev["entity"])).on_change(ev["entity"], ev["ts"], ev["change_id"])
        self.seen_events = len(self.net.events)
        out, rejected = self.detector.ingest(samples, now=ts)
        self.rejected.extend(rejected)
        for e in out:
            anomaly = orjson.loads(e.anomaly.to_bytes())  # a copy, as it would arrive over Kafka
            self.anomalies.append(anomaly)
            self.domain(anomaly["failure_domain"]).on_anomaly(anomaly, e.since, e.fast)
        for name in domain_names(self.estate):
            d = self.domain(name)
            d.on_watermark(ts)
            self.incidents.extend(d.reconcile())

    def run(self, start: float, seconds: int) -> None:
        for k in range(seconds):
            self.step(start + k)

    def opened(self) -> list[dict[str, Any]]:
        return [i for i in self.incidents if i["state"] == "open"]


class TwinDriven(Offline):
    def __init__(self, estate: Estate, seed: int, start: float = 0.0) -> None:
        super().__init__(estate)
        self.engine = FaultEngine(estate, NetworkModel(estate, seed))
        self.builder = BatchBuilder(estate)
        self.start = start
        self.rejections = 0

    def step(self, ts: float) -> None:
        snap = self.engine.snapshot(ts)
        samples: list[Sample] = []
        for _, batch in self.builder.batches(snap, ts):
            good, bad = decode_message(batch.to_bytes())
            samples += good
            self.rejections += len(bad)
        out, rejected = self.detector.ingest(samples, now=ts)
        self.rejections += len(rejected)
        for e in out:
            a = orjson.loads(e.anomaly.to_bytes())
            self.anomalies.append(a)
            self.domain(a["failure_domain"]).on_anomaly(a, e.since, e.fast)
        for name in domain_names(self.estate):
            d = self.domain(name)
            d.on_watermark(ts)
            self.incidents.extend(d.reconcile())
