"""A small stand-in for the estate twin: noisy healthy telemetry with the fault shapes of faults.yaml.

Time is whatever the caller passes (event time), so tests can run a minute of network in seconds.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from nerve.estate import Estate


@dataclass
class Fault:
    kind: str
    target: str
    start: float
    params: dict[str, Any] = field(default_factory=dict)


class FakeNetwork:
    def __init__(self, estate: Estate, seed: int = 0) -> None:
        self.topo = estate.topology
        self.rng = random.Random(seed)
        self.faults: dict[str, Fault] = {}
        self.base_prb = {c.id: self.rng.uniform(30, 55) for c in self.topo.cells}
        self.events: list[dict[str, Any]] = []  # network events (config changes) raised by faults

    def inject(self, kind: str, target: str, at: float, **params: Any) -> None:
        self.faults[target] = Fault(kind, target, at, params)
        if kind == "config_drift":
            self.events.append(
                {"event_id": f"ev-{target}-{at:.0f}", "kind": "config_change", "entity": target, "ts": at,
                 "change_id": f"chg-{at:.0f}", "detail": "parameter change"}
            )  # fmt: skip

    def clear(self, target: str) -> None:
        self.faults.pop(target, None)

    def _n(self, mu: float, sd: float, lo: float = 0.0, hi: float = 1e9) -> float:
        return min(hi, max(lo, self.rng.gauss(mu, sd)))

    def batches(self, ts: float) -> list[tuple[str, dict[str, Any]]]:
        """(key, TelemetryBatch as dict) for every source at event time ``ts``."""
        cells = {c.id: self.cell(c.id, ts) for c in self.topo.cells}
        self._spill(cells, ts)
        out: list[tuple[str, dict[str, Any]]] = []
        for site in self.topo.sites:
            samples = [self.site(site.id, ts), *(cells[c] for c in self.topo.cells_of_site(site.id))]
            out.append((site.id, {"source": site.id, "sent_at": ts, "samples": samples}))
        for link in self.topo.transport_links:
            out.append((link.id, {"source": link.id, "sent_at": ts, "samples": [self.link(link.id, ts)]}))
        for nf in self.topo.core_functions:
            out.append((nf.id, {"source": nf.id, "sent_at": ts, "samples": [self.core(nf.id, ts)]}))
        for p in self.topo.partners:
            out.append((p.id, {"source": p.id, "sent_at": ts, "samples": [self.partner(p.id, ts)]}))
        return out

    def _active(self, kind: str, ts: float) -> list[Fault]:
        return [f for f in self.faults.values() if f.kind == kind and ts >= f.start]

    def cell(self, cell: str, ts: float) -> dict[str, Any]:
        tech = self.topo.cell[cell].technology
        s: dict[str, Any] = {
            "entity": cell, "kind": "cell", "ts": ts,
            "availability_pct": self._n(99.98, 0.02, 99.9, 100),
            "prb_util_pct": self._n(self.base_prb[cell], 3, 0, 100),
            "rrc_setup_success_pct": self._n(99.6, 0.2, 98.6, 100), "drop_rate_pct": self._n(0.3, 0.08, 0.05, 0.8),
            "ho_success_pct": self._n(98.8, 0.4, 97.6, 100), "sinr_db": self._n(17, 2, 8, 30),
            "dl_throughput_mbps": self._n(500, 40) if tech == "5G" else self._n(90, 8),
            "active_users": self._n(200, 20),
        }  # fmt: skip
        site = self.topo.cell[cell].site
        for f in self._active("cell_congestion", ts):
            if f.target == cell:
                frac = min(1.0, (ts - f.start) / f.params.get("ramp_s", 20))
                base = self.base_prb[cell]
                s["prb_util_pct"] = min(100.0, base + (99 - base) * frac + self.rng.gauss(0, 0.8))
                if frac > 0.8:
                    s["dl_throughput_mbps"] = 40.0 if tech == "5G" else 8.0
                    s["rrc_setup_success_pct"] = self._n(93, 0.5)
        for f in self._active("transient_spike", ts):
            if f.target == cell and ts < f.start + f.params.get("length_s", 4):
                s["prb_util_pct"] = self._n(97, 0.8, 0, 100)
        for f in self._active("interference", ts):
            if f.target == cell:
                s.update(sinr_db=self._n(1, 0.3, -5), drop_rate_pct=self._n(3, 0.2))
                s["dl_throughput_mbps"] /= 2
        for f in self._active("config_drift", ts):
            if f.target == cell or cell in self.topo.neighbours(f.target):
                s["ho_success_pct"] = self._n(85, 1, 0, 100)
        for f in self._active("nf_overload", ts):
            region = self.topo.region_of(f.target)
            frac = min(1.0, (ts - f.start) / f.params.get("ramp_s", 15))
            if region == self.topo.region_of(cell) and frac > 0.7:
                s["rrc_setup_success_pct"] = self._n(96.5, 0.3)
        down = any(f.target == cell for f in self._active("cell_outage", ts))
        for f in self._active("transport_link_down", ts):
            down |= cell in self.topo.cells_behind_link(f.target)
        for f in self._active("transport_degradation", ts):
            if cell in self.topo.cells_behind_link(f.target):
                s["dl_throughput_mbps"] *= 0.4
                s["drop_rate_pct"] = self._n(1.5, 0.1)
        for f in self._active("site_power_failure", ts):
            down |= f.target == site and ts >= f.start + f.params.get("battery_s", 30)
        if down:
            s.update(availability_pct=0.0, active_users=0.0, prb_util_pct=0.0, dl_throughput_mbps=0.0)
        return s

    def _spill(self, cells: dict[str, dict[str, Any]], ts: float) -> None:
        """Users of a dark cell move to its neighbours."""
        for cell, s in cells.items():
            if s["availability_pct"] == 0.0:
                for n in self.topo.neighbours(cell):
                    if cells[n]["availability_pct"] > 0:
                        cells[n]["prb_util_pct"] = min(100.0, cells[n]["prb_util_pct"] + 8)

    def site(self, site: str, ts: float) -> dict[str, Any]:
        s: dict[str, Any] = {"entity": site, "kind": "site", "ts": ts, "on_battery": 0.0, "battery_pct": 100.0}
        for f in self._active("site_power_failure", ts):
            if f.target == site:
                left = 1 - (ts - f.start) / f.params.get("battery_s", 30)
                s.update(on_battery=1.0, battery_pct=max(0.0, 100 * left))
        return s

    def link(self, link: str, ts: float) -> dict[str, Any]:
        s: dict[str, Any] = {
            "entity": link, "kind": "transport_link", "ts": ts, "oper_up": 1.0, "latency_ms": self._n(5, 1, 1),
            "packet_loss_pct": self._n(0.05, 0.02, 0, 0.1), "utilization_pct": self._n(40, 5),
        }  # fmt: skip
        for f in self._active("transport_link_down", ts):
            if f.target == link:
                s.update(oper_up=0.0, utilization_pct=0.0)
        for f in self._active("transport_degradation", ts):
            if f.target == link:
                frac = min(1.0, (ts - f.start) / f.params.get("ramp_s", 10))
                s.update(latency_ms=5 + 75 * frac, packet_loss_pct=0.05 + 6 * frac)
        return s

    def core(self, nf: str, ts: float) -> dict[str, Any]:
        s: dict[str, Any] = {
            "entity": nf, "kind": "core_function", "ts": ts, "cpu_pct": self._n(45, 2.5),
            "session_setup_success_pct": self._n(99.8, 0.08, 99.5, 100),
            "registration_success_pct": self._n(99.8, 0.08, 99.5, 100),
        }  # fmt: skip
        for f in self._active("nf_overload", ts):
            if f.target == nf:
                frac = min(1.0, (ts - f.start) / f.params.get("ramp_s", 15))
                s["cpu_pct"] = min(100.0, 45 + 52 * frac + self.rng.gauss(0, 0.8))
                if frac > 0.8:
                    s.update(session_setup_success_pct=self._n(94, 0.3), registration_success_pct=self._n(94, 0.3))
        return s

    def partner(self, partner: str, ts: float) -> dict[str, Any]:
        s: dict[str, Any] = {
            "entity": partner, "kind": "partner", "ts": ts,
            "api_success_pct": self._n(99.6, 0.2, 99, 100), "api_latency_ms": self._n(120, 20, 40),
        }  # fmt: skip
        for f in self._active("partner_outage", ts):
            if f.target == partner:
                s.update(api_success_pct=self._n(40, 3), api_latency_ms=self._n(3500, 200))
        return s
