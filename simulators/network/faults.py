"""The faults of ``estate/faults.yaml`` and what they do to the network's KPIs.

Times are wall-clock epoch seconds, passed in explicitly so that tests can drive the engine
without waiting. A fault's ``impact`` is fixed when it starts: the moment it first breaches a
critical threshold (or would have, had it been cleared before):

- step faults (ramp 0) breach at once;
- gradual faults move every degraded KPI linearly from its current value to its critical
  threshold over ``ramp_s``, breach it exactly at ``start + ramp_s`` and then settle at the
  fault's level (past the operator's critical threshold: PRB ~99 % where critical is 95 %, ...),
  so a trend forecast sees the breach coming;
- a site power failure drains its battery linearly over ``battery_s``; impact is the empty
  battery, when the site's cells die.

Side effects of actions (a cell restart, an NF restart, a reroute onto a path of less capacity) are
``Harm``s: transient effects that happen whatever fault is present, for as long as the estate says.
Dead cells hand their users to live neighbours (model.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from nerve.contracts import FaultTruth, NetworkEvent, new_id
from nerve.errors import SimulationError
from nerve.estate import Estate
from simulators.network.model import NetworkModel, Snapshot

log = logging.getLogger(__name__)

# One minute of battery lasts half a second, so the demo estate's batteries (60-240 min)
# empty in 30-120 s: long enough to act on, short enough for a scenario.
BATTERY_S_PER_MINUTE = 0.5
DEFAULT_FIELD_FIX_S = 20.0
DEFAULT_SPIKE_S = 4.0
PARAMS = ("duration_s", "ramp_s", "battery_s", "length_s", "field_fix_s")


@dataclass
class Fault:
    fault_id: str
    kind: str
    target: str
    params: dict[str, Any]
    start: float
    impact: float
    affected: list[str]
    ramp_s: float
    ends_at: float | None  # when it ends by itself (duration_s, a spike's length)
    cleared_at: float | None = None
    cleared_by: str | None = None
    fix_at: float | None = None  # a fix under way (a restart, a field team on the road)
    fix_by: str | None = None
    change_id: str | None = None  # config_drift: the change that caused it

    def active(self, t: float) -> bool:
        return self.start <= t and (self.cleared_at is None or t < self.cleared_at)

    def progress(self, t: float) -> float:
        """0 at start, 1 from impact on."""
        span = self.impact - self.start
        return 1.0 if span <= 0 else min(1.0, max(0.0, (t - self.start) / span))

    def truth(self) -> FaultTruth:
        return FaultTruth(
            fault_id=self.fault_id,
            kind=self.kind,
            target=self.target,
            params=self.params,
            start=self.start,
            impact=self.impact,
            affected=self.affected,
            cleared_at=self.cleared_at,
            cleared_by=self.cleared_by,
        )


@dataclass
class Harm:
    """A transient effect of an action: ``cell_restart`` (cell dead), ``nf_restart`` (sessions drop) or
    ``reroute`` (the cells behind a link on its backup path, with less capacity)."""

    kind: str
    target: str
    start: float
    end: float

    def active(self, t: float) -> bool:
        return self.start <= t < self.end


@dataclass
class FaultEngine:
    """Active faults and harms over a healthy model; ``snapshot(t)`` is the network at ``t``."""

    estate: Estate
    model: NetworkModel
    faults: dict[str, Fault] = field(default_factory=dict)
    harms: list[Harm] = field(default_factory=list)
    changed: set[str] = field(default_factory=set)  # fault ids whose truth is not yet published
    events: list[NetworkEvent] = field(default_factory=list)  # not yet published

    def __post_init__(self) -> None:
        self.rng = np.random.default_rng(self.model.rng.integers(1 << 31))
        self.crit = _critical_thresholds(self.estate)

    def beyond(self, kind: str, kpi: str, depth: float) -> float:
        """A level ``depth`` warn-to-critical gaps past the operator's critical threshold (a negative
        depth stays short of it), so a fault breaches as far on any operator's KPI table."""
        spec = self.estate.kpis[kind][kpi]
        critical, warn = spec.threshold("critical"), spec.threshold("warn")
        assert critical is not None and warn is not None, f"{kind}.{kpi} needs warn and critical levels"
        level = critical + depth * (critical - warn)
        return min(100.0, max(0.0, level)) if spec.unit == "%" else level

    def dent(self, kind: str, kpi: str, share: float) -> float:
        """A fall of ``share`` times the gap between the normal floor and warn: a dip, not a breach."""
        spec = self.estate.kpis[kind][kpi]
        warn = spec.threshold("warn")
        assert warn is not None, f"{kind}.{kpi} needs a warn level"
        return share * abs(spec.normal_range()[0] - warn)

    # -- lifecycle ------------------------------------------------------------------------
    def inject(
        self, kind: str, target: str, params: dict[str, Any] | None = None, *, at: float, fault_id: str | None = None
    ) -> Fault:
        """Start a fault at ``at``; raises SimulationError for an unknown kind or a wrong target."""
        spec = self.estate.faults.faults.get(kind)
        if spec is None:
            raise SimulationError(f"unknown fault kind {kind!r}; known: {', '.join(self.estate.faults.faults)}")
        topo = self.estate.topology
        target_kind = topo.kind_of.get(target)
        if target_kind is None:
            raise SimulationError(f"unknown target {target!r}")
        if target_kind != spec.target:
            raise SimulationError(f"{kind} applies to a {spec.target}, and {target} is a {target_kind}")
        params = _check_params(params or {})
        ramp = _ramp_s(self.estate, kind, target, spec.ramp_s, params)
        ends_at = at + params["duration_s"] if "duration_s" in params else None
        if kind == "transient_spike":
            length = at + params.get("length_s", DEFAULT_SPIKE_S)
            ends_at = length if ends_at is None else min(ends_at, length)
        fault = Fault(
            fault_id=fault_id or new_id("flt"),
            kind=kind,
            target=target,
            params=params,
            start=at,
            impact=at + ramp,
            affected=_affected(self.estate, kind, target),
            ramp_s=ramp,
            ends_at=ends_at,
        )
        if kind == "config_drift":
            fault.change_id = new_id("chg")
            self.events.append(
                NetworkEvent(
                    event_id=new_id("nev"),
                    kind="config_change",
                    entity=target,
                    ts=at,
                    change_id=fault.change_id,
                    detail=f"configuration change {fault.change_id} applied to {target}",
                )
            )
        self.faults[fault.fault_id] = fault
        self.changed.add(fault.fault_id)
        log.info("fault %s: %s on %s (impact in %.1fs) %s", fault.fault_id, kind, target, ramp, params)
        return fault

    def clear(self, fault_id: str, *, at: float, by: str) -> bool:
        fault = self.faults.get(fault_id)
        if fault is None or fault.cleared_at is not None:
            return False
        fault.cleared_at, fault.cleared_by = at, by
        self.changed.add(fault_id)
        log.info("fault %s cleared by %s", fault_id, by)
        return True

    def schedule_fix(self, fault: Fault, *, at: float, by: str) -> None:
        """A fix that lands at ``at`` (now, or after a restart or a field team's drive)."""
        if fault.fix_at is None or at < fault.fix_at:
            fault.fix_at, fault.fix_by = at, by

    def settle(self, t: float) -> None:
        """Land the fixes and natural ends that are due by ``t``; the earlier of them wins."""
        for fault in self.faults.values():
            if fault.cleared_at is not None:
                continue
            ends = [(x, by) for x, by in ((fault.fix_at, fault.fix_by), (fault.ends_at, "duration")) if x is not None]
            if ends:
                when, by = min(ends, key=lambda e: e[0])
                if when <= t:
                    self.clear(fault.fault_id, at=when, by=by or "duration")
        self.harms = [h for h in self.harms if h.end > t]

    def active(self, t: float, target: str | None = None) -> list[Fault]:
        return [f for f in self.faults.values() if f.active(t) and (target is None or f.target == target)]

    def truth(self) -> list[FaultTruth]:
        return [f.truth() for f in self.faults.values()]

    # -- the network at one instant ---------------------------------------------------------
    def snapshot(self, t: float) -> Snapshot:
        self.settle(t)
        active = self.active(t)
        harms = [h for h in self.harms if h.active(t)]
        dead = np.zeros(len(self.model.ids["cell"]), dtype=bool)
        pos = self.model.pos["cell"]
        for cell in {c for f in active for c in _dead_cells(self.estate, f, t)} | {
            h.target for h in harms if h.kind == "cell_restart"
        }:
            dead[pos[cell]] = True
        snap = self.model.snapshot(t, dead)
        for f in active:
            EFFECTS[f.kind](self, f, t, snap)
        for h in harms:
            HARMS[h.kind](self, h, snap)
        _kill_cells(snap, dead)
        return snap

    def noise(self, scale: float) -> float:
        return float(self.rng.normal(0.0, scale))

    def ramp(self, snap: Snapshot, kind: str, entity: str, kpi: str, fault: Fault, t: float, level: float) -> None:
        """Move ``kpi`` linearly to its critical threshold by impact, then hold it at ``level``."""
        s = fault.progress(t)
        if s >= 1.0:
            value = level + self.noise(abs(level) * 0.005)
        else:
            current = snap.get(kind, entity, kpi)
            value = current + (self.crit[(kind, entity, kpi)] - current) * s
        snap.set(kind, entity, kpi, value)


