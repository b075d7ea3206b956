"""API bodies. TM Forum resources (TMF921 intent, TMF622 product order, TMF638 service, TMF635
usage, TMF678 customer bill) keep the
standards' camelCase names; the NOC endpoints use the contracts' own names."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, model_validator

from legacy.lag import CaptureLag
from nerve.contracts import AuditRecord, IntentAction

INTENT_BASE = "/tmf-api/intentManagement/v5"
ORDER_BASE = "/tmf-api/productOrderingManagement/v5"
SERVICE_BASE = "/tmf-api/serviceInventory/v5"
USAGE_BASE = "/tmf-api/usageManagement/v5"
BILL_BASE = "/tmf-api/customerBillManagement/v5"


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


# -- TMF921 intents -----------------------------------------------------------------------------
class IntentExpression(_In):
    """A structured intent: what the subscriber wants, already parsed."""

    action: IntentAction
    offer: str | None = Field(None, max_length=80, description="an offer id of the catalog")
    destination: str | None = Field(
        None, min_length=2, max_length=80, description="roaming: ISO 3166 alpha-2 country (or a city)"
    )
    duration_days: int | None = Field(None, ge=1, le=366, description="roaming: length of the trip")
    topic: str | None = Field(
        None, max_length=80, description="query: bill | services | offer | data_left | bill_change; issue: the symptom"
    )


class IntentCreate(_In):
    """Create an intent from natural-language ``text`` or a structured ``expression`` (exactly one)."""

    subscriber: str | None = Field(
        None, max_length=40, description="the account's subscriber id; optional with a subscriber's own key"
    )
    text: str | None = Field(None, min_length=1, max_length=2000, examples=["what is on my bill this month?"])
    expression: IntentExpression | None = None
    name: str | None = Field(None, max_length=120)

    @model_validator(mode="after")
    def _one_of(self) -> IntentCreate:
        if (self.text is None) == (self.expression is None):
            raise ValueError("give exactly one of `text` (natural language) or `expression` (structured)")
        return self


class ConfirmationCreate(_In):
    """The subscriber's answer to the confirmation an intent is waiting for."""

    accept: bool


class IntentPublic(BaseModel):
    id: str
    href: str
    type_: Literal["Intent"] = Field("Intent", alias="@type")
    name: str
    subscriber: str
    text: str | None = None
    lifecycleStatus: str
    action: str | None = None
    offer: str | list[str] | None = None
    decision: str | None = None
    reasons: list[str] = []
    reasonTexts: list[str] = Field([], description="each of `reasons` as a sentence, in the same order")
    message: str = ""
    awaitingConfirmation: bool = False
    price: dict[str, Any] | None = Field(None, description="amount, currency, period: from the catalog")
    orderState: str | None = None
    orderId: str | None = None
    jeopardy: bool = False
    answer: dict[str, Any] | None = Field(None, description="for queries and diagnosed issue reports")
    commands: list[str] = Field([], description="ids of the commands this intent put on Kafka")
    creationDate: float | None = None
    lastUpdate: float | None = None

    model_config = ConfigDict(populate_by_name=True)


class IntentReportPublic(BaseModel):
    id: str
    href: str
    type_: Literal["IntentReport"] = Field("IntentReport", alias="@type")
    intentId: str
    creationDate: float | None = None
    lifecycleStatus: str | None = None
    outcome: str | None = None
    summary: str = ""
    detail: dict[str, Any] = {}

    model_config = ConfigDict(populate_by_name=True)


# -- TMF622 orders, TMF638 services ------------------------------------------------------------
class ProductOrderItem(BaseModel):
    id: str
    action: Literal["add", "modify", "delete", "noChange"] = "add"
    productOffering: str | None = None
    state: str | None = None


class ProductOrderPublic(BaseModel):
    id: str
    href: str
    type_: Literal["ProductOrder"] = Field("ProductOrder", alias="@type")
    subscriber: str
    state: str
    intentId: str | None = None
    productOrderItem: list[ProductOrderItem] = []
    jeopardyAlert: bool = False
    orderDate: float | None = None
    completionDate: float | None = None
    price: dict[str, Any] | None = None
    commands: list[str] = []

    model_config = ConfigDict(populate_by_name=True)


