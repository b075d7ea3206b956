"""Fraud: the twin's SIM swap signalling, Nerve's fraud cases, and the twin's ground truth of each episode."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import Field

from nerve.contracts.base import Message
from nerve.contracts.commands import Actor

FraudKindName = Literal["irsf", "wangiri", "sim_swap_takeover", "sim_box", "sms_spam", "impossible_travel"]
FraudResponse = Literal[
    "notify_subscriber", "bar_premium", "block_number", "require_verification", "bar_international", "suspend_line"
]
RESPONSE_AUDIT = "fraud.response"  # the audit action of every fraud response's outcome
MARK_AUDIT = "fraud.false_positive"  # a person's mark of a case as a false positive
CASE_QUIET_S = 15.0  # a case closes after this long (event time) without a suspicious record from its line
LIFT_AUDIT = "fraud.lift"  # the outcome of lifting a response whose case was marked a false positive


class SimSwap(Message):
    """The network's signalling of a new SIM (ICCID) and device (IMEI) on a line; ``at`` is event time."""

    swap_id: str = Field(min_length=1)
    subscriber: str = Field(min_length=1)
    msisdn: str
    iccid: str = Field(pattern=r"^\d{18,22}$")
    imei: str = Field(pattern=r"^\d{15}$")
    at: float


class FraudCase(Message):
    """One suspected fraud on one line (compacted by case id): what was seen, against what baseline.

    ``evidence`` names the usage records (or swaps) and says what each showed; ``features`` are the
    window's measures that passed their thresholds, ``baseline`` what the line did before."""

    case_id: str
    subscriber: str
    kind: FraudKindName
    state: Literal["open", "closed", "false_positive"]
    score: float
    number: str | None = None  # wangiri: the foreign number that rang
    features: dict[str, float] = {}
    baseline: dict[str, float] = {}
    evidence: list[str] = []
    # What the window's calls to premium and high-cost ranges cost at rating.yaml's rates, per hour
    # of the window: what the fraud was running up when seen (None: no priced calls in it).
    spend_per_hour: Decimal | None = None
    opened_at: float  # wall clock when the case was first put on Kafka
    first_record_at: float  # event time of the first record of the window that opened it
    last_seen_at: float  # event time of the latest suspicious record
    closed_at: float | None = None
    updated_at: float
    marked_by: Actor | None = None  # who marked it a false positive

    @property
    def judged_by(self) -> str:
        """The key that reaches the fraud worker holding this case: the number a wangiri case was
        judged on (where its calls meet), else the line."""
        return self.number if self.kind == "wangiri" and self.number else self.subscriber


class NumberCall(Message):
    """A call between a line and a foreign number, re-keyed by the number on the fraud worker's own
    topic: one number's one-ring calls and call-backs meet on one worker, whichever workers hold the
    lines (wangiri)."""

    number: str
    subscriber: str
    usage_id: str
    at: float  # event time
    direction: Literal["in", "out"]
    duration_s: int
    place: str  # the line's region, or the country it roams in
    premium: str | None = None  # the premium range's prefix and kind, for a call-back


class FraudMark(Message):
    """A person's word that a case is a false positive (key: ``case.judged_by``, so that it reaches
    the fraud worker that holds the case and the line's profile). It carries the case as the person saw it: what they
    cleared is what the line may do again without a case of its kind."""

    mark_id: str = Field(min_length=1)  # one per case: marking twice changes nothing
    case: FraudCase
    by: Actor
    reason: str = ""
    at: float


class FraudTruth(Message):
    """The twin's ground truth of one injected episode (compacted by episode id)."""

    episode_id: str
    kind: str  # a fraud kind or a look-alike of fraud.yaml
    subscriber: str
    look_alike: bool
    start_at: float
    ended_at: float | None = None
    ended_by: str | None = None
