"""Mediation messages decoded fast: a whole ``UsageBatch`` into one msgspec struct per record.

``UsageStruct`` is the ``UsageRecord`` contract (the same fields and constraints, and the same
checks of ``UsageRecord._complete`` in plain code) for the common case, a message whose records are
all well-formed: decoding it this way costs a fraction of pydantic's. A message it refuses, or with
any record the checks refuse, takes the slow path (``streams.billing.read_usage``: record by record,
msgspec again, and pydantic for a record msgspec refuses), which keeps the good records and gives
each broken one pydantic's reason. msgspec accepts only what pydantic accepts (it is stricter, never
laxer), so both paths agree on every good record.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Annotated, Any, Literal

import msgspec

from nerve.contracts import UsageBatch, UsageRecord
from nerve.contracts.usage import E164


class UsageStruct(msgspec.Struct, kw_only=True, forbid_unknown_fields=True, frozen=True, gc=False):
    usage_id: Annotated[str, msgspec.Meta(min_length=1)]
    subscriber: Annotated[str, msgspec.Meta(min_length=1)]
    msisdn: str
    type: Literal["data", "voice", "sms"]
    at: float
    bytes: Annotated[int, msgspec.Meta(ge=0)] | None = None
    app_category: str | None = None
    duration_s: Annotated[int, msgspec.Meta(ge=0)] | None = None
    direction: Literal["out", "in"] | None = None
    other_party: str | None = None
    cell: str | None = None
    roaming_country: Annotated[str, msgspec.Meta(pattern=r"^[A-Z]{2}$")] | None = None
    site: Annotated[str, msgspec.Meta(min_length=1)]
    schema_version: int = 1


Usage = UsageRecord | UsageStruct  # what rating and fraud detection read: the same fields either way


class _Batch(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    records: list[UsageStruct]
    schema_version: int = 1


class _Envelope(msgspec.Struct, forbid_unknown_fields=True, gc=False):
    records: list[Any]
    schema_version: Annotated[int, msgspec.Meta(le=UsageBatch.SCHEMA_VERSION)] = 1


_decoder = msgspec.json.Decoder(_Batch)
_envelope = msgspec.json.Decoder(_Envelope)


@lru_cache(maxsize=65536)
def e164(number: str) -> bool:
    """Whether ``number`` is E.164 (numbers repeat: each is matched once)."""
    return E164.match(number) is not None


def complete(r: UsageStruct) -> bool:
    """``UsageRecord._complete``'s checks: each type carries its own fields; a record says where it was made."""
    if r.schema_version > UsageRecord.SCHEMA_VERSION or not e164(r.msisdn):
        return False
    if r.type == "data":
        fields = r.bytes is not None and r.app_category is not None
    else:
        called = r.direction is not None and r.other_party is not None and e164(r.other_party)
        fields = called and (r.type != "voice" or r.duration_s is not None)
    return fields and (r.cell is None) != (r.roaming_country is None)


def decode_clean(value: bytes) -> list[UsageStruct] | None:
    """The records of a message whose every record is well-formed; None for any other message."""
    try:
        batch = _decoder.decode(value)
    except msgspec.MsgspecError:
        return None
    if batch.schema_version > UsageBatch.SCHEMA_VERSION:
        return None
    for r in batch.records:
        if not complete(r):
            return None
    return batch.records


def decode_items(value: bytes) -> list[Any] | None:
    """A message's records as parsed JSON, to be checked one by one (the slow path); None if msgspec
    refuses the message itself."""
    try:
        return _envelope.decode(value).records
    except msgspec.MsgspecError:
        return None


def decode_record(item: object) -> UsageStruct | None:
    """One record of a batch already parsed (the slow path's), if it is well-formed; else None."""
    try:
        record = msgspec.convert(item, UsageStruct)
    except msgspec.ValidationError:
        return None
    return record if complete(record) else None


def raw_of(record: Usage) -> bytes:
    """The record as JSON, for a dead letter."""
    return record.to_bytes() if isinstance(record, UsageRecord) else msgspec.json.encode(record)
