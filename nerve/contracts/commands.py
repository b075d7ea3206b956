"""Commands: every side effect Nerve causes, as an idempotent envelope, and their results.

A consumer applies a command at most once, keyed by ``command_id``; the result echoes it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from nerve.contracts.base import Message

CommandType = Literal[
    "compliance.check",
    "activation.activate",
    "activation.deactivate",
    "partner.provision",
    "partner.deprovision",
    "billing.start",
    "billing.stop",
    "billing.charge",
    "billing.refund",
    "remediation.execute",
    "fraud.respond",
]

ActionKind = Literal[
    "restart_cell",
    "rebalance_load",
    "tune_parameters",
    "rollback_config",
    "reroute_transport",
    "scale_out_nf",
    "restart_nf",
    "failover_partner",
    "dispatch_field_team",
    "escalate",
]
Risk = Literal["low", "medium", "high"]
ComplianceCheck = Literal["partner_data_sharing_consent", "age_verification", "kyc", "data_residency"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Actor(_Model):
    kind: Literal["agent", "policy", "person", "system"]
    id: str


class Approval(_Model):
    approved_by: Actor
    at: float
    risk: Risk
    note: str = ""


class CompliancePayload(_Model):
    kind: Literal["compliance"] = "compliance"
    subscriber: str
    offer: str
    checks: list[ComplianceCheck]
    data_residency: str | None = None


class ActivationPayload(_Model):
    kind: Literal["activation"] = "activation"
    subscriber: str
    offer: str
    network: dict[str, Any]  # the offer's fulfilment.network, verbatim from the catalog


class PartnerPayload(_Model):
    kind: Literal["partner"] = "partner"
    subscriber: str
    offer: str
    partner: str


class BillingPayload(_Model):
    kind: Literal["billing"] = "billing"
    subscriber: str
    offer: str
    amount: Decimal
    currency: str
    period: Literal["monthly", "weekly", "daily", "one_off"]


class RemediationPayload(_Model):
    kind: Literal["remediation"] = "remediation"
    action: ActionKind
    target: str
    incident_id: str | None = None
    params: dict[str, Any] = {}


class FraudPayload(_Model):
    """A response to a fraud case, applied by the BSS line controls (see estate fraud.yaml)."""

    kind: Literal["fraud"] = "fraud"
    action: Literal[
        "notify_subscriber", "bar_premium", "block_number", "require_verification", "bar_international", "suspend_line"
    ]
    subscriber: str
    case_id: str
    number: str | None = None  # block_number: the number blocked network-wide
    lift: bool = False  # lift the control this case put on the line (a person marked it a false positive)


Payload = Annotated[
    CompliancePayload | ActivationPayload | PartnerPayload | BillingPayload | RemediationPayload | FraudPayload,
    Field(discriminator="kind"),
]


class Command(Message):
    command_id: str  # the idempotency key: stable per order/incident and step
    type: CommandType
    target: str  # subscriber id for BSS/partner commands, network entity for remediation
    payload: Payload
    issued_by: Actor
    correlation_id: str  # the intent/order or incident this belongs to
    approval: Approval | None = None
    issued_at: float


class CommandResult(Message):
    command_id: str
    type: CommandType
    status: Literal["succeeded", "failed", "rejected"]
    reason: str | None = None
    correlation_id: str
    target: str
    system: str  # who answered: activation, billing, compliance, partner, network
    detail: dict[str, Any] = {}
    completed_at: float
