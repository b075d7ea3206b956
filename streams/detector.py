"""Per-sample detection on per-entity state: thresholds, learned baselines and trend forecasts.

State lives in numpy arrays, one row per entity of a kind and a column per KPI, because Faust's
cost is per message and Python's per operation: a batch of messages is split into *rounds* in which
every entity appears at most once, and each round updates all its rows with a few vector
operations. Only the rows where something changes (an anomaly starts or ends, a trend needs
fitting) drop into Python.

Per kind (``KindState``), the state every detector reads: the ``Window`` (the newest sample and the
last few) and the ``Baseline`` (an EWMA mean and variance learnt on healthy samples, one ``ewma``
step for both paths). Each detector keeps its own ``Tracker`` (runs, open anomaly, since when):
``ThresholdDetector``, ``BaselineDetector`` and ``ForecastDetector``, each documented where it is.
Anomalies are built as the contract's ``Anomaly``.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import operator
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import numpy.typing as npt
import orjson

from nerve.contracts import Anomaly
from nerve.contracts.assurance import Severity
from nerve.estate import Estate
from nerve.settings import StreamsConfig
from nerve.telemetry_decode import KIND_OF, Rejected, Sample, dump_sample, value_problem
from streams.kpis import KindSpec, compile_estate

Detectors = Literal["threshold", "baseline", "forecast"]
SEVERITY_OF_LEVEL: dict[int, Severity] = {1: "minor", 2: "critical"}
ENTITY = operator.attrgetter("entity")
MIN_SAMPLES = 5  # before this many, a learned mean and deviation mean nothing yet
F64 = npt.NDArray[np.float64]
I32 = npt.NDArray[np.int32]
Rows = npt.NDArray[np.int64]


@dataclass(frozen=True)
class Emitted:
    """An anomaly event plus what correlation needs: when the breach began, and whether it is unmistakable."""

    anomaly: Anomaly
    since: float
    fast: bool


@dataclass
class Counters:
    samples: int = 0
    rejected: int = 0
    late_folded: int = 0
    too_late: int = 0
    duplicates: int = 0
    first_batch_at: float = 0.0  # perf_counter() when the worker took its first batch, and when it
    last_batch_at: float = 0.0  # finished its latest: its processing rate is measured in between


def ewma(alpha: float, mean: F64, var: F64, n: I32, v: F64, learn: Any = True) -> tuple[F64, F64, I32]:
    """One step of the learnt baseline, for the rows and KPIs where ``learn`` holds (the others keep
    their values). A running average until 1/alpha samples are in, then exponential: unbiased from
    the first sample."""
    a = np.maximum(alpha, 1.0 / (n + 1))
    delta = v - mean
    new_mean, new_var = mean + a * delta, (1 - a) * (var + a * delta * delta)
    if learn is True:
        return new_mean, new_var, n + 1
    return np.where(learn, new_mean, mean), np.where(learn, new_var, var), n + learn


class Window:
    """What every detector reads of an entity: its newest sample, and the last ``forecast_points``
    samples in a ring (``hist_pos`` is where the next one goes)."""

    def __init__(self, n: int, k: int, p: int) -> None:
        self.last_ts = np.zeros(n)  # event time of the newest sample; later ones are late
        self.last_v = np.full((n, k), math.nan)
        self.hist_ts = np.zeros((n, p))
        self.hist_v = np.zeros((n, p, k))
        self.hist_pos = np.zeros(n, np.int32)

    def push(self, idx: Rows, ts: F64, v: F64, p: int) -> None:
        self.last_ts[idx] = ts
        self.last_v[idx] = v
        pos = self.hist_pos[idx]
        self.hist_ts[idx, pos] = ts
        self.hist_v[idx, pos] = v
        self.hist_pos[idx] = (pos + 1) % p


class Baseline:
    """The learnt normal of each (entity, KPI): an EWMA mean and variance, and how many samples it
    has learnt from. Only healthy samples near it are learnt, so a fault or a ramp is not."""

    def __init__(self, n: int, k: int) -> None:
        self.mean = np.zeros((n, k))
        self.var = np.zeros((n, k))
        self.n = np.zeros((n, k), np.int32)


class Tracker:
    """The state every detector keeps per (entity, KPI): how many samples in a row it has seen
    something (``run``) or nothing (``ok``), whether an anomaly is open (for thresholds, its level),
    and when the current run began."""

    def __init__(self, n: int, k: int) -> None:
        self.run = np.zeros((n, k), np.int32)
        self.ok = np.zeros((n, k), np.int32)
        self.open = np.zeros((n, k), np.int32)
        self.since = np.zeros((n, k))

    def busy(self, idx: Rows) -> Any:
        return self.run[idx] | self.open[idx]


class ThresholdDetector(Tracker):
    """The estate's warn and critical levels (per technology where it gives them). A breach must
    repeat ``debounce_samples`` times unless it is availability-class or far past critical; it abates
    after ``clear_samples`` samples back inside the warn level (hysteresis: a critical anomaly stays
    open in the warn band)."""

    def step(self, cfg: StreamsConfig, spec: KindSpec, idx: Rows, ts: F64, x: F64, level: Any) -> tuple[Any, Any]:
        """Onsets and abatements of one round (``x``: values in the bad direction)."""
        breach = level > 0
        run = np.where(breach, self.run[idx] + 1, 0)
        ok = np.where(breach, 0, self.ok[idx] + 1)
        since = np.where(breach & (run == 1), ts[:, None], self.since[idx])
        need = np.where(spec.hard | (x >= spec.severe[idx]), 1, cfg.debounce_samples)
        opened = self.open[idx]
        onset = breach & (run >= need) & (level > opened)
        abate = (opened > 0) & ~breach & (ok >= cfg.clear_samples)
        self.run[idx], self.ok[idx], self.since[idx] = run, ok, since
        return onset, abate


class BaselineDetector(Tracker):
    """Deviation from the learnt baseline, in the bad direction only: ``baseline_z`` standard
    deviations for ``debounce_samples`` samples; it abates after ``clear_samples`` within half that."""

    def step(self, cfg: StreamsConfig, idx: Rows, ts: F64, zbad: F64) -> tuple[Any, Any]:
        hit = zbad >= cfg.baseline_z
        run = np.where(hit, self.run[idx] + 1, 0)
        ok = np.where(zbad < cfg.baseline_z / 2, self.ok[idx] + 1, 0)
        opened = self.open[idx]
        onset = (opened == 0) & (run >= cfg.debounce_samples)
        abate = (opened > 0) & (ok >= cfg.clear_samples)
        self.since[idx] = np.where(hit & (run == 1), ts[:, None], self.since[idx])
        self.run[idx], self.ok[idx] = run, ok
        return onset, abate


class ForecastDetector(Tracker):
    """A straight line fitted to the window that crosses critical within the horizon: it must explain
    the values, rise by more than the KPI's noise, be a ramp rather than a step and still be rising.
    It holds for ``forecast_confirm`` samples before it predicts; a noisy sample or two mid-ramp does
    not end a prediction, being back near the baseline or no trend for a while does."""

    def trend(self, cfg: StreamsConfig, st: KindState, i: int, j: int, now_ts: float) -> float | None:
        """When the fitted line crosses critical, if the recent samples are a credible trend towards it."""
        spec, w = st.spec, st.window
        t_all = w.hist_ts[i]
        if (t_all <= 0).any():
            return None  # not enough history yet
        order = np.argsort(t_all)
        t = (t_all[order] - now_ts).tolist()
        y = (w.hist_v[i, order, j] * spec.sign[j]).tolist()
        rise = y[-1] - y[0]
        sd = max(math.sqrt(st.baseline.var[i, j]), float(spec.sd_floor[j]))
        if rise < st.min_rise[i, j] or rise < cfg.forecast_rise_sd * sd:
            return None  # not clearly more than the KPI's usual noise
        if max(b - a for a, b in itertools.pairwise(y)) > cfg.forecast_step_frac * rise:
            return None  # a step, not a ramp
        if y[-1] - y[len(y) // 2] < cfg.forecast_late_rise_frac * rise:
            return None  # the rise has stopped: a shift to a new level, not a ramp still under way
        n = len(t)
        mt, my = sum(t) / n, sum(y) / n
        stt = sum((a - mt) ** 2 for a in t)
        syy = sum((b - my) ** 2 for b in y)
        sty = sum((a - mt) * (b - my) for a, b in zip(t, y, strict=True))
        if stt <= 0 or syy <= 0 or sty <= 0:
            return None
        if sty * sty / (stt * syy) < cfg.forecast_min_r2:
            return None
        slope = sty / stt
        fit_now = my - slope * mt
        ttc = (float(spec.crit[i, j]) - fit_now) / slope
        if not 0 < ttc <= cfg.forecast_horizon_s:
            return None
        return float(now_ts + ttc)


# Checkpointed arrays of an entity, by the names its checkpoint has carried since the first release.
CHECKPOINT: dict[str, tuple[str, str]] = {
    "last_ts": ("window", "last_ts"), "last_v": ("window", "last_v"),
    "run": ("threshold", "run"), "okrun": ("threshold", "ok"), "since": ("threshold", "since"),
    "th_open": ("threshold", "open"),
    "mean": ("baseline", "mean"), "var": ("baseline", "var"), "n": ("baseline", "n"),
    "b_run": ("deviation", "run"), "b_ok": ("deviation", "ok"), "b_open": ("deviation", "open"),
    "b_since": ("deviation", "since"),
    "fc_run": ("forecast", "run"), "fc_ok": ("forecast", "ok"), "fc_open": ("forecast", "open"),
    "fc_since": ("forecast", "since"),
    "hist_ts": ("window", "hist_ts"), "hist_v": ("window", "hist_v"), "hist_pos": ("window", "hist_pos"),
}  # fmt: skip


class KindState:
    """The state of one entity kind, a row per entity and a column per KPI of the kind: the window
    and the baseline every detector reads, and each detector's own tracker."""

    def __init__(self, spec: KindSpec, cfg: StreamsConfig) -> None:
        n, k, p = len(spec.entities), len(spec.names), cfg.forecast_points
        self.spec = spec
        self.window = Window(n, k, p)
        self.baseline = Baseline(n, k)
        self.threshold = ThresholdDetector(n, k)
        self.deviation = BaselineDetector(n, k)
        self.forecast = ForecastDetector(n, k)
        self.loaded = np.zeros(n, bool)
        spread = spec.crit - spec.normal_bad
        self.min_rise = np.where(np.isfinite(spread), np.abs(spread) * cfg.forecast_min_rise_frac, math.inf)
        self.continuous = (spec.sign != 0) & ~spec.hard
        self.valid = list(zip(spec.valid_lo.tolist(), spec.valid_hi.tolist(), strict=True))

    def busy(self, idx: Rows) -> Any:
        """Rows where some detector is in the middle of something (a run under way or an anomaly open)."""
        return (self.threshold.busy(idx) | self.deviation.busy(idx) | self.forecast.busy(idx)).any(axis=1)

    def row(self, i: int) -> dict[str, Any]:
        return {name: getattr(getattr(self, part), attr)[i].tolist() for name, (part, attr) in CHECKPOINT.items()}

    def restore(self, i: int, data: dict[str, Any]) -> None:
        for name, (part, attr) in CHECKPOINT.items():
            if name in data:
                getattr(getattr(self, part), attr)[i] = data[name]


