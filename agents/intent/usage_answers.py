"""Usage and bill questions answered from what rating made of the subscriber's own records.

"How much data have I left?" is answered from the period's balance (data counted against the
allowance, what is left); "why is my bill higher this month?" from the balances of this period and
the one before, line by line, naming the line that grew and the records behind it. The amounts are
the billing worker's (``tools.usage.UsageView`` reads them from Kafka); which line a record went to
is worked out by the same rater the worker uses (``nerve.rating.Rater``), so the records named
are the ones that made the money.

Only questions are answered here: anything the parser read as an order, a removal or an issue
report never reaches this module, and a question about a named offer keeps its catalog answer.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel

from agents.intent.decide import Outcome
from agents.intent.lexicon import Lexicon, contains
from agents.intent.models import Intent
from nerve.contracts import Balance, UsageRecord
from nerve.rating import Holding, Rater
from tools.subscriber import SubscriberProfile
from tools.usage import UsageView

Topic = Literal["data_left", "bill_change"]
TOPICS: tuple[Topic, ...] = ("data_left", "bill_change")
GB = Decimal(10**9)
SHOWN_RECORDS = 20  # records named in an answer; the count says how many there are in all


def usage_topic(intent: Intent, text: str, lexicon: Lexicon) -> Topic | None:
    """The usage question ``intent`` is, if it is one: a structured ``topic`` names it, a text says it."""
    if intent.action != "query" or intent.offer is not None:
        return None
    if intent.topic in TOPICS:
        return intent.topic
    tokens = lexicon.tokens(text)
    if contains(tokens, lexicon.cues["bill_change"]):
        return "bill_change"
    if contains(tokens, lexicon.cues["usage_left"]) and contains(tokens, lexicon.cues["usage_data"]):
        return "data_left"
    return None


class UsageAnswers:
    """The usage answers of one operator, from a running ``UsageView``."""

    def __init__(self, view: UsageView, lexicon: Lexicon) -> None:
        self.view = view
        self.lexicon = lexicon
        self.rater = Rater(view.estate)
        self.currency = view.estate.catalog.operator.currency

    def refine(self, outcome: Outcome, intent: Intent, text: str, profile: SubscriberProfile) -> Outcome:
        """``outcome`` with the usage answer in place of the catalog's, when the question is about usage
        and something of the subscriber's has been rated; else unchanged."""
        topic = usage_topic(intent, text, self.lexicon)
        balances = self.view.balances(profile.id)
        if topic is None or not balances:
            return outcome
        holding = Holding(profile.plan, frozenset(profile.services))
        found: DataLeft | BillChange = (
            _data_left(balances[-1], self.view, self.rater, holding)
            if topic == "data_left"
            else _bill_change(balances[-2:], self.view, self.rater, holding, self.currency)
        )
        usage = found.model_dump(mode="json", exclude_none=True, exclude={"records": {"__all__": {"schema_version"}}})
        answer = {**(outcome.answer or {}), "usage": usage}
        return outcome.model_copy(update={"answer": answer, "message": found.text})


class DataLeft(BaseModel):
    """What is left of the period's data allowance, and the records counted against it."""

    topic: Literal["data_left"] = "data_left"
    period: int
    used_bytes: int
    allowance_gb: Decimal | None  # None: unlimited
    left_bytes: int | None
    records: list[UsageRecord]
    record_count: int
    text: str


class BillChange(BaseModel):
    """The period's bill so far against the period before, and the line that grew most."""

    topic: Literal["bill_change"] = "bill_change"
    period: int
    total: Decimal
    currency: str
    lines: dict[str, Decimal]
    billed: bool
    previous_period: int | None = None
    previous_total: Decimal | None = None
    change: dict[str, Decimal] | None = None
    line: str
    records: list[UsageRecord]
    record_count: int
    text: str


def _data_left(balance: Balance, view: UsageView, rater: Rater, holding: Holding) -> DataLeft:
    used = Decimal(balance.counted_bytes) / GB
    counted = [r for r in view.records(balance.subscriber, balance.period) if rater.rate(r, holding).counted_bytes > 0]
    if balance.allowance_gb is None:
        left_bytes = None
        text = f"Your data is unlimited: you have used {_gb(used)} GB this period."
    else:
        left = max(Decimal(0), balance.allowance_gb - used)
        left_bytes = int(left * GB)
        over = used - balance.allowance_gb
        tail = f" and are {_gb(over)} GB over it" if over > 0 else f"; {_gb(left)} GB left"
        text = f"You have used {_gb(used)} GB of your {_gb(balance.allowance_gb)} GB this period{tail}."
    return DataLeft(
        period=balance.period,
        used_bytes=balance.counted_bytes,
        allowance_gb=balance.allowance_gb,
        left_bytes=left_bytes,
        records=counted[-SHOWN_RECORDS:],
        record_count=len(counted),
        text=text,
    )


def _bill_change(balances: list[Balance], view: UsageView, rater: Rater, holding: Holding, currency: str) -> BillChange:
    now = balances[-1]
    before = balances[0] if len(balances) == 2 else None
    total = sum(now.lines.values(), Decimal(0))
    change = {name: amount - (before.lines.get(name, Decimal(0)) if before else Decimal(0))
              for name, amount in now.lines.items()}  # fmt: skip
    grew = max(change, key=lambda name: change[name])
    behind = [r for r in view.records(now.subscriber, now.period) if rater.rate(r, holding).line == grew]
    lines = ", ".join(f"{name} {amount}" for name, amount in now.lines.items() if amount)
    text = f"Your bill for this period comes to {total} {currency} so far ({lines or 'nothing yet'})."
    earlier = None
    if before is not None:
        earlier = sum(before.lines.values(), Decimal(0))
        if total > earlier and change[grew] > 0:
            text += f" That is {total - earlier} {currency} more than the period before ({earlier}), mostly {grew}"
            text += f": +{change[grew]} {currency}" + _from_records(behind) + "."
        else:
            text += f" The period before came to {earlier} {currency}."
    elif change[grew] > 0:
        text += f" The largest line is {grew}" + _from_records(behind) + "."
    return BillChange(
        period=now.period,
        total=total,
        currency=currency,
        lines=dict(now.lines),
        billed=now.billed,
        previous_period=before.period if before else None,
        previous_total=earlier,
        change={name: delta for name, delta in change.items() if delta} if before else None,
        line=grew,
        records=behind[-SHOWN_RECORDS:],
        record_count=len(behind),
        text=text,
    )


def _from_records(records: list[UsageRecord]) -> str:
    """Words for the records behind a line: how many, of which kind, and where."""
    if not records:
        return ""
    where = Counter(r.roaming_country or "home" for r in records).most_common(2)
    places = " and ".join(p if p != "home" else "at home" for p, _ in where)
    kinds = "/".join(sorted({r.type for r in records}))
    return f", from {len(records)} {kinds} record{'s' if len(records) != 1 else ''} ({places})"


def _gb(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.01'))}".rstrip("0").rstrip(".")
