"""The topic registry: every topic Nerve uses, declared once, created idempotently."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import CoordinatorLoadInProgressError, GroupCoordinatorNotAvailableError, KafkaError

from nerve import contracts as c
from nerve.errors import TopicError
from nerve.kafka_auth import Principal
from nerve.kafka_client import client_options
from nerve.settings import Settings

log = logging.getLogger(__name__)

HOUR_MS = 3_600_000
TOPIC_AUTHORIZATION_FAILED = 29  # Kafka's error code


@dataclass(frozen=True)
class Topic:
    name: str
    model: type[c.Message]
    key: str  # what the record key is, for readers of the registry
    partitions: int = 1
    compacted: bool = False
    retention_ms: int = 24 * HOUR_MS

    def full_name(self, prefix: str = "") -> str:
        return f"{prefix}{self.name}"

    def configs(self, replication: int = 1) -> dict[str, str]:
        durability = {"min.insync.replicas": "2"} if replication >= 3 else {}
        if self.compacted:
            return {"cleanup.policy": "compact", "min.compaction.lag.ms": "0", "segment.ms": str(HOUR_MS), **durability}
        return {"cleanup.policy": "delete", "retention.ms": str(self.retention_ms), **durability}


def replication_factor(brokers: int) -> int:
    """Three copies of every partition on a cluster of three or more brokers (a write then needs two
    of them, so one broker may die without losing an acknowledged message); one copy otherwise."""
    return 3 if brokers >= 3 else 1


# Telemetry and assurance are partitioned by entity so that stream workers share the load.
TELEMETRY = Topic("telemetry", c.TelemetryBatch, "source entity (site, link, NF, partner)", 6, retention_ms=2 * HOUR_MS)
NETWORK_EVENTS = Topic("network.events", c.NetworkEvent, "entity", 1)
CALENDAR = Topic("ops.calendar", c.MaintenanceWindow, "window id", 1, compacted=True)
DEAD_LETTER = Topic("dead-letter", c.DeadLetter, "source topic", 1, retention_ms=7 * 24 * HOUR_MS)
ANOMALIES = Topic("assurance.anomalies", c.Anomaly, "entity", 6)
INCIDENTS = Topic("assurance.incidents", c.Incident, "incident id", 1)
CONTEXT = Topic("assurance.context", c.EntityContext, "entity", 6, compacted=True)

# Commands, by the system that applies them; one result topic that every issuer reads.
ACTIVATION_COMMANDS = Topic("bss.activation.commands", c.Command, "subscriber", 3)
BILLING_COMMANDS = Topic("bss.billing.commands", c.Command, "subscriber", 3)
COMPLIANCE_COMMANDS = Topic("bss.compliance.commands", c.Command, "subscriber", 3)
PARTNER_COMMANDS = Topic("partner.commands", c.Command, "subscriber", 3)
OPS_COMMANDS = Topic("ops.commands", c.Command, "target entity", 3)
COMMAND_RESULTS = Topic("command.results", c.CommandResult, "command id", 3)
APPLIED_COMMANDS = Topic("commands.applied", c.AppliedCommand, "consumer/command id", 3, compacted=True)

# Current state, compacted so that any process can rebuild its view by replaying.
SUBSCRIBER_STATE = Topic("bss.subscriber.state", c.SubscriberState, "system/subscriber", 3, compacted=True)
INTENT_EVENTS = Topic("intent.events", c.IntentEvent, "intent id", 3)
INTENT_STATE = Topic("intent.state", c.IntentEvent, "intent id", 3, compacted=True)
AUDIT = Topic("audit", c.AuditRecord, "subject", 3, retention_ms=30 * 24 * HOUR_MS)
# People's decisions on remediation: only the API's approver path may write here (Kafka ACLs), so a
# decision read from this topic was made through it; the loop acts on no other.
APPROVALS = Topic("ops.approvals", c.AuditRecord, "approval id", 1, retention_ms=30 * 24 * HOUR_MS)

# Usage from the mediation points, and what rating and billing make of it (key: subscriber).
USAGE = Topic("usage.records", c.UsageBatch, "subscriber", 6)
BILLS = Topic("billing.bills", c.Bill, "subscriber", 3, retention_ms=30 * 24 * HOUR_MS)
ADJUSTMENTS = Topic("billing.adjustments", c.Adjustment, "subscriber", 3, retention_ms=30 * 24 * HOUR_MS)
BALANCES = Topic("billing.balances", c.Balance, "subscriber/period", 3, compacted=True)
NOTIFICATIONS = Topic("billing.notifications", c.UsageNotification, "subscriber", 3)

# The estate twin's control plane and ground truth.
SIM_CONTROL = Topic("sim.control", c.FaultInjection, "target", 1)
SIM_FAULTS = Topic("sim.faults", c.FaultTruth, "fault id", 1, compacted=True)
SIM_USAGE = Topic("sim.usage", c.UsageRecord, "usage id", 3)  # every distinct record the twin made
SIM_FRAUD = Topic("sim.fraud", c.FraudTruth, "episode id", 1, compacted=True)  # the twin's fraud episodes

# Fraud: the network's SIM swap signalling (co-partitioned with usage), cases, line controls' commands.
SIM_SWAPS = Topic("network.sim_swaps", c.SimSwap, "subscriber", 6)
FRAUD_CASES = Topic("fraud.cases", c.FraudCase, "case id", 3, compacted=True)
FRAUD_COMMANDS = Topic("bss.fraud.commands", c.Command, "subscriber", 3)
# People's false-positive marks, co-partitioned with usage and the fraud worker's calls by number:
# each reaches the worker holding its case (FraudCase.judged_by: the line, or a wangiri case's number).
FRAUD_MARKS = Topic("fraud.marks", c.FraudMark, "subscriber (wangiri: the number)", 6, retention_ms=30 * 24 * HOUR_MS)

# The legacy bridge: activation commands the migration table routes to the legacy OSS (the adapter
# turns each into a work order), and Debezium's change events of the legacy tables (Kafka Connect
# writes them, keyed by the row's primary key as Debezium's JSON).
LEGACY_ACTIVATION_COMMANDS = Topic("legacy.activation.commands", c.Command, "subscriber", 3)
LEGACY_CDC = "legacy.cdc"  # Debezium's topic prefix: <run prefix>legacy.cdc.<schema>.<table>
LEGACY_ORDERS = Topic(f"{LEGACY_CDC}.public.service_orders", c.RowChange, "order id", 1)
LEGACY_TICKETS = Topic(f"{LEGACY_CDC}.public.trouble_tickets", c.RowChange, "ticket id", 1)
# Compacted: the latest change of every row is the table, so a reader can rebuild it from the start.
LEGACY_INVENTORY = Topic(f"{LEGACY_CDC}.public.resource_inventory", c.RowChange, "subscriber/offer", 1, compacted=True)
# Drift anomalies (the legacy inventory and Nerve's state disagreeing too long), ONSET then ABATED.
LEGACY_DRIFT = Topic("legacy.drift", c.Anomaly, "subscriber", 1, compacted=True)

ALL: tuple[Topic, ...] = (
    TELEMETRY,
    NETWORK_EVENTS,
    CALENDAR,
    DEAD_LETTER,
    ANOMALIES,
    INCIDENTS,
    CONTEXT,
    ACTIVATION_COMMANDS,
    BILLING_COMMANDS,
    COMPLIANCE_COMMANDS,
    PARTNER_COMMANDS,
    OPS_COMMANDS,
    COMMAND_RESULTS,
    APPLIED_COMMANDS,
    SUBSCRIBER_STATE,
    INTENT_EVENTS,
    INTENT_STATE,
    AUDIT,
    APPROVALS,
    USAGE,
    BILLS,
    ADJUSTMENTS,
    BALANCES,
    NOTIFICATIONS,
    SIM_CONTROL,
    SIM_FAULTS,
    SIM_USAGE,
    SIM_FRAUD,
    SIM_SWAPS,
    FRAUD_CASES,
    FRAUD_COMMANDS,
    FRAUD_MARKS,
    LEGACY_ACTIVATION_COMMANDS,
    LEGACY_ORDERS,
    LEGACY_TICKETS,
    LEGACY_INVENTORY,
    LEGACY_DRIFT,
)

COMMAND_TOPIC_BY_SYSTEM: dict[str, Topic] = {
    "compliance": COMPLIANCE_COMMANDS,
    "activation": ACTIVATION_COMMANDS,
    "partner": PARTNER_COMMANDS,
    "billing": BILLING_COMMANDS,
    "remediation": OPS_COMMANDS,
    "fraud": FRAUD_COMMANDS,
}


def command_topic(command_type: str) -> Topic:
    """The topic a command of this type goes to (``billing.start`` → bss.billing.commands)."""
    return COMMAND_TOPIC_BY_SYSTEM[command_type.split(".", 1)[0]]


async def ensure_topics(
    settings: Settings, topics: tuple[Topic, ...] = ALL, principal: Principal | None = None
) -> list[str]:
    """Create every missing topic; return the names created. Existing topics are left alone.

    Run as admin (the default principal of tools and tests), it also grants the run's ACLs; a
    component checks its topics as itself, and may create only what its ACLs allow.
    aiokafka's ``create_topics`` reports failures per topic instead of raising, so each
    error code is checked here; "already exists" (36) is success.
    """
    prefix, bootstrap = settings.topic_prefix, settings.bootstrap_servers
    as_admin = settings.kafka_auth and (principal or Principal(settings.kafka_principal)) is Principal.ADMIN
    admin = AIOKafkaAdminClient(**client_options(settings, principal), request_timeout_ms=15000)
    try:
        await admin.start()
        if as_admin:
            from nerve.kafka_acl import grant  # it reads this registry

            await grant(admin, settings)
        existing = set(await admin.list_topics())
        wanted = [t for t in topics if t.full_name(prefix) not in existing]
        if not wanted:
            return []
        rf = replication_factor(len((await admin.describe_cluster())["brokers"]))
        response = await admin.create_topics(
            [NewTopic(t.full_name(prefix), t.partitions, rf, topic_configs=t.configs(rf)) for t in wanted]
        )
        failures = [(name, code, rest[0] if rest else None) for name, code, *rest in response.topic_errors]
        failures = [f for f in failures if f[1] not in (0, 36)]
        if any(code == TOPIC_AUTHORIZATION_FAILED for _, code, _ in failures):
            who = (principal or Principal(settings.kafka_principal)).value
            raise TopicError(
                f"the topics of this run ({prefix or 'no prefix'}) are missing and {who!r} may not create them: "
                "create them first as admin (`nerve topics create`, which `nerve up` runs)"
            )
        if failures:
            raise TopicError(
                "topic creation failed: " + "; ".join(f"{n}: error {c} {m or ''}".strip() for n, c, m in failures)
            )
        await _wait_for_leaders(admin, [t.full_name(prefix) for t in wanted])
    except KafkaError as exc:
        raise TopicError(f"could not create topics on {bootstrap}: {exc}") from exc
    finally:
        await admin.close()
    created = [t.full_name(prefix) for t in wanted]
    log.info("created %d topics: %s", len(created), ", ".join(created))
    return created


async def wait_for_group_coordinator(settings: Settings, timeout_s: float = 30.0) -> None:
    """Return once the cluster can coordinate consumer groups.

    A fresh broker creates its offsets topic on the first group request; consumers started before
    that log "GroupCoordinatorNotAvailable" errors and retry. They recover by themselves, but a
    new user reads an ERROR line as a fault, so `nerve up` waits here before starting them.
    """
    admin = AIOKafkaAdminClient(**client_options(settings), request_timeout_ms=15000)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    try:
        await admin.start()
        while True:
            try:
                await admin.find_coordinator(f"{settings.topic_prefix}nerve-up")
                return
            except (GroupCoordinatorNotAvailableError, CoordinatorLoadInProgressError) as exc:
                if loop.time() > deadline:
                    where = settings.bootstrap_servers
                    raise TopicError(f"no group coordinator on {where} after {timeout_s:.0f}s") from exc
                await asyncio.sleep(0.2)
    except KafkaError as exc:
        raise TopicError(f"could not reach the group coordinator on {settings.bootstrap_servers}: {exc}") from exc
    finally:
        await admin.close()


async def group_states(
    settings: Settings, groups: list[str], principal: Principal | None = None
) -> dict[str, tuple[str, int]]:
    """Each consumer group of this run (names without the prefix) → (state, members); Kafka calls
    one nobody has joined "Dead". Raises TopicError when the groups cannot be described."""
    admin = AIOKafkaAdminClient(**client_options(settings, principal), request_timeout_ms=3000)
    names = [f"{settings.topic_prefix}{g}" for g in groups]
    found: dict[str, tuple[str, int]] = {}
    try:
        await admin.start()
        # One group a request: aiokafka 0.14 reads DescribeGroups v3 answers as v2, which drops each
        # group's trailing field and so misreads every group after the first.
        for name in names:
            for response in await admin.describe_consumer_groups([name]):
                # Each group is (error, id, state, protocol type, protocol, members, ...) in every version.
                found |= {g[1]: (str(g[2]), len(g[5])) for g in response.groups}
    except KafkaError as exc:
        raise TopicError(f"could not describe consumer groups on {settings.bootstrap_servers}: {exc}") from exc
    finally:
        await admin.close()
    return {group: found.get(name, ("Dead", 0)) for group, name in zip(groups, names, strict=True)}


async def delete_prefixed(settings: Settings) -> list[str]:
    """Delete every topic named with ``prefix`` (a finished test or eval run), Faust's own included.

    Leftover runs are not harmless: every client's metadata fetch decodes every topic.
    """
    prefix, bootstrap = settings.topic_prefix, settings.bootstrap_servers
    if not prefix:
        raise TopicError("refusing to delete topics without a prefix: that would be the whole cluster")
    admin = AIOKafkaAdminClient(**client_options(settings), request_timeout_ms=15000)
    try:
        await admin.start()
        doomed = [name for name in await admin.list_topics() if name.startswith(prefix)]
        if doomed:
            await admin.delete_topics(doomed)
        if settings.kafka_auth:
            from nerve.kafka_acl import revoke  # it reads this registry

            await revoke(admin, settings)
    except KafkaError as exc:
        raise TopicError(f"could not delete topics {prefix}* on {bootstrap}: {exc}") from exc
    finally:
        await admin.close()
    return doomed


async def discard_prefixed(settings: Settings) -> None:
    """``delete_prefixed`` for a finished run whose results are already read: a failure is logged,
    not raised (the leftovers only slow the broker down)."""
    try:
        await delete_prefixed(settings)
    except TopicError as exc:
        log.warning("%s", exc)


async def _wait_for_leaders(admin: AIOKafkaAdminClient, names: list[str], timeout_s: float = 20.0) -> None:
    """Creation returns before every partition has a leader; producing earlier fails or retries."""
    deadline = asyncio.get_running_loop().time() + timeout_s
    pending = set(names)
    while pending and asyncio.get_running_loop().time() < deadline:
        for meta in await admin.describe_topics(sorted(pending)):
            if meta["error_code"] == 0 and meta["partitions"] and all(p["leader"] >= 0 for p in meta["partitions"]):
                pending.discard(meta["topic"])
        if pending:
            await asyncio.sleep(0.1)
    if pending:
        raise TopicError(f"topics without a leader after {timeout_s:.0f}s: {', '.join(sorted(pending))}")


async def describe_topics(settings: Settings) -> dict[str, dict[str, str]]:
    """Per registered topic: partitions and cleanup policy as the broker reports them."""
    from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

    prefix, bootstrap = settings.topic_prefix, settings.bootstrap_servers
    admin = AIOKafkaAdminClient(**client_options(settings), request_timeout_ms=15000)
    try:
        await admin.start()
        names = [t.full_name(prefix) for t in ALL]
        meta = await admin.describe_topics(names)
        configs = await admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, n) for n in names])
    except KafkaError as exc:
        raise TopicError(f"could not describe topics on {bootstrap}: {exc}") from exc
    finally:
        await admin.close()
    out: dict[str, dict[str, str]] = {}
    for m in meta:
        if m["error_code"] == 0:
            out[m["topic"]] = {"partitions": str(len(m["partitions"]))}
    for response in configs:
        for _code, _msg, _rtype, name, entries in response.resources:
            for entry in entries:
                if entry[0] == "cleanup.policy" and name in out:
                    out[name]["cleanup.policy"] = entry[1]
    return out
