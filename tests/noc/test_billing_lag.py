"""The NOC agent on the usage path, on three operators: which mediation points are late and how far
behind billing is, from what the mediation delivered and the billing worker published."""

from __future__ import annotations

import time
from decimal import Decimal
from pathlib import Path

import pytest

from agents.noc.service import NocService
from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import Balance, UsageBatch
from nerve.contracts.usage import LINES
from nerve.estate import Estate, Subscriber
from nerve.settings import Settings
from tests.support.operators import operator_param

OPERATORS = [operator_param("reference"), operator_param("lumen"), operator_param("sakura")]
VIEWER = frozenset({"viewer"})


def site_of(estate: Estate, sub: Subscriber) -> str:
    return estate.topology.cell[sub.home_cell].site


def batch(estate: Estate, sub: Subscriber, ats: list[float]) -> UsageBatch:
    base = {"subscriber": sub.id, "msisdn": sub.msisdn, "type": "data", "bytes": 1000, "app_category": "other",
            "cell": sub.home_cell, "site": site_of(estate, sub)}  # fmt: skip
    return UsageBatch(records=[{**base, "usage_id": f"{sub.id}-{i}", "at": at} for i, at in enumerate(ats)])


@pytest.mark.parametrize("folder", OPERATORS)
async def test_the_noc_agent_names_the_late_mediation_point_and_the_billing_lag(
    settings: Settings, folder: Path
) -> None:
    estate = Estate.load(folder)
    assert estate.rating is not None
    length, grace = estate.rating.period.length_s, estate.rating.grace_s
    on_time, late = next(
        (a, b) for a in estate.subscribers for b in estate.subscribers if site_of(estate, a) != site_of(estate, b)
    )
    now = time.time()
    t0 = now - 3 * length  # periods 0 and 1 are over, with their grace
    run = settings.model_copy(update={"estate_dir": folder, "billing_epoch": t0})
    async with Bus(run) as bus:
        await bus.publish(t.USAGE, batch(estate, on_time, [now - 60, now - 1]), key=on_time.id)
        await bus.publish(t.USAGE, batch(estate, late, [now - 90]), key=late.id)  # nothing since: its site is down
        lines = {name: Decimal(0) for name in LINES}
        for sub, period, billed in ((on_time, 0, True), (late, 1, False)):
            balance = Balance(subscriber=sub.id, period=period, currency=estate.catalog.operator.currency,
                              counted_bytes=1000, allowance_gb=None, lines=lines, records=1, billed=billed,
                              watermark=now - 31, updated_at=now - 31)  # fmt: skip
            await bus.publish(t.BALANCES, balance, key=f"{sub.id}/{period}")
    noc = NocService(run, estate=estate, use_provider=False)
    await noc.start()
    try:
        mediation = await noc.answer("alice", "t1", "which mediation points are late?", roles=VIEWER)
        billing = await noc.answer("alice", "t2", "how far behind is billing?", roles=VIEWER)
    finally:
        await noc.stop()
    late_site, on_time_site = site_of(estate, late), site_of(estate, on_time)
    assert mediation.kind == "billing", mediation
    assert f"- {late_site}: 89s behind" in mediation.text, mediation.text
    assert f"- {on_time_site}:" not in mediation.text, "a point delivering on time is not late"
    assert late_site in mediation.citations
    assert "Billing is 30s behind the newest usage delivered" in billing.text, billing.text
    assert f"Period(s) 1 are past their end plus {grace:g}s of grace and not billed yet" in billing.text
