"""The fast decoding of mediation messages (msgspec) agrees with the contract (pydantic) on every
message of a scenario, on every operator: the same records from a clean message, and any message
with a broken record left to the slow path, which keeps its good records and says why each broken
one is."""

from __future__ import annotations

import time
from pathlib import Path

import orjson
import pytest

from nerve.contracts import UsageBatch, UsageRecord
from nerve.errors import ContractError
from nerve.estate import Estate
from nerve.usage_decode import decode_clean
from simulators.usage import batches, plan_usage
from streams.billing import read_usage
from tests.billing.support import T0, probe_scenario
from tests.support.estates import estate_params

GOOD = {"usage_id": "u1", "subscriber": "s", "msisdn": "+4512345678", "type": "data", "at": 1.0,
        "bytes": 10, "app_category": "web", "cell": "c", "site": "x"}  # fmt: skip


def contract(value: bytes) -> list[UsageRecord] | None:
    """The message's records as the contract reads them; None if any is broken."""
    try:
        return [UsageRecord.from_dict(r) for r in UsageBatch.from_bytes(value).records]
    except ContractError:
        return None


@pytest.mark.parametrize("root", estate_params())
def test_fast_decoding_agrees_with_the_contract_on_every_message(root: Path) -> None:
    estate = Estate.load(root)
    plan = plan_usage(estate, probe_scenario(estate), T0)
    clean = broken = 0
    for _key, value, _n in batches(plan.deliveries, 5):
        fast, slow = decode_clean(value), contract(value)
        if slow is None:
            assert fast is None, value
            broken += 1
            continue
        assert fast is not None, value
        assert [{f: getattr(r, f) for f in UsageRecord.model_fields} for r in fast] == [r.model_dump() for r in slow]
        clean += 1
    assert clean > 50 and broken > 0, (clean, broken)


@pytest.mark.parametrize(
    "defect",
    [
        {"msisdn": "12345"},
        {"bytes": None},
        {"type": "fax"},
        {"usage_id": ""},
        {"roaming_country": "Spain"},
        {"extra": 1},
        {"schema_version": 2},
        {"roaming_country": "ES"},  # both at home and abroad
        {"cell": None},  # neither
        {"type": "voice", "direction": "out", "other_party": "+4587654321"},  # no duration_s
        {"type": "voice", "direction": "out", "other_party": "87654321", "duration_s": 5},
        {"type": "sms", "direction": "out"},
        {"type": "sms", "direction": "up", "other_party": "+4587654321"},
    ],
)
def test_a_message_with_a_broken_record_takes_the_slow_path(defect: dict[str, object]) -> None:
    assert decode_clean(orjson.dumps({"records": [GOOD]})) is not None
    value = orjson.dumps({"records": [GOOD, {**GOOD, **defect}]})
    assert decode_clean(value) is None
    assert contract(value) is None  # and the contract refuses it too


@pytest.mark.parametrize(
    "kind",
    [
        {"type": "voice", "direction": "in", "other_party": "+4587654321", "duration_s": 0},
        {"type": "sms", "direction": "out", "other_party": "+4587654321"},
        {"type": "sms", "direction": "out", "other_party": "+4587654321", "bytes": None},  # nulls of other types
        {"cell": None, "roaming_country": "ES"},
    ],
)
def test_every_kind_of_good_record_takes_the_fast_path(kind: dict[str, object]) -> None:
    value = orjson.dumps({"records": [{**GOOD, **kind}]})
    fast, slow = decode_clean(value), contract(value)
    assert fast is not None and slow is not None
    assert [{f: getattr(r, f) for f in UsageRecord.model_fields} for r in fast] == [r.model_dump() for r in slow]


@pytest.mark.parametrize("root", estate_params())
def test_the_slow_path_keeps_every_good_record_and_says_why_one_is_broken(root: Path) -> None:
    estate = Estate.load(root)
    sub = estate.subscribers[0]
    good = {"usage_id": "u1", "subscriber": sub.id, "msisdn": sub.msisdn, "type": "data", "at": T0,
            "bytes": 10, "app_category": "web", "cell": estate.topology.cells[0].id, "site": "x"}  # fmt: skip
    lax = {**good, "usage_id": "u2", "bytes": "10"}  # msgspec refuses a number in a string; pydantic reads it
    broken = {**good, "usage_id": "u3", "msisdn": "12345"}
    value = orjson.dumps({"records": [good, lax, broken]})
    assert decode_clean(value) is None
    records, bad = read_usage(estate, T0 - 100, value)
    assert [(r.usage_id, r.bytes) for r in records] == [("u1", 10), ("u2", 10)]
    assert [orjson.loads(raw)["usage_id"] for raw, _ in bad] == ["u3"]
    assert "not E.164" in bad[0][1]


@pytest.mark.parametrize("root", estate_params())
def test_each_record_of_a_run_is_checked_against_the_estate(root: Path) -> None:
    """A subscriber's number is looked up once a run, but a record of the run that is not billable
    is refused with its reason, and the records after it are still taken."""
    estate = Estate.load(root)
    one, other = estate.subscribers[0], estate.subscribers[1]
    good = {"usage_id": "u0", "subscriber": one.id, "msisdn": one.msisdn, "type": "data", "at": T0,
            "bytes": 10, "app_category": "web", "cell": estate.topology.cells[0].id, "site": "x"}  # fmt: skip
    run = [
        good,
        {**good, "usage_id": "u1", "msisdn": other.msisdn},
        {**good, "usage_id": "u2", "subscriber": one.id + "-x"},
        {**good, "usage_id": "u3", "at": T0 - 1000},
        {**good, "usage_id": "u4", "at": time.time() + 3600},
        {**good, "usage_id": "u5", "cell": "no-such-cell"},
        {**good, "usage_id": "u6"},
        {**good, "usage_id": "u7", "subscriber": other.id, "msisdn": other.msisdn},
    ]
    records, bad = read_usage(estate, T0 - 100, orjson.dumps({"records": run}))
    assert [r.usage_id for r in records] == ["u0", "u6", "u7"]
    reasons = {orjson.loads(raw)["usage_id"]: reason for raw, reason in bad}
    assert reasons["u1"] == f"msisdn {other.msisdn} is not {one.id}'s"
    assert reasons["u2"].startswith("unknown subscriber")
    assert "before the billing epoch" in reasons["u3"]
    assert "in the future" in reasons["u4"]
    assert reasons["u5"] == "unknown cell 'no-such-cell'"
