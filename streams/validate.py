"""Turn raw telemetry messages into checked samples; everything unusable comes back with a reason.

The fast path parses with orjson and checks whole batches with numpy (see ``detector``); only
messages that fail it take the slow path here, which finds out what exactly is wrong.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

import orjson

Sample = dict[str, Any]
ENVELOPE_FIELDS = frozenset({"entity", "ts", "kind", "schema_version"})


@dataclass(frozen=True)
class Rejected:
    raw: bytes
    reason: str
    key: str | None = None


def parse_message(raw: bytes) -> tuple[list[Sample], list[Rejected]]:
    """The sample dicts of one TelemetryBatch message, or the whole message rejected."""
    try:
        doc = orjson.loads(raw)
    except orjson.JSONDecodeError:
        try:
            # The standard parser accepts NaN/Infinity, so such samples are rejected one by one
            # with their reason instead of losing the good samples next to them.
            doc = json.loads(raw)
        except (ValueError, UnicodeDecodeError) as exc:
            return [], [Rejected(raw, f"unparseable: {exc}")]
    if not isinstance(doc, dict) or not isinstance(doc.get("samples"), list):
        return [], [Rejected(raw, "not a TelemetryBatch: no 'samples' list")]
    good: list[Sample] = []
    bad: list[Rejected] = []
    for s in doc["samples"]:
        if isinstance(s, dict):
            good.append(s)
        else:
            bad.append(Rejected(_dump(s), "sample is not an object"))
    return good, bad


def sample_problem(sample: Sample, names: tuple[str, ...], valid: list[tuple[float, float]], max_ts: float) -> str:
    """Why ``sample`` cannot be used (it has already been matched to a known entity and kind)."""
    extra = set(sample) - ENVELOPE_FIELDS - set(names)
    if extra:
        return f"unexpected field(s): {', '.join(sorted(extra))}"
    ts = sample.get("ts")
    if not isinstance(ts, int | float) or isinstance(ts, bool):
        return "ts is not a number"
    if not math.isfinite(ts):
        return "ts is NaN or infinite"
    if ts > max_ts:
        return f"timestamp in the future: ts={ts}"
    if ts <= 0:
        return f"impossible timestamp: ts={ts}"
    for name, (lo, hi) in zip(names, valid, strict=True):
        if name not in sample:
            return f"missing KPI {name}"
        v = sample[name]
        if not _is_number(v):
            return f"{name} is not a number: {v!r}"
        if math.isnan(v):
            return f"NaN value for {name}"
        if not lo <= v <= hi:
            return f"impossible value {name}={v} (valid {lo}..{hi})"
    return "invalid sample"


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def dump_sample(sample: Any) -> bytes:
    return _dump(sample)


def _dump(obj: Any) -> bytes:
    # The standard encoder keeps NaN as NaN (orjson would write null and hide the defect).
    return json.dumps(obj, default=str).encode()
