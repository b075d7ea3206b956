"""Usage and bill questions, answered from what the billing worker rated, on three operators: the
questions that must be answered from usage are, and orders, removals, issue reports and questions
about a named offer are never taken for them."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from agents.intent.lexicon import lexicon_for
from agents.intent.service import IntentService
from agents.intent.understand import understand
from agents.intent.usage_answers import usage_topic
from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import Actor, Balance, UsageBatch
from nerve.contracts.usage import LINES
from nerve.estate import Estate, Subscriber
from nerve.settings import Settings
from tests.support.operators import operator_param
from tools.base import Caller
from tools.subscriber import merge_state

OPERATORS = [operator_param("reference"), operator_param("lumen"), operator_param("sakura")]
GB = 10**9
NOWHERE = "AQ"  # a country in no roaming zone: data there is never covered by a pass

DATA_LEFT = ["how much data have I left?", "How many GB do I have remaining this month?", "whats my data usage so far"]
BILL_CHANGE = [
    "why is my bill higher this month?",
    "my bill is too high, why?",
    "why am I paying more than last month?",
]


def finite_subscriber(estate: Estate) -> Subscriber:
    """An active consumer whose plan has a data allowance in whole GB."""
    return next(
        s for s in estate.subscribers
        if s.status == "active" and isinstance((estate.catalog.by_id[s.plan].allowance or {}).get("data_gb"), int)
    )  # fmt: skip


def an_offer_to_add(estate: Estate, sub: Subscriber) -> str:
    held = {sub.plan, *sub.services}
    return next(o.name for o in estate.catalog.offers if o.kind in ("addon", "ott") and o.id not in held)


def must_not_be_usage(estate: Estate, sub: Subscriber) -> list[str]:
    plan = estate.catalog.by_id[sub.plan].name
    return [
        f"add {an_offer_to_add(estate, sub)}",
        f"I want {an_offer_to_add(estate, sub)}",
        f"how much data is in {plan}?",
        "my data is not working",
        "what services do I have?",
    ]


@pytest.mark.parametrize("folder", OPERATORS)
def test_usage_questions_are_told_from_orders_and_everything_else(folder: Path) -> None:
    estate = Estate.load(folder)
    lexicon = lexicon_for(estate)
    sub = finite_subscriber(estate)
    profile = merge_state(sub, {}, estate.catalog)

    def topic(text: str) -> str | None:
        return usage_topic(understand(text, profile=profile, catalog=estate.catalog, lexicon=lexicon), text, lexicon)

    assert [topic(q) for q in DATA_LEFT] == ["data_left"] * len(DATA_LEFT)
    assert [topic(q) for q in BILL_CHANGE] == ["bill_change"] * len(BILL_CHANGE)
    for text in must_not_be_usage(estate, sub):
        assert topic(text) is None, text


def lines(**amounts: Decimal) -> dict[str, Decimal]:
    return {name: amounts.get(name, Decimal(0)) for name in LINES}


def records(estate: Estate, sub: Subscriber, at: float) -> list[dict[str, Any]]:
    """Two GB at home and three records abroad where no pass covers them: the roaming line's records."""
    site = estate.topology.cell[sub.home_cell].site
    base = {"subscriber": sub.id, "msisdn": sub.msisdn, "type": "data", "app_category": "other", "site": site}
    home = [{**base, "usage_id": f"h{i}", "at": at + i, "bytes": GB, "cell": sub.home_cell} for i in range(2)]
    abroad = [{**base, "usage_id": f"r{i}", "at": at + 5 + i, "bytes": 10**6, "roaming_country": NOWHERE}
              for i in range(3)]  # fmt: skip
    return home + abroad


async def ask(svc: IntentService, sub: str, text: str) -> Any:
    caller = Caller(Actor(kind="person", id=sub), frozenset({"subscriber"}), sub)
    return await svc.submit(caller, sub, text=text)


@pytest.mark.parametrize("folder", OPERATORS)
async def test_the_intent_agent_answers_from_the_rated_usage(settings: Settings, folder: Path) -> None:
    estate = Estate.load(folder)
    assert estate.rating is not None
    length = estate.rating.period.length_s
    sub = finite_subscriber(estate)
    allowance = int((estate.catalog.by_id[sub.plan].allowance or {})["data_gb"])
    monthly = estate.catalog.by_id[sub.plan].price.amount
    t0 = 1_700_000_000.0
    run = settings.model_copy(update={"estate_dir": folder, "billing_epoch": t0})
    currency = estate.catalog.operator.currency
    async with Bus(run) as bus:
        await bus.publish(t.USAGE, UsageBatch(records=records(estate, sub, t0 + length + 1)), key=sub.id)
        for period, counted, extra in ((0, GB, Decimal(0)), (1, 2 * GB, Decimal("12.5"))):
            balance = Balance(
                subscriber=sub.id,
                period=period,
                currency=currency,
                counted_bytes=counted,
                allowance_gb=Decimal(allowance),
                lines=lines(recurring=monthly, roaming=extra),
                records=5,
                billed=period == 0,
                watermark=t0 + length + 9,
                updated_at=t0 + length + 9,
            )
            await bus.publish(t.BALANCES, balance, key=f"{sub.id}/{period}")
    svc = IntentService(run, estate)
    await svc.start()
    try:
        left = await ask(svc, sub.id, "how much data have I left?")
        assert left.decision == "answered", left
        usage = left.answer["usage"]
        assert (usage["used_bytes"], usage["left_bytes"]) == (2 * GB, (allowance - 2) * GB)
        assert {r["usage_id"] for r in usage["records"]} == {"h0", "h1"}, "the records counted, not those abroad"
        assert f"{allowance - 2} GB left" in left.message

        higher = await ask(svc, sub.id, "why is my bill higher this month?")
        usage = higher.answer["usage"]
        assert (usage["line"], usage["change"]) == ("roaming", {"roaming": "12.5"})
        assert {r["usage_id"] for r in usage["records"]} == {"r0", "r1", "r2"}
        assert "mostly roaming" in higher.message and NOWHERE in higher.message

        offer = an_offer_to_add(estate, sub)
        order = await ask(svc, sub.id, f"add {offer}")
        assert order.action in ("add_offer", "change_plan") and order.decision != "answered", order
        assert "usage" not in (order.answer or {})
    finally:
        await asyncio.wait_for(svc.stop(), 30)