def _critical_thresholds(estate: Estate) -> dict[tuple[str, str, str], float]:
    topo = estate.topology
    out: dict[tuple[str, str, str], float] = {}
    for kind, entities in (
        ("cell", [(c.id, c.technology) for c in topo.cells]),
        ("transport_link", [(x.id, None) for x in topo.transport_links]),
        ("core_function", [(x.id, None) for x in topo.core_functions]),
        ("partner", [(x.id, None) for x in topo.partners]),
        ("site", [(x.id, None) for x in topo.sites]),
    ):
        for name, kpi in estate.kpis[kind].items():
            for entity, tech in entities:
                value = kpi.threshold("critical", tech)
                if value is not None:
                    out[(kind, entity, name)] = value
    return out


def _check_params(params: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in params.items():
        if key not in PARAMS:
            log.warning("ignoring unknown fault parameter %s=%r", key, value)
            continue
        try:
            number = float(value)
        except (TypeError, ValueError) as exc:
            raise SimulationError(f"fault parameter {key} must be a number of seconds, not {value!r}") from exc
        if number < 0:
            raise SimulationError(f"fault parameter {key} must not be negative ({number})")
        out[key] = number
    return out


def _ramp_s(estate: Estate, kind: str, target: str, default: int | str, params: dict[str, Any]) -> float:
    if kind == "site_power_failure":
        return float(params.get("battery_s", estate.topology.site[target].battery_minutes * BATTERY_S_PER_MINUTE))
    if isinstance(default, int) and default > 0:
        return float(params.get("ramp_s", default))
    return 0.0  # step faults stay steps whatever the parameters say


def _affected(estate: Estate, kind: str, target: str) -> list[str]:
    topo = estate.topology
    if kind == "config_drift":
        return [target, *topo.neighbours(target)]
    if kind == "transport_degradation":
        return [target, *topo.cells_behind_link(target)]
    if kind in ("transport_link_down", "site_power_failure", "nf_overload"):
        return topo.affected_by(target)
    return [target]


def _dead_cells(estate: Estate, fault: Fault, t: float) -> list[str]:
    topo = estate.topology
    if fault.kind == "cell_outage":
        return [fault.target]
    if fault.kind == "transport_link_down":
        return topo.cells_behind_link(fault.target)
    if fault.kind == "site_power_failure" and t >= fault.impact:
        return topo.cells_of_site(fault.target)
    return []


def _kill_cells(snap: Snapshot, dead: np.ndarray[Any, np.dtype[np.bool_]]) -> None:
    """A cell without power, backhaul or software carries nothing and is unavailable."""
    if not dead.any():
        return
    cells = snap.kinds["cell"].kpis
    for kpi in ("availability_pct", "active_users", "prb_util_pct", "dl_throughput_mbps"):
        cells[kpi][dead] = 0.0


# -- effects per fault kind (cell deaths are handled by _dead_cells) --------------------------
Effect = Callable[[FaultEngine, Fault, float, Snapshot], None]


def _nothing(engine: FaultEngine, f: Fault, t: float, snap: Snapshot) -> None:
    return None


def _congestion(engine: FaultEngine, f: Fault, t: float, snap: Snapshot) -> None:
    thr_crit = engine.crit[("cell", f.target, "dl_throughput_mbps")]
    engine.ramp(snap, "cell", f.target, "prb_util_pct", f, t, engine.beyond("cell", "prb_util_pct", 0.4))
    engine.ramp(snap, "cell", f.target, "dl_throughput_mbps", f, t, thr_crit * 0.6)
    engine.ramp(
        snap, "cell", f.target, "rrc_setup_success_pct", f, t, engine.beyond("cell", "rrc_setup_success_pct", 2 / 3)
    )


def _interference(engine: FaultEngine, f: Fault, t: float, snap: Snapshot) -> None:
    snap.set("cell", f.target, "sinr_db", engine.beyond("cell", "sinr_db", 1 / 3) + engine.noise(0.2))
    snap.set("cell", f.target, "drop_rate_pct", engine.beyond("cell", "drop_rate_pct", 1.0) + engine.noise(0.15))
    snap.set("cell", f.target, "dl_throughput_mbps", snap.get("cell", f.target, "dl_throughput_mbps") * 0.5)


def _config_drift(engine: FaultEngine, f: Fault, t: float, snap: Snapshot) -> None:
    snap.set("cell", f.target, "ho_success_pct", engine.beyond("cell", "ho_success_pct", 1.0) + engine.noise(0.8))
    # Only the neighbours' handovers into the drifted cell fail: a dent, not a breach.
    dented = engine.beyond("cell", "ho_success_pct", -0.6)
    for n in f.affected[1:]:
        current = snap.get("cell", n, "ho_success_pct")
        snap.set("cell", n, "ho_success_pct", min(current, dented + engine.noise(0.4)))


def _link_down(engine: FaultEngine, f: Fault, t: float, snap: Snapshot) -> None:
    snap.set("transport_link", f.target, "oper_up", 0.0)
    snap.set("transport_link", f.target, "packet_loss_pct", 100.0)
    snap.set("transport_link", f.target, "utilization_pct", 0.0)
    topo = engine.estate.topology
    # Links chained behind this one still work but carry nothing.
    for site in topo.sites_behind_link(f.target)[1:]:
        for link in topo.site[site].uplinks:
            snap.set("transport_link", link, "utilization_pct", 0.0)


def _link_degradation(engine: FaultEngine, f: Fault, t: float, snap: Snapshot) -> None:
    engine.ramp(
        snap, "transport_link", f.target, "latency_ms", f, t, engine.beyond("transport_link", "latency_ms", 1.0)
    )
    engine.ramp(
        snap,
        "transport_link",
        f.target,
        "packet_loss_pct",
        f,
        t,
        engine.beyond("transport_link", "packet_loss_pct", 0.25),
    )
    s = f.progress(t)
    worse = engine.beyond("cell", "drop_rate_pct", -0.5)  # behind the link: degraded, not failing
    for cell in f.affected[1:]:
        snap.set("cell", cell, "dl_throughput_mbps", snap.get("cell", cell, "dl_throughput_mbps") * (1 - 0.6 * s))
        drop = snap.get("cell", cell, "drop_rate_pct")
        snap.set("cell", cell, "drop_rate_pct", drop + (worse - drop) * s)


def _power_failure(engine: FaultEngine, f: Fault, t: float, snap: Snapshot) -> None:
    snap.set("site", f.target, "on_battery", 1.0)
    snap.set("site", f.target, "battery_pct", round(100.0 * (1.0 - f.progress(t)), 2))


def _nf_overload(engine: FaultEngine, f: Fault, t: float, snap: Snapshot) -> None:
    engine.ramp(snap, "core_function", f.target, "cpu_pct", f, t, engine.beyond("core_function", "cpu_pct", 0.7))
    for kpi in ("session_setup_success_pct", "registration_success_pct"):
        engine.ramp(snap, "core_function", f.target, kpi, f, t, engine.beyond("core_function", kpi, 1.5))
    # The region's cells see RRC setups dip (sessions the core cannot set up), not breach.
    dip = engine.dent("cell", "rrc_setup_success_pct", 1.3) * f.progress(t)
    cells = snap.kinds["cell"]
    idx = [cells.pos[c] for c in f.affected[1:]]
    cells.kpis["rrc_setup_success_pct"][idx] -= dip


def _partner_outage(engine: FaultEngine, f: Fault, t: float, snap: Snapshot) -> None:
    snap.set(
        "partner", f.target, "api_success_pct", engine.beyond("partner", "api_success_pct", 50 / 7) + engine.noise(2.0)
    )
    snap.set(
        "partner", f.target, "api_latency_ms", engine.beyond("partner", "api_latency_ms", 1.25) + engine.noise(150.0)
    )


def _spike(engine: FaultEngine, f: Fault, t: float, snap: Snapshot) -> None:
    snap.set(
        "cell", f.target, "prb_util_pct", min(100.0, engine.beyond("cell", "prb_util_pct", 0.2) + engine.noise(0.5))
    )


EFFECTS: dict[str, Effect] = {
    "cell_outage": _nothing,
    "cell_congestion": _congestion,
    "interference": _interference,
    "config_drift": _config_drift,
    "transport_link_down": _link_down,
    "transport_degradation": _link_degradation,
    "site_power_failure": _power_failure,
    "nf_overload": _nf_overload,
    "partner_outage": _partner_outage,
    "transient_spike": _spike,
}


def _nf_restart(engine: FaultEngine, h: Harm, snap: Snapshot) -> None:
    """Every session the NF holds drops; the region's cells lose their users until it is back."""
    for kpi in ("session_setup_success_pct", "registration_success_pct"):
        snap.set("core_function", h.target, kpi, 0.0)
    snap.set("core_function", h.target, "cpu_pct", 5.0)
    cells = snap.kinds["cell"]
    idx = [cells.pos[c] for c in engine.estate.topology.affected_by(h.target)[1:]]
    cells.kpis["active_users"][idx] = 0.0
    cells.kpis["dl_throughput_mbps"][idx] = 0.0
    cells.kpis["drop_rate_pct"][idx] = 100.0


def _reroute(engine: FaultEngine, h: Harm, snap: Snapshot) -> None:
    """Traffic moved to the backup path gets less capacity while it settles there: the cells behind
    the link lose throughput, past the operator's critical level (as in congestion)."""
    for cell in engine.estate.topology.cells_behind_link(h.target):
        ceiling = engine.crit[("cell", cell, "dl_throughput_mbps")] * 0.6
        snap.set("cell", cell, "dl_throughput_mbps", min(snap.get("cell", cell, "dl_throughput_mbps"), ceiling))


HARMS: dict[str, Callable[[FaultEngine, Harm, Snapshot], None]] = {
    "cell_restart": lambda engine, h, snap: None,  # the cell is dead while it restarts
    "nf_restart": _nf_restart,
    "reroute": _reroute,
}
