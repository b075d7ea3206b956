"""The healthy network: per-entity KPI levels with noise and a slow daily load curve.

Every KPI of ``estate/kpis.yaml`` is generated inside its normal range, so a healthy network
breaches no threshold; faults (``faults.py``) then bend the numbers. Values are computed for all
entities of a kind at once with numpy, because a 10x estate means hundreds of cells per tick.

A cell's state is one number, its load ``x`` (0 = idle, 1 = busy hour of a busy cell): PRB
utilisation and active users rise with it, user throughput falls with it, so the KPIs move
together as they do in a real RAN. Users of a dead cell move to its live neighbours, raising
their load (``shift_users``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from nerve.contracts import kpi_names
from nerve.estate import Estate

Array = npt.NDArray[np.float64]

# Load of a cell pushed up by its neighbours' users stays below PRB 'warn' (85 % at load 1.27).
MAX_LOAD = 1.25
# Noise as a share of each KPI's normal range; small enough that the range is rarely touched.
NOISE = 0.06


def daily_curve(epoch: float) -> float:
    """Traffic multiplier by local hour (UTC here): 0.6 at 04:00, 1.0 at 20:00, smooth in between."""
    hour = (epoch / 3600.0) % 24.0
    return 0.8 + 0.2 * math.sin(2 * math.pi * (hour - 14.0) / 24.0)


@dataclass
class KindState:
    """The KPI values of every entity of one kind at one tick (arrays aligned with ``ids``)."""

    kind: str
    ids: list[str]
    pos: dict[str, int]
    kpis: dict[str, Array] = field(default_factory=dict)


@dataclass
class Snapshot:
    """One tick of the whole network: what the telemetry of that instant reports."""

    ts: float
    kinds: dict[str, KindState]
    load: Array  # per cell, after users of dead cells have moved

    def set(self, kind: str, entity: str, kpi: str, value: float) -> None:
        state = self.kinds[kind]
        state.kpis[kpi][state.pos[entity]] = value

    def get(self, kind: str, entity: str, kpi: str) -> float:
        state = self.kinds[kind]
        return float(state.kpis[kpi][state.pos[entity]])


class NetworkModel:
    """Healthy KPI generation for one estate, deterministic for a seed and a sequence of ticks."""

    def __init__(self, estate: Estate, seed: int = 0) -> None:
        self.estate = estate
        topo = estate.topology
        self.rng = np.random.default_rng(seed)
        self.ids: dict[str, list[str]] = {
            "cell": [c.id for c in topo.cells],
            "site": [s.id for s in topo.sites],
            "transport_link": [x.id for x in topo.transport_links],
            "core_function": [x.id for x in topo.core_functions],
            "partner": [p.id for p in topo.partners],
        }
        self.pos: dict[str, dict[str, int]] = {k: {e: i for i, e in enumerate(v)} for k, v in self.ids.items()}
        self.ranges = {kind: self._ranges(kind) for kind in self.ids}
        n_cells = len(topo.cells)
        self.base_load = self.rng.uniform(0.35, 0.7, n_cells)
        # Per-entity fixed offsets make entities distinguishable (each has its own baseline).
        self.offsets = {
            kind: {k: self.rng.uniform(0.2, 0.8, len(ids)) for k in kpi_names(kind)} for kind, ids in self.ids.items()
        }
        self._neighbours = [
            np.array([self.pos["cell"][n] for n in c.neighbors if n in self.pos["cell"]], dtype=np.int64)
            for c in topo.cells
        ]
        # Which cells' traffic each link and core function carries (for utilisation and CPU).
        self._link_cells = [
            np.array([self.pos["cell"][c] for c in topo.cells_behind_link(x.id)], dtype=np.int64)
            for x in topo.transport_links
        ]
        self._core_cells = [
            np.array([self.pos["cell"][c] for c in topo.affected_by(x.id)[1:]], dtype=np.int64)
            for x in topo.core_functions
        ]

    def _ranges(self, kind: str) -> dict[str, tuple[Array, Array]]:
        """Normal (low, high) per KPI and entity; throughput depends on the cell's technology."""
        table = self.estate.kpis[kind]
        n = len(self.ids[kind])
        techs = [c.technology for c in self.estate.topology.cells] if kind == "cell" else [None] * n
        out: dict[str, tuple[Array, Array]] = {}
        for name in kpi_names(kind):
            lows, highs = zip(*(table[name].normal_range(t) for t in techs), strict=True) if n else ((), ())
            out[name] = (np.array(lows, dtype=np.float64), np.array(highs, dtype=np.float64))
        return out

    def cell_load(self, epoch: float) -> Array:
        noise = self.rng.normal(0.0, 0.02, len(self.base_load))
        return np.clip(self.base_load * daily_curve(epoch) + noise, 0.05, 1.0)

    def shift_users(self, load: Array, dead: npt.NDArray[np.bool_]) -> Array:
        """Users of dead cells spread evenly over their live neighbours; dead cells carry none."""
        out = load.copy()
        for i in np.flatnonzero(dead):
            live = self._neighbours[i][~dead[self._neighbours[i]]]
            if len(live):
                out[live] += load[i] / len(live)
        out[dead] = 0.0
        return np.minimum(out, MAX_LOAD)

    def _level(self, kind: str, kpi: str, frac: Array) -> Array:
        """``frac`` of the way through the normal range, plus noise, clipped to the range."""
        lo, hi = self.ranges[kind][kpi]
        noisy = frac + self.rng.normal(0.0, NOISE, len(frac))
        return lo + (hi - lo) * np.clip(noisy, 0.0, 1.0)

    def snapshot(self, epoch: float, dead: npt.NDArray[np.bool_] | None = None) -> Snapshot:
        """Healthy values for every entity at ``epoch``; cells in ``dead`` lose their users."""
        load = self.cell_load(epoch)
        if dead is not None and dead.any():
            load = self.shift_users(load, dead)
        kinds = {kind: KindState(kind, ids, self.pos[kind]) for kind, ids in self.ids.items()}
        off = self.offsets
        # PRB and users follow load (above 1 when neighbours' users arrive, up to MAX_LOAD).
        prb_lo, prb_hi = self.ranges["cell"]["prb_util_pct"]
        usr_lo, usr_hi = self.ranges["cell"]["active_users"]
        jitter = self.rng.normal(0.0, 0.01, len(load))
        cells = kinds["cell"].kpis
        cells["availability_pct"] = self._level("cell", "availability_pct", 0.9 + 0.1 * off["cell"]["availability_pct"])
        cells["prb_util_pct"] = prb_lo + (prb_hi - prb_lo) * np.clip(load + jitter, 0.0, MAX_LOAD)
        cells["rrc_setup_success_pct"] = self._level(
            "cell", "rrc_setup_success_pct", 0.5 + 0.3 * off["cell"]["rrc_setup_success_pct"]
        )
        cells["drop_rate_pct"] = self._level("cell", "drop_rate_pct", 0.2 + 0.3 * load)
        cells["ho_success_pct"] = self._level("cell", "ho_success_pct", 0.5 + 0.3 * off["cell"]["ho_success_pct"])
        cells["sinr_db"] = self._level("cell", "sinr_db", 0.3 + 0.4 * off["cell"]["sinr_db"])
        cells["dl_throughput_mbps"] = self._level("cell", "dl_throughput_mbps", np.clip(0.9 - 0.7 * load, 0.1, 0.9))
        cells["active_users"] = np.round(usr_lo + (usr_hi - usr_lo) * np.clip(load + jitter, 0.0, MAX_LOAD) * 0.8)
        sites = kinds["site"].kpis
        n_sites = len(self.ids["site"])
        sites["on_battery"] = np.zeros(n_sites)
        sites["battery_pct"] = np.full(n_sites, 100.0)
        links = kinds["transport_link"].kpis
        link_load = np.array([load[ix].mean() if len(ix) else 0.3 for ix in self._link_cells])
        links["oper_up"] = np.ones(len(self.ids["transport_link"]))
        links["latency_ms"] = self._level(
            "transport_link", "latency_ms", 0.2 + 0.4 * off["transport_link"]["latency_ms"]
        )
        links["packet_loss_pct"] = self._level("transport_link", "packet_loss_pct", 0.1 + 0.2 * link_load)
        links["utilization_pct"] = self._level("transport_link", "utilization_pct", 0.1 + 0.7 * link_load)
        cores = kinds["core_function"].kpis
        core_load = np.array([load[ix].mean() if len(ix) else 0.5 for ix in self._core_cells])
        cores["cpu_pct"] = self._level("core_function", "cpu_pct", 0.1 + 0.7 * core_load)
        for kpi in ("session_setup_success_pct", "registration_success_pct"):
            cores[kpi] = self._level("core_function", kpi, 0.5 + 0.3 * off["core_function"][kpi])
        partners = kinds["partner"].kpis
        partners["api_success_pct"] = self._level(
            "partner", "api_success_pct", 0.5 + 0.3 * off["partner"]["api_success_pct"]
        )
        partners["api_latency_ms"] = self._level(
            "partner", "api_latency_ms", 0.2 + 0.4 * off["partner"]["api_latency_ms"]
        )
        return Snapshot(epoch, kinds, load)

    def normal_range(self, kind: str, entity: str, kpi: str) -> tuple[float, float]:
        lo, hi = self.ranges[kind][kpi]
        i = self.pos[kind][entity]
        return float(lo[i]), float(hi[i])