@dataclass
class Detector:
    estate: Estate
    cfg: StreamsConfig
    loader: Callable[[str], bytes | None] = lambda _entity: None  # checkpointed state of an entity, if any
    counters: Counters = field(default_factory=Counters)

    def __post_init__(self) -> None:
        self.specs = compile_estate(self.estate)
        self.states = {kind: KindState(spec, self.cfg) for kind, spec in self.specs.items()}
        self.where = {e: (kind, i) for kind, spec in self.specs.items() for i, e in enumerate(spec.entities)}
        self.columns = {kind: _columns(spec.names) for kind, spec in self.specs.items()}
        self.open: dict[str, dict[tuple[str, str], Anomaly]] = {}  # per entity, by (KPI, detector)
        self.dirty: set[str] = set()  # entities whose context changed since the last flush
        self.unsaved: set[str] = set()  # entities whose state changed since the last checkpoint
        self.watermark = 0.0

    # -- ingest ---------------------------------------------------------------------------------
    def ingest(self, samples: list[Sample], now: float) -> tuple[list[Emitted], list[Rejected]]:
        """Check and detect on decoded samples (of any kinds, in arrival order)."""
        rejected: list[Rejected] = []
        by_type: dict[type[Sample], list[Sample]] = {}
        for s in samples:
            by_type.setdefault(type(s), []).append(s)
        max_ts = now + self.cfg.future_tolerance_s
        out: list[Emitted] = []
        for typ, group in by_type.items():
            kind = KIND_OF[typ]
            st = self.states.get(kind)
            index = st.spec.index if st is not None else {}
            idx = np.fromiter(map(index.get, map(ENTITY, group), itertools.repeat(-1)), np.int64, len(group))
            if st is None or (idx < 0).any():
                for j in np.flatnonzero(idx < 0).tolist():
                    rejected.append(self._stranger(group[j], kind))
                group = [s for s, i in zip(group, idx.tolist(), strict=True) if i >= 0]
                idx = idx[idx >= 0]
            if st is not None and group:
                self._ingest_kind(st, idx, self.columns[kind](group), group, max_ts, out, rejected)
        self.counters.rejected += len(rejected)
        return out, rejected

    def _stranger(self, s: Sample, kind: str) -> Rejected:
        entity: str = ENTITY(s)
        other = self.where.get(entity)
        reason = f"kind {kind!r} but {entity} is a {other[0]}" if other else f"unknown entity: {entity!r}"
        return Rejected(dump_sample(s), reason, entity)

    def _ingest_kind(
        self,
        st: KindState,
        idx: npt.NDArray[np.int64],
        data: npt.NDArray[np.float64],
        originals: list[Sample],
        max_ts: float,
        out: list[Emitted],
        rejected: list[Rejected],
    ) -> None:
        ts, values = data[:, 0], data[:, 1:]
        good = (
            np.isfinite(ts)
            & (ts > 0)
            & (ts <= max_ts)
            & ~np.isnan(values).any(axis=1)
            & ((values >= st.spec.valid_lo) & (values <= st.spec.valid_hi)).all(axis=1)
        )
        if not good.all():
            for j in np.flatnonzero(~good).tolist():
                s = originals[j]
                reason = value_problem(data[j].tolist(), st.spec.names, st.valid, max_ts)
                rejected.append(Rejected(dump_sample(s), reason, ENTITY(s)))
            idx, ts, values = idx[good], ts[good], values[good]
        self.counters.samples += len(idx)
        if not len(idx):
            return
        # Not np.unique: on its first call it imports numpy.ma, half a second in the middle of a stream.
        for i in dict.fromkeys(idx[~st.loaded[idx]].tolist()):
            self._load(st, i)
        # Rounds: the k-th occurrence of each entity in this batch goes to round k.
        order = np.argsort(idx, kind="stable")
        sorted_idx = idx[order]
        first = np.searchsorted(sorted_idx, sorted_idx, side="left")
        occurrence = np.empty(len(idx), np.int64)
        occurrence[order] = np.arange(len(idx)) - first
        quiet = self._quiet(st, idx, ts, values, order)
        if quiet.any():
            self._quiet_update(st, idx[quiet], ts[quiet], values[quiet], occurrence[quiet])
            busy = ~quiet
            idx, ts, values, occurrence = idx[busy], ts[busy], values[busy], occurrence[busy]
            if not len(idx):
                return
        if not occurrence.any():
            self._round(st, idx, ts, values, out)
            return
        order, bounds = _rounds(occurrence)
        idx, ts, values = idx[order], ts[order], values[order]
        for a, b in itertools.pairwise(bounds):
            self._round(st, idx[a:b], ts[a:b], values[a:b], out)

    def _quiet(self, st: KindState, idx: Rows, ts: F64, v: F64, order: Any) -> Any:
        """Which samples belong to entities with nothing going on: every sample healthy, in order, near
        the baseline and not trending, and no detector of the entity in the middle of anything. Those
        take the fast path, one vector pass for the whole batch instead of one per round."""
        cfg, spec = self.cfg, st.spec
        x = v * spec.sign
        mean = st.baseline.mean[idx]
        sd = np.maximum(np.sqrt(st.baseline.var[idx]), spec.sd_floor)
        n = st.baseline.n[idx]
        z = np.where(st.continuous & (n >= MIN_SAMPLES), (v - mean) / sd, 0.0)
        dev = x - mean * spec.sign
        moving = spec.forecast & (dev >= st.min_rise[idx] / 2) & (dev >= cfg.forecast_z * sd)
        busy_sample = (
            (x >= spec.warn[idx]).any(axis=1) | (np.abs(z) >= cfg.baseline_z / 2).any(axis=1) | moving.any(axis=1)
        )
        # Out of order (late, duplicate) samples go the careful way.
        sorted_ts = ts[order]
        prev = np.empty_like(sorted_ts)
        prev[1:] = sorted_ts[:-1]
        sorted_idx = idx[order]
        new_entity = np.ones(len(order), bool)
        new_entity[1:] = sorted_idx[1:] != sorted_idx[:-1]
        prev[new_entity] = st.window.last_ts[sorted_idx[new_entity]]
        disorder = np.empty(len(order), bool)
        disorder[order] = sorted_ts <= prev
        bad = np.zeros(len(spec.entities), bool)
        bad[idx[busy_sample | st.busy(idx) | disorder]] = True
        return ~bad[idx]

    def _quiet_update(self, st: KindState, idx: Rows, ts: F64, v: F64, occurrence: Rows) -> None:
        cfg, w, base = self.cfg, st.window, st.baseline
        uniq, inv, counts = np.unique(idx, return_inverse=True, return_counts=True)
        c = counts[inv]
        last = occurrence == c - 1
        w.last_ts[idx[last]] = ts[last]
        w.last_v[idx[last]] = v[last]
        p = cfg.forecast_points
        keep = occurrence >= c - p  # the newest samples fill the forecast window
        pos = (w.hist_pos[idx[keep]] + occurrence[keep]) % p
        w.hist_ts[idx[keep], pos] = ts[keep]
        w.hist_v[idx[keep], pos] = v[keep]
        w.hist_pos[uniq] = (w.hist_pos[uniq] + counts) % p
        st.threshold.ok[uniq] += counts[:, None].astype(np.int32)
        st.deviation.ok[uniq] += counts[:, None].astype(np.int32)
        # The baseline is a recurrence, one step per occurrence: the samples are laid out as
        # [occurrence, entity, kpi] so that each step works on whole contiguous rows.
        rounds = int(counts.max())
        steps = np.zeros((rounds, len(uniq), v.shape[1]))  # the gaps of a ragged batch are computed, then dropped
        steps[occurrence, inv] = v
        mean, var, n = base.mean[uniq], base.var[uniq], base.n[uniq]
        ragged = int(counts.min()) != rounds
        for r in range(rounds):
            # Entities with fewer samples than this step keep their values.
            learn = (counts > r)[:, None] if ragged else True
            mean, var, n = ewma(cfg.ewma_alpha, mean, var, n, steps[r], learn)
        base.mean[uniq], base.var[uniq], base.n[uniq] = mean, var, n
        self.watermark = max(self.watermark, float(ts.max()))
        names = st.spec.entities
        touched = [names[i] for i in uniq.tolist()]
        self.dirty.update(touched)
        self.unsaved.update(touched)

    def _load(self, st: KindState, i: int) -> None:
        st.loaded[i] = True
        entity = st.spec.entities[i]
        raw = self.loader(entity)
        if raw is None:
            return
        data = orjson.loads(raw)
        st.restore(i, data["state"])
        opened = (Anomaly.model_validate(a) for a in data.get("open", []))
        self.open[entity] = {(a.kpi, a.detector): a for a in opened}

    def _round(self, st: KindState, idx: Rows, ts: F64, v: F64, out: list[Emitted]) -> None:
        """Every detector on one round: at most one sample per entity, in a few vector operations;
        only the rows where an anomaly starts or ends, or a trend needs fitting, drop into Python."""
        cfg, spec, w, base = self.cfg, st.spec, st.window, st.baseline
        fresh = ts > w.last_ts[idx]
        if not fresh.all():
            self._late(st, idx[~fresh], ts[~fresh], v[~fresh])
            idx, ts, v = idx[fresh], ts[fresh], v[fresh]
            if not len(idx):
                return
        self.watermark = max(self.watermark, float(ts.max()))
        w.push(idx, ts, v, cfg.forecast_points)
        x = v * spec.sign
        level = (x >= spec.warn[idx]).astype(np.int32) + (x >= spec.crit[idx])
        th_onset, th_abate = st.threshold.step(cfg, spec, idx, ts, x, level)
        # The baseline as it was before this sample: the z-score, in the bad direction only.
        mean, var, n = base.mean[idx], base.var[idx], base.n[idx]
        sd = np.maximum(np.sqrt(var), spec.sd_floor)
        z = np.where(st.continuous & (n >= MIN_SAMPLES), (v - mean) / sd, 0.0)
        zbad = np.where(n >= cfg.baseline_warmup, z * spec.sign, 0.0)
        b_onset, b_abate = st.deviation.step(cfg, idx, ts, zbad)
        learn = (level == 0) & (np.abs(z) < cfg.baseline_z / 2)
        base.mean[idx], base.var[idx], base.n[idx] = ewma(cfg.ewma_alpha, mean, var, n, v, learn)
        # Forecast candidates: predictable KPIs moving away from their baseline, or already tracked.
        dev = x - mean * spec.sign
        moving = (level < 2) & (dev >= st.min_rise[idx] / 2) & (dev >= cfg.forecast_z * sd)
        cand = spec.forecast & ((st.forecast.open[idx] > 0) | (st.forecast.run[idx] > 0) | moving)
        entities = spec.entities
        for r, j in zip(*np.nonzero(th_onset | th_abate), strict=True):
            i = int(idx[r])
            if th_onset[r, j]:
                st.threshold.open[i, j] = level[r, j]
                fast = bool(spec.hard[j] or x[r, j] >= spec.severe[i, j])
                self._onset(st, i, j, "threshold", SEVERITY_OF_LEVEL[int(level[r, j])], float(v[r, j]),
                            float(ts[r]), float(st.threshold.since[i, j]), fast, out)  # fmt: skip
            else:
                st.threshold.open[i, j] = 0
                self._abate(entities[i], spec.names[j], "threshold", float(v[r, j]), float(ts[r]), out)
        for r, j in zip(*np.nonzero(b_onset | b_abate), strict=True):
            i = int(idx[r])
            if b_onset[r, j]:
                st.deviation.open[i, j] = 1
                self._onset(st, i, j, "baseline", "warning", float(v[r, j]), float(ts[r]),
                            float(st.deviation.since[i, j]), False, out)  # fmt: skip
            else:
                st.deviation.open[i, j] = 0
                self._abate(entities[i], spec.names[j], "baseline", float(v[r, j]), float(ts[r]), out)
        for r, j in zip(*np.nonzero(cand), strict=True):
            self._forecast(st, int(idx[r]), int(j), float(ts[r]), float(v[r, j]), int(level[r, j]), out)
        self.dirty.update(entities[i] for i in idx.tolist())
        self.unsaved.update(entities[i] for i in idx.tolist())

    def _late(self, st: KindState, idx: Rows, ts: F64, v: F64) -> None:
        """Samples older than the entity's newest: fold into the window if within lateness, else drop."""
        w = st.window
        for i, t, row in zip(idx.tolist(), ts.tolist(), v, strict=True):
            if t < w.last_ts[i] - self.cfg.lateness_s:
                self.counters.too_late += 1
            elif t in w.hist_ts[i]:
                self.counters.duplicates += 1  # a redelivery (e.g. replay after a restart)
            else:
                self.counters.late_folded += 1
                oldest = int(np.argmin(w.hist_ts[i]))
                if t > w.hist_ts[i, oldest]:
                    w.hist_ts[i, oldest] = t
                    w.hist_v[i, oldest] = row

    def _forecast(self, st: KindState, i: int, j: int, ts: float, value: float, level: int, out: list[Emitted]) -> None:
        cfg, spec, fc = self.cfg, st.spec, st.forecast
        impact = None if level == 2 else fc.trend(cfg, st, i, j, ts)
        if impact is not None:
            fc.run[i, j] += 1
            fc.ok[i, j] = 0
            if fc.run[i, j] == 1:
                fc.since[i, j] = ts
            if not fc.open[i, j] and fc.run[i, j] >= cfg.forecast_confirm:
                fc.open[i, j] = 1
                self._onset(st, i, j, "forecast", "major", value, ts, float(fc.since[i, j]), False, out, impact)
            elif fc.open[i, j]:
                a = self.open.get(spec.entities[i], {}).get((spec.names[j], "forecast"))
                if a is not None:
                    a.expected_impact_at = impact
        else:
            fc.run[i, j] = 0
            fc.ok[i, j] += 1
            back = (value - st.baseline.mean[i, j]) * spec.sign[j] < st.min_rise[i, j] / 2
            quiet = fc.ok[i, j] >= (1 if back else 3) * cfg.clear_samples
            if fc.open[i, j] and level == 0 and quiet:
                fc.open[i, j] = 0
                self._abate(spec.entities[i], spec.names[j], "forecast", value, ts, out)

    # -- anomaly events ---------------------------------------------------------------------------
    def _onset(
        self, st: KindState, i: int, j: int, detector: Detectors, severity: Severity, value: float, ts: float,
        since: float, fast: bool, out: list[Emitted], impact: float | None = None,
    ) -> None:  # fmt: skip
        spec = st.spec
        entity, kpi = spec.entities[i], spec.names[j]
        opened = self.open.setdefault(entity, {})
        prior = opened.get((kpi, detector))
        if detector == "baseline":
            threshold: float | None = float(st.baseline.mean[i, j])
        elif severity in ("critical", "major"):
            threshold = _level(spec.crit[i, j], spec.sign[j])
        else:
            threshold = _level(spec.warn[i, j], spec.sign[j]) if detector == "threshold" else None
        anomaly = Anomaly(
            anomaly_id=prior.anomaly_id if prior else anomaly_id(entity, kpi, detector, ts),
            event="ONSET",
            entity=entity,
            entity_kind=spec.kind,
            kpi=kpi,
            severity=severity,
            predicted=detector == "forecast",
            detector=detector,
            value=value,
            threshold=threshold,
            at=ts,
            expected_impact_at=impact,
            failure_domain=spec.domain[i],
        )
        opened[(kpi, detector)] = anomaly
        out.append(Emitted(anomaly, since, fast))

    def _abate(self, entity: str, kpi: str, detector: Detectors, value: float, ts: float, out: list[Emitted]) -> None:
        prior = self.open.get(entity, {}).pop((kpi, detector), None)
        if prior is None:
            return
        update = {"event": "ABATED", "severity": "cleared", "value": value, "at": ts, "detected_at": None}
        out.append(Emitted(prior.model_copy(update=update), ts, False))

    # -- views ----------------------------------------------------------------------------------------
    def context(self, entity: str) -> dict[str, Any]:
        """The EntityContext of one entity, as a dict ready to serialise."""
        kind, i = self.where[entity]
        st = self.states[kind]
        opened = list(self.open.get(entity, {}).values())
        if not st.loaded[i] or st.window.last_ts[i] == 0:
            health = "unknown"
        elif any(a.severity == "critical" for a in opened):
            health = "failing"
        elif any(a.detector != "baseline" for a in opened):
            health = "degraded"
        else:
            health = "ok"
        kpis = dict(zip(st.spec.names, st.window.last_v[i].tolist(), strict=True))
        return {
            "schema_version": 1,
            "entity": entity,
            "kind": kind,
            "ts": float(st.window.last_ts[i]),
            "kpis": {k: v for k, v in kpis.items() if not math.isnan(v)},
            "health": health,
            "open_anomalies": [a.model_dump() for a in opened],
            "incidents": [],
        }

    def checkpoint(self, entity: str) -> bytes:
        kind, i = self.where[entity]
        opened = [a.model_dump() for a in self.open.get(entity, {}).values()]
        return orjson.dumps({"state": self.states[kind].row(i), "open": opened})

    def forget(self, entities: set[str]) -> None:
        """Drop in-memory state of entities this worker no longer owns (reloaded if they come back)."""
        for entity in entities:
            kind, i = self.where[entity]
            st = self.states[kind]
            st.loaded[i] = False
            st.restore(i, KindState(_single(st.spec), self.cfg).row(0))
            self.open.pop(entity, None)