class ServicePublic(BaseModel):
    id: str
    type_: Literal["Service"] = Field("Service", alias="@type")
    subscriber: str
    name: str
    category: str = Field(description="plan, addon, ott, roaming or slice")
    state: str = "active"
    productOffering: str | None = None
    price: dict[str, str] | None = None

    model_config = ConfigDict(populate_by_name=True)


# -- sessions, health ----------------------------------------------------------------------------
# -- TMF635 usage and TMF678 bills: what the billing worker rated ----------------------------------
class Money(BaseModel):
    """An amount in the operator's currency: the exact decimal as a string, never a float."""

    unit: str
    value: str


class TimePeriod(BaseModel):
    startDateTime: str
    endDateTime: str


class Characteristic(BaseModel):
    name: str
    value: str | int


class UsagePublic(BaseModel):
    """One usage record as the mediation delivered it; ``status`` says how far rating has taken its
    period: received (nothing rated yet), rated (in the period's balance) or billed."""

    id: str
    href: str
    type_: Literal["Usage"] = Field("Usage", alias="@type")
    subscriber: str
    usageType: Literal["data", "voice", "sms"]
    usageDate: str
    period: int
    status: Literal["received", "rated", "billed"]
    usageCharacteristic: list[Characteristic]

    model_config = ConfigDict(populate_by_name=True)


class BillLinePublic(BaseModel):
    """One line of a bill or adjustment (recurring, one_off, data, roaming, international, premium)."""

    name: str
    amount: Money


class BillAdjustmentPublic(BaseModel):
    """A change to an issued bill from records that arrived after it, naming them."""

    id: str
    issuedAt: str
    lines: list[BillLinePublic]
    usageIds: list[str]


class CustomerBillPublic(BaseModel):
    """A period's bill, with every adjustment made to it since; ``amountDue`` is the bill's total
    and ``amountWithAdjustments`` what the period comes to now."""

    id: str
    href: str
    type_: Literal["CustomerBill"] = Field("CustomerBill", alias="@type")
    subscriber: str
    period: int
    billingPeriod: TimePeriod
    billDate: str
    version: int
    state: Literal["issued", "adjusted"]
    lines: list[BillLinePublic]
    amountDue: Money
    amountWithAdjustments: Money
    records: int = Field(description="distinct usage records rated into the bill")
    adjustments: list[BillAdjustmentPublic]

    model_config = ConfigDict(populate_by_name=True)


class UsageBalancePublic(BaseModel):
    """Where a subscriber stands in a period, as rated so far (TMF677 usage consumption-like)."""

    subscriber: str
    period: int
    billingPeriod: TimePeriod
    billed: bool
    dataUsedBytes: int = Field(description="data counted against the allowance (zero-rated and covered roaming not)")
    allowanceGb: str | None = Field(description="the period's allowance; null: unlimited")
    dataLeftBytes: int | None = Field(description="what is left of the allowance; null: unlimited")
    lines: list[BillLinePublic]
    total: Money
    records: int
    asOf: str


class SiteLagPublic(BaseModel):
    """A mediation point: how far its newest delivered record is behind the newest of any site."""

    site: str
    newest_at: float
    behind_s: float
    late: bool
    records: int
    late_records: int
    worst_delay_s: float


class BillingLagPublic(BaseModel):
    """How far billing is behind the usage delivered, and each mediation point's lag."""

    newest_usage_at: float | None
    watermark: float | None
    behind_s: float | None
    unbilled_periods: list[int]
    late_after_s: float
    sites: list[SiteLagPublic]


class LoginCreate(_In):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=256)


class SessionPublic(BaseModel):
    username: str
    roles: list[str]
    # With a session (not an API key): the token to send as X-CSRF-Token on requests that change state.
    csrf: str | None = None


class HealthPublic(BaseModel):
    status: Literal["ok"] = "ok"
    uptime_s: float


class ReadinessPublic(BaseModel):
    ready: bool
    checks: dict[str, str]


# -- NOC -----------------------------------------------------------------------------------------
class TimelineEntryPublic(BaseModel):
    at: float
    kind: str
    text: str
    ref: str = ""
    step: str = Field("decision", description="fault, detection, diagnosis, decision, action, result or verified")
    entity: str = Field("", description="an anomaly's entity")
    kpi: str = Field("", description="an anomaly's KPI")


