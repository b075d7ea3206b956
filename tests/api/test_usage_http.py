"""TMF635 usage and TMF678 bill routes on three operators: what the billing topics hold, scoped like
the rest of the API (a subscriber sees only their own, an operator sees all)."""

from __future__ import annotations

import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from api import sessions
from api.credentials import Credentials
from api.inprocess import call, running_app
from api.schemas import BILL_BASE, USAGE_BASE
from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import Adjustment, Balance, Bill, UsageBatch
from nerve.contracts.usage import LINES
from nerve.estate import Estate
from nerve.settings import Settings
from tests.support.operators import operator_param

NO_AGENTS = {"intents": None, "noc": None, "remediation": None}
GB = 10**9


def lines(**amounts: str) -> dict[str, Decimal]:
    return {name: Decimal(amounts.get(name, "0")) for name in LINES}


def data(estate: Estate, n: int, subscriber: str, at: float, gb: int) -> dict[str, Any]:
    sub = estate.subscriber[subscriber]
    cell = sub.home_cell
    site = estate.topology.cell[cell].site
    return {"usage_id": f"u{n}", "subscriber": subscriber, "msisdn": sub.msisdn, "type": "data", "at": at,
            "bytes": gb * GB, "app_category": "web", "cell": cell, "site": site}  # fmt: skip


async def publish(bus: Bus, estate: Estate, t0: float, a: str, b: str) -> None:
    """Subscriber ``a``: three records (one sent twice, one broken), a billed period 0 with an
    adjustment; ``b``: one record and its bill."""
    currency = estate.catalog.operator.currency
    voice = data(estate, 3, a, t0 + 30, 0) | {"type": "voice", "duration_s": 120, "direction": "out",
                                              "other_party": estate.subscriber[b].msisdn}  # fmt: skip
    for key in ("bytes", "app_category"):
        del voice[key]
    broken = data(estate, 4, a, t0 + 31, 1)
    del broken["bytes"]
    first, second = data(estate, 1, a, t0 + 10, 2), data(estate, 2, a, t0 + 20, 1)
    await bus.publish(t.USAGE, UsageBatch(records=[first, second, voice, broken]), key=a)
    await bus.publish(t.USAGE, UsageBatch(records=[first]), key=a)  # a mediation duplicate
    await bus.publish(t.USAGE, UsageBatch(records=[data(estate, 5, b, t0 + 12, 1)]), key=b)
    length = estate.rating.period.length_s if estate.rating else 60
    for sub, total in ((a, "25.5"), (b, "10")):
        billed = lines(recurring="10", data=str(Decimal(total) - 10))
        await bus.publish(
            t.BILLS,
            Bill(bill_id=f"bill-{sub}-0", subscriber=sub, period=0, period_start=t0, period_end=t0 + length,
                 version=1, currency=currency, lines=billed, total=Decimal(total), records=3, issued_at=t0 + 75,
                 watermark=t0 + 75),
            key=sub,
        )  # fmt: skip
    await bus.publish(
        t.ADJUSTMENTS,
        Adjustment(adjustment_id=f"adj-{a}-0-1", subscriber=a, period=0, bill_id=f"bill-{a}-0", currency=currency,
                   usage_ids=["u2"], lines=lines(data="1.25"), issued_at=t0 + 80),
        key=a,
    )  # fmt: skip
    await bus.publish(
        t.BALANCES,
        Balance(subscriber=a, period=0, currency=currency, counted_bytes=3 * GB, allowance_gb=Decimal(5),
                lines=lines(recurring="10", data="16.75"), records=3, billed=True, watermark=t0 + 80,
                updated_at=t0 + 80),
        key=f"{a}/0",
    )  # fmt: skip


@pytest.mark.parametrize("folder", [operator_param("reference"), operator_param("lumen"), operator_param("sakura")])
async def test_usage_and_bills_are_read_back_scoped_to_their_subscriber(settings: Settings, folder: Path) -> None:
    estate = Estate.load(folder)
    t0 = round(time.time() - 600, 3)
    run = settings.model_copy(update={"estate_dir": folder, "billing_epoch": t0})
    a, b = (s.id for s in estate.subscribers[:2])
    async with Bus(run) as bus:
        await publish(bus, estate, t0, a, b)
    credentials = Credentials.load_or_create(run.home, estate)
    key_a, key_b = credentials.subscriber_key(a), credentials.subscriber_key(b)
    currency = estate.catalog.operator.currency
    async with running_app(run, provided=NO_AGENTS) as app:
        status, usage = await call(app, "GET", f"{USAGE_BASE}/usage", api_key=key_a)
        assert status == 200, usage
        assert [u["id"] for u in usage] == ["u1", "u2", "u3"], "once each, the broken record left out, oldest first"
        assert {u["status"] for u in usage} == {"billed"}
        assert {u["subscriber"] for u in usage} == {a}
        voice = next(u for u in usage if u["usageType"] == "voice")
        assert {"name": "duration_s", "value": 120} in voice["usageCharacteristic"]
        status, only_data = await call(app, "GET", f"{USAGE_BASE}/usage?usageType=data&period=0", api_key=key_a)
        assert [u["id"] for u in only_data] == ["u1", "u2"]
        status, _ = await call(app, "GET", f"{USAGE_BASE}/usage?subscriber={b}", api_key=key_a)
        assert status == 403, "a subscriber's key reads no one else's usage"
        status, theirs = await call(app, "GET", f"{USAGE_BASE}/usage", api_key=key_b)
        assert [u["id"] for u in theirs] == ["u5"]

        status, bills = await call(app, "GET", f"{BILL_BASE}/customerBill", api_key=key_a)
        assert status == 200 and [x["id"] for x in bills] == [f"bill-{a}-0"]
        bill = bills[0]
        assert bill["amountDue"] == {"unit": currency, "value": "25.5"}
        assert bill["amountWithAdjustments"] == {"unit": currency, "value": "26.75"}
        assert bill["state"] == "adjusted" and bill["adjustments"][0]["usageIds"] == ["u2"]
        status, _ = await call(app, "GET", f"{BILL_BASE}/customerBill/bill-{a}-0", api_key=key_b)
        assert status == 404, "another's bill is not found, not forbidden: no probing of ids"

        status, balance = await call(app, "GET", f"{USAGE_BASE}/usageBalance", api_key=key_a)
        assert status == 200, balance
        assert (balance["dataUsedBytes"], balance["dataLeftBytes"], balance["allowanceGb"]) == (3 * GB, 2 * GB, "5")
        assert balance["total"] == {"unit": currency, "value": "26.75"}
        status, _ = await call(app, "GET", f"{USAGE_BASE}/usageBalance", api_key=key_b)
        assert status == 404, "nothing of b's has been rated"

        status, _ = await call(app, "GET", "/api/billing/lag", api_key=key_a)
        assert status == 403, "the NOC's view is not for subscribers' keys"
        cookie = {"cookie": f"{sessions.COOKIE}={sessions.sign(credentials.session_secret, 'viewer')}"}
        status, every = await call(app, "GET", f"{BILL_BASE}/customerBill", headers=cookie)
        assert status == 200 and {x["subscriber"] for x in every} == {a, b}, "an operator sees every bill"
        status, lag = await call(app, "GET", "/api/billing/lag", headers=cookie)
        assert status == 200, lag
        assert lag["watermark"] == t0 + 80 and lag["newest_usage_at"] == t0 + 30
        assert {s["site"] for s in lag["sites"]} == {data(estate, 0, s, t0, 0)["site"] for s in (a, b)}
