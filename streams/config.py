"""Tunables of the stream layer, each settable as ``NERVE_STREAMS_<NAME>``.

Detection and correlation run on event time (the samples' ``ts``), so the same input gives the
same anomalies and incidents however fast it is replayed.
"""

from __future__ import annotations

from pydantic_settings import BaseSettings, SettingsConfigDict


class StreamsSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NERVE_STREAMS_", extra="ignore")

    store: str = "memory://"  # "rocksdb://" keeps tables on disk (rocksdict driver)
    worker_id: str = "0"  # names this worker's data directory (rocksdb needs one per worker)

    # Ingest
    take_max: int = 500  # messages per processing batch
    take_within_s: float = 0.02  # longest wait to fill a batch: bounds the added latency
    lateness_s: float = 5.0  # samples older than an entity's newest minus this are counted and dropped
    future_tolerance_s: float = 120.0  # samples further in the future than this are dead-lettered

    # Detection
    debounce_samples: int = 2  # consecutive breaching samples before a (soft) threshold anomaly
    clear_samples: int = 2  # consecutive good samples before an anomaly abates
    ewma_alpha: float = 0.05
    baseline_warmup: int = 20  # samples before the learned baseline is trusted
    baseline_z: float = 6.0  # deviation (in learned standard deviations) that is anomalous
    forecast_points: int = 6  # recent samples the trend is fitted on
    forecast_horizon_s: float = 30.0  # predict breaches at most this far ahead
    forecast_min_r2: float = 0.85  # the fit must explain the recent values: a trend, not noise
    forecast_step_frac: float = 0.6  # a single jump larger than this share of the rise is a step
    forecast_min_rise_frac: float = 0.08  # minimum rise over the fit, as a share of normal→critical
    forecast_z: float = 3.0  # the KPI must have left its learned baseline by this many deviations
    forecast_rise_sd: float = 4.0  # and risen over the fit by this many deviations
    forecast_late_rise_frac: float = 0.25  # share of the rise the latest half of the fit must still make
    forecast_confirm: int = 2  # consecutive samples that must agree before a prediction is raised

    # Correlation (event-time seconds)
    fast_hold_s: float = 1.0  # outages wait this long so that their root cause can arrive too
    forecast_hold_s: float = 2.0  # a prediction must hold this long before it opens a predicted incident
    sustain_s: float = 6.0  # other critical breaches must last this long: transient spikes do not
    warn_sustain_s: float = 20.0  # warning-level breaches must last this long to open an incident
    change_window_s: float = 300.0  # a config change explains handover failures this long after it
    watermark_expiry_s: float = 3.0  # wall seconds: a detector silent this long no longer holds event time back

    # Output cadence (wall-clock seconds)
    context_interval_s: float = 1.0
    checkpoint_interval_s: float = 2.0
    heartbeat_interval_s: float = 0.5