def _single(spec: KindSpec) -> KindSpec:
    """A one-row spec, to build blank state rows from."""
    return KindSpec(
        spec.kind, spec.names, spec.entities[:1], {}, spec.sign, spec.warn[:1], spec.crit[:1], spec.severe[:1],
        spec.normal_bad[:1], spec.valid_lo, spec.valid_hi, spec.hard, spec.forecast, spec.sd_floor, spec.domain[:1],
    )  # fmt: skip


def _rounds(occurrence: npt.NDArray[np.int64]) -> tuple[npt.NDArray[np.intp], list[int]]:
    """Samples ordered by round (their occurrence), arrival order kept inside a round, and where each
    round starts and ends: every round is then a slice, not a mask over the whole batch."""
    order = np.argsort(occurrence, kind="stable")
    bounds = np.searchsorted(occurrence[order], np.arange(int(occurrence.max()) + 2)).tolist()
    return order, bounds


def _level(value: float, sign: float) -> float | None:
    """A level of the KPI table (kept in the bad direction) as the KPI's own value; None when unset."""
    return float(value) * float(sign) if math.isfinite(value) else None


def anomaly_id(entity: str, kpi: str, detector: str, ts: float) -> str:
    """Deterministic, so that a replay after a crash re-emits the same anomaly, not a new one."""
    return "an-" + hashlib.blake2b(f"{entity}|{kpi}|{detector}|{ts:.3f}".encode(), digest_size=6).hexdigest()


def _columns(names: tuple[str, ...]) -> Callable[[list[Sample]], npt.NDArray[np.float64]]:
    """Reads samples of a kind into one array, a row per sample: ts, then the KPIs in the KPI table's order.

    Column by column, each read by one C-level pass (``map`` of an attribute getter), which is several
    times faster than building the rows in Python and handing numpy a list of tuples."""
    getters = [operator.attrgetter(name) for name in ("ts", *names)]

    def read(samples: list[Sample]) -> npt.NDArray[np.float64]:
        n = len(samples)
        data = np.empty((n, len(getters)))
        for j, get in enumerate(getters):
            data[:, j] = np.fromiter(map(get, samples), np.float64, n)
        return data

    return read
