"""Telemetry: one sample per entity and interval, carried in batches (one message per
reporting source and interval, as PM/VES feeds do) because Kafka's cost is per message."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from nerve.contracts.base import Message

EntityKind = Literal["cell", "site", "transport_link", "core_function", "partner"]


class SampleBase(Message):
    entity: str
    ts: float  # event time, epoch seconds: when the network measured it


class CellSample(SampleBase):
    kind: Literal["cell"] = "cell"
    availability_pct: float
    prb_util_pct: float
    rrc_setup_success_pct: float
    drop_rate_pct: float
    ho_success_pct: float
    sinr_db: float
    dl_throughput_mbps: float
    active_users: float


class SiteSample(SampleBase):
    kind: Literal["site"] = "site"
    on_battery: float
    battery_pct: float


class LinkSample(SampleBase):
    kind: Literal["transport_link"] = "transport_link"
    oper_up: float
    latency_ms: float
    packet_loss_pct: float
    utilization_pct: float


class CoreSample(SampleBase):
    kind: Literal["core_function"] = "core_function"
    cpu_pct: float
    session_setup_success_pct: float
    registration_success_pct: float


class PartnerSample(SampleBase):
    kind: Literal["partner"] = "partner"
    api_success_pct: float
    api_latency_ms: float


Sample = Annotated[CellSample | SiteSample | LinkSample | CoreSample | PartnerSample, Field(discriminator="kind")]
SAMPLE_MODELS: dict[str, type[SampleBase]] = {
    "cell": CellSample,
    "site": SiteSample,
    "transport_link": LinkSample,
    "core_function": CoreSample,
    "partner": PartnerSample,
}


def kpi_names(kind: str) -> tuple[str, ...]:
    """The KPI fields of a sample kind, in declaration order."""
    return tuple(n for n in SAMPLE_MODELS[kind].model_fields if n not in SampleBase.model_fields and n != "kind")


class TelemetryBatch(Message):
    """Samples from one source (a site with its cells, a link, a core NF, a partner) at one interval."""

    source: str
    sent_at: float
    samples: list[Sample]


class NetworkEvent(Message):
    """Something the network reports that is not a KPI: configuration changes, alarms, restarts."""

    event_id: str
    kind: Literal["config_change", "restart", "reroute", "failover", "scale_out", "field_ticket"]
    entity: str
    ts: float
    change_id: str | None = None
    detail: str = ""


class MaintenanceWindow(Message):
    """Planned work from the operator's calendar: no automated action on ``target`` inside it."""

    window_id: str
    target: str
    start: float
    end: float
    reason: str = ""
    cancelled: bool = False


class DeadLetter(Message):
    """A message that could not be used, kept with the reason so nothing is lost."""

    source_topic: str
    partition: int
    offset: int
    key: str | None
    raw: str  # the original bytes, decoded as UTF-8 with replacement
    reason: str
    at: float
