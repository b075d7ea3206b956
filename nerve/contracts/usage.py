"""Usage and billing: the mediation's usage records (TMF635-like), and what rating makes of them:
bills (TMF678 CustomerBill-like), adjustments, balances and notifications. Money is ``Decimal``."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Literal, Self

from pydantic import Field, model_validator

from nerve.contracts.base import Message

E164 = re.compile(r"^\+[1-9]\d{6,14}$")
LINES = ("recurring", "one_off", "data", "roaming", "international", "premium")
USAGE_LINES = ("data", "roaming", "international", "premium")  # what charges_over counts


class UsageRecord(Message):
    """One usage event as a mediation point forwards it; ``at`` is event time (epoch seconds)."""

    usage_id: str = Field(min_length=1)
    subscriber: str = Field(min_length=1)
    msisdn: str
    type: Literal["data", "voice", "sms"]
    at: float
    bytes: int | None = Field(default=None, ge=0)
    app_category: str | None = None
    duration_s: int | None = Field(default=None, ge=0)
    direction: Literal["out", "in"] | None = None
    other_party: str | None = None
    cell: str | None = None
    roaming_country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    site: str = Field(min_length=1)

    @model_validator(mode="after")
    def _complete(self) -> Self:
        """Each type carries its own fields; a record must say where it was made."""
        if not E164.match(self.msisdn):
            raise ValueError(f"msisdn {self.msisdn!r} is not E.164")
        if self.type == "data":
            if self.bytes is None or self.app_category is None:
                raise ValueError("a data record needs bytes and app_category")
        else:
            if self.direction is None or self.other_party is None:
                raise ValueError(f"a {self.type} record needs direction and other_party")
            if not E164.match(self.other_party):
                raise ValueError(f"other_party {self.other_party!r} is not E.164")
            if self.type == "voice" and self.duration_s is None:
                raise ValueError("a voice record needs duration_s")
        if (self.cell is None) == (self.roaming_country is None):
            raise ValueError("a record has either a cell (at home) or a roaming_country (abroad)")
        return self


class UsageBatch(Message):
    """What a mediation point sends: one subscriber's records, as many as it has at hand (Kafka's
    cost is per message). Each record is checked on its own: one broken record is dead-lettered
    without the others."""

    records: list[Any]


Lines = dict[str, Decimal]


class Bill(Message):
    """A period's bill for one subscriber (TMF678 CustomerBill-like): each line rounded half-up to the cent."""

    bill_id: str
    subscriber: str
    period: int
    period_start: float
    period_end: float
    version: int
    currency: str
    lines: Lines
    total: Decimal
    records: int  # distinct usage records rated into it
    issued_at: float
    watermark: float  # event time the stream had reached when it issued the bill


class Adjustment(Message):
    """A change to an issued bill from records that arrived after it, naming them."""

    adjustment_id: str
    subscriber: str
    period: int
    bill_id: str
    currency: str
    usage_ids: list[str]
    lines: Lines  # the change per line (new rounded amount minus what was billed and adjusted so far)
    issued_at: float


class Balance(Message):
    """Where a subscriber stands in a period, as rated so far (compacted by subscriber/period)."""

    subscriber: str
    period: int
    currency: str
    counted_bytes: int
    allowance_gb: Decimal | None  # None: unlimited
    lines: Lines  # rounded, as a bill would say now
    records: int
    billed: bool
    watermark: float
    updated_at: float


class UsageNotification(Message):
    """A threshold of rating.yaml crossed, sent once per subscriber, period, kind and value."""

    notification_id: str
    subscriber: str
    period: int
    kind: Literal["allowance_used_pct", "charges_over"]
    value: Decimal
    at: float