class IncidentPublic(BaseModel):
    incident_id: str
    state: str
    root_cause: str
    root_cause_kind: str
    probable_cause: str
    perceived_severity: str
    entities: list[str]
    anomalies: list[str]
    predicted: bool = False
    opened_at: float
    updated_at: float
    closed_at: float | None = None
    summary: str = ""
    remediation: str = Field("", description="where its remediation stands, in words")
    caused_by: dict[str, Any] | None = Field(None, description="the action whose expected effect it is, if any")
    timeline: list[TimelineEntryPublic] | None = None


class AnomalyPublic(BaseModel):
    anomaly_id: str
    event: str
    entity: str
    entity_kind: str
    kpi: str
    severity: str
    predicted: bool
    detector: str
    value: float
    threshold: float | None = None
    at: float
    failure_domain: str | None = None


class AuditPublic(BaseModel):
    audit_id: str
    at: float
    actor: str
    action: str
    subject: str
    correlation_id: str | None = None
    outcome: str = ""
    outcome_text: str = Field("", description="the outcome in words")
    reason: str = Field("", description="why, in words (reason codes are given as sentences)")
    detail: dict[str, Any] = {}


class KpiSeriesPublic(BaseModel):
    entity: str
    kind: str
    minutes: float
    kpis: list[str]
    points: list[dict[str, float]]  # {"ts": ..., kpi: value, ...}
    thresholds: dict[str, dict[str, float | None]] = {}
    units: dict[str, str] = {}


class KpiReadingPublic(BaseModel):
    kpi: str
    value: float
    unit: str
    level: Literal["ok", "warn", "critical"]
    at: float


class EntityPublic(BaseModel):
    id: str
    kind: str


class BlastRadiusPublic(BaseModel):
    """What the action will disturb, for how long, and what it does (the estate's own words)."""

    entities: list[str]
    duration_s: float
    effects: list[str]


class TargetHealthPublic(BaseModel):
    """The target now: its health (ok, degraded, failing, unknown), latest KPIs, open anomalies, incidents."""

    state: str
    kpis: dict[str, float] = {}
    open_anomalies: list[str] = []
    incidents: list[str] = []


class ApprovalPublic(BaseModel):
    approval_id: str
    action: str | None = None
    target: str | None = None
    risk: str | None = None
    incident_id: str | None = None
    requested_at: float | None = None
    proposed_by: str | None = None  # who may not approve it (four eyes)
    reason: str = Field("", description="why the action was asked for")
    evidence: Any = None
    blast_radius: BlastRadiusPublic | None = None
    target_health: TargetHealthPublic | None = None
    effect: str = Field("", description="what the action does, from the estate's faults.yaml")
    target_kpis: list[KpiReadingPublic] = Field([], description="the target's latest KPIs, each with its level")
    detail: dict[str, Any] = Field({}, description="anything else the request carries")


class ApprovalCreate(_In):
    reason: str = Field(
        "",
        max_length=500,
        validation_alias=AliasChoices("reason", "note"),
        description="why you approve (kept in the audit trail); required when the target is healthy",
    )


class DenialCreate(_In):
    reason: str = Field(min_length=1, max_length=500)


class DecisionPublic(BaseModel):
    approval_id: str
    decision: Literal["approved", "denied"]
    by: str
    detail: AuditRecord = Field(description="the decision as the audit trail keeps it")


class FalsePositiveCreate(_In):
    reason: str = Field(min_length=1, max_length=500, description="why this is not fraud (kept in the audit trail)")


class FalsePositivePublic(BaseModel):
    case_id: str
    mark_id: str
    by: str


class ChatCreate(_In):
    question: str = Field(min_length=1, max_length=2000)
    thread_id: str = Field("default", min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")


class LegacyBridgePublic(BaseModel):
    runs: bool = Field(description="whether this Nerve runs the legacy bridge (the estate has a migration.yaml)")
    routed: list[str] = Field(description="what migration.yaml routes to the legacy side now, e.g. 'activation: rural'")
    capture: CaptureLag | None = Field(None, description="the Debezium connector's state and lag, when the bridge runs")
