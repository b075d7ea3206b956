"""Turn raw telemetry messages into checked samples; everything unusable comes back with a reason.

The hot path decodes a whole message with msgspec into one typed struct per sample, derived from
the telemetry contract (a kind's fields, nothing else, every KPI a number). A message that fails
it takes the slow path here, which keeps its good samples and says what exactly is wrong with each
of the others. What only the estate can tell (is the entity known, is the value possible) is
checked by the detector on whole columns at once (``value_problem`` gives the reason).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

import msgspec
import orjson

from nerve.contracts.telemetry import SAMPLE_MODELS, kpi_names

Sample = msgspec.Struct  # one of SAMPLE_TYPES' structs


def _sample_type(kind: str) -> type[msgspec.Struct]:
    fields: list[tuple[str, type] | tuple[str, type, Any]] = [("entity", str), ("ts", float)]
    fields += [(name, float) for name in kpi_names(kind)]
    fields.append(("schema_version", int, 1))
    return msgspec.defstruct(
        SAMPLE_MODELS[kind].__name__,
        fields,
        tag_field="kind",
        tag=kind,
        forbid_unknown_fields=True,
        omit_defaults=True,
        frozen=True,
        gc=False,  # plain data: no reference cycles for the collector to look for
    )


SAMPLE_TYPES: dict[str, type[msgspec.Struct]] = {kind: _sample_type(kind) for kind in SAMPLE_MODELS}
KIND_OF: dict[type[msgspec.Struct], str] = {typ: kind for kind, typ in SAMPLE_TYPES.items()}
_AnySample: Any = tuple(SAMPLE_TYPES.values())
_Union: Any = _AnySample[0]
for _typ in _AnySample[1:]:
    _Union = _Union | _typ
# Only the samples matter; the rest of a TelemetryBatch (source, sent_at) is not needed to detect.
_Batch = msgspec.defstruct("TelemetrySamples", [("samples", list[_Union])], gc=False)
_batch_decoder = msgspec.json.Decoder(_Batch)


@dataclass(frozen=True)
class Rejected:
    raw: bytes
    reason: str
    key: str | None = None


def decode_message(raw: bytes) -> tuple[list[Sample], list[Rejected]]:
    """The samples of one TelemetryBatch message, and what in it breaks the contract."""
    try:
        samples: list[Sample] = _batch_decoder.decode(raw).samples  # type: ignore[attr-defined]
        return samples, []
    except msgspec.MsgspecError:
        return _slow_path(raw)


def _slow_path(raw: bytes) -> tuple[list[Sample], list[Rejected]]:
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
    return decode_samples(doc["samples"])


def decode_samples(items: list[Any]) -> tuple[list[Sample], list[Rejected]]:
    """Samples as parsed JSON (dicts) checked one by one: the usable ones, and the others with why not."""
    good: list[Sample] = []
    bad: list[Rejected] = []
    for s in items:
        try:
            good.append(msgspec.convert(s, _Union))
        except msgspec.ValidationError as exc:
            entity = s.get("entity") if isinstance(s, dict) else None
            bad.append(Rejected(dump_sample(s), structure_problem(s, str(exc)), str(entity) if entity else None))
    return good, bad


def structure_problem(sample: Any, fallback: str) -> str:
    """Why a parsed sample does not have its kind's shape."""
    if not isinstance(sample, dict):
        return "sample is not an object"
    kind = sample.get("kind")
    if kind not in SAMPLE_TYPES:
        return f"unknown kind: {kind!r}"
    names = kpi_names(kind)
    extra = set(sample) - {"entity", "ts", "kind", "schema_version", *names}
    if extra:
        return f"unexpected field(s): {', '.join(sorted(extra))}"
    if not isinstance(sample.get("entity"), str):
        return "entity is not a string"
    if not _is_number(sample.get("ts")):
        return "ts is not a number"
    for name in names:
        if name not in sample:
            return f"missing KPI {name}"
        if not _is_number(sample[name]):
            return f"{name} is not a number: {sample[name]!r}"
    return fallback


def value_problem(row: list[float], names: tuple[str, ...], valid: list[tuple[float, float]], max_ts: float) -> str:
    """Why a well-formed sample (``row``: its ts, then its KPIs) cannot be used."""
    ts = row[0]
    if not math.isfinite(ts):
        return "ts is NaN or infinite"
    if ts > max_ts:
        return f"timestamp in the future: ts={ts}"
    if ts <= 0:
        return f"impossible timestamp: ts={ts}"
    for name, (lo, hi), v in zip(names, valid, row[1:], strict=True):
        if math.isnan(v):
            return f"NaN value for {name}"
        if not lo <= v <= hi:
            return f"impossible value {name}={v} (valid {lo}..{hi})"
    return "invalid sample"


def _is_number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def dump_sample(sample: Any) -> bytes:
    """A sample as JSON for the dead-letter topic. The standard encoder keeps NaN as NaN (orjson and
    msgspec would write null and hide the defect)."""
    if isinstance(sample, msgspec.Struct):
        sample = msgspec.to_builtins(sample)
    return json.dumps(sample, default=str).encode()
