"""The broker's ACLs: each principal may read and write exactly its part of the flow.

Kafka matches ACLs by topic name or name prefix, and Nerve's topics are named ``<prefix><name>``
(a run's prefix isolates a test or an eval), so the grants are made per prefix, by whoever sets the
run up (``ensure_topics`` as admin), and removed with the run's topics. Every principal may see
(describe) every topic of its run, so that a component can check that its topics exist; reading
and writing are granted topic by topic below.

aiokafka has no ACL calls, so the admin client sends Kafka's CreateAcls and DeleteAcls requests
(protocol v1) itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.protocol.admin import (
    CreateAclsRequest_v1,
    CreateAclsResponse_v1,
    DeleteAclsRequest_v1,
    DeleteAclsResponse_v1,
)
from aiokafka.protocol.api import Request

from nerve import topics as t
from nerve.errors import TopicError
from nerve.kafka_auth import Principal, credentials_path, read_credentials
from nerve.settings import Settings

# Kafka's wire codes (org.apache.kafka.common.acl / resource).
TOPIC, GROUP = 2, 3
READ, WRITE, DESCRIBE, ALL_OPS = 3, 4, 8, 2
ALLOW = 3
LITERAL, PREFIXED = 3, 4

# Faust names its own topics and group after the app id: ``<prefix>nerve-streams…``.
# Kafka Connect names its internal topics and group ``<prefix>legacy.connect…`` (legacy/connect.py).
CONNECT_INTERNAL = "legacy.connect"
STREAMS_APP = "nerve-streams"
BILLING_APP = "nerve-billing"
FRAUD_APP = "nerve-fraud"
DRIFT_APP = "nerve-drift"
# The fraud responder reads cases in a group of its own (granted with every group of the run), so
# that /readyz can tell that it runs.
FRAUD_RESPONDER_GROUP = "nerve-fraud-responder"

P = Principal
COMMANDS = (t.ACTIVATION_COMMANDS, t.BILLING_COMMANDS, t.COMPLIANCE_COMMANDS, t.PARTNER_COMMANDS)
ASSURANCE = (t.ANOMALIES, t.INCIDENTS, t.CONTEXT)
BILLING = (t.BILLS, t.ADJUSTMENTS, t.BALANCES, t.NOTIFICATIONS)
LEGACY_CDC = (t.LEGACY_ORDERS, t.LEGACY_TICKETS, t.LEGACY_INVENTORY)

WRITES: dict[Principal, tuple[t.Topic, ...]] = {
    P.TWIN: (t.TELEMETRY, t.NETWORK_EVENTS, t.SIM_FAULTS, t.COMMAND_RESULTS, t.APPLIED_COMMANDS),
    P.BSS: (t.COMMAND_RESULTS, t.APPLIED_COMMANDS, t.SUBSCRIBER_STATE),
    P.STREAMS: (*ASSURANCE, *BILLING, t.FRAUD_CASES, t.LEGACY_DRIFT),
    # The loop's principal also answers fraud cases: commands to the BSS line controls, audited.
    P.LOOP: (t.OPS_COMMANDS, t.FRAUD_COMMANDS, t.AUDIT),
    P.INTENT: (*COMMANDS, t.LEGACY_ACTIVATION_COMMANDS, t.INTENT_EVENTS, t.INTENT_STATE, t.AUDIT),
    # The API's person marks fraud cases false positives (a route an approver may use).
    P.API: (t.AUDIT, t.FRAUD_MARKS),
    # The legacy side answers like a BSS system: results and the activation state it served.
    P.LEGACY: (t.COMMAND_RESULTS, t.SUBSCRIBER_STATE, t.AUDIT),
    P.CONNECT: LEGACY_CDC,
    P.APPROVER: (t.APPROVALS, t.AUDIT),
    # The harness drives the twin and the calendar, replays assurance for the NOC eval, and plays
    # the mediation's usage (and its ground truth) for the billing eval.
    P.EVALS: (t.SIM_CONTROL, t.CALENDAR, t.TELEMETRY, *ASSURANCE, t.USAGE, t.SIM_USAGE, t.SIM_SWAPS, t.SIM_FRAUD),
}

# What the live view of the network is built from (tools/ops_view.py): the loop and the intent
# agent (which diagnoses a subscriber's issue report from it) follow these.
OPS_VIEW = (*ASSURANCE, t.CALENDAR, t.NETWORK_EVENTS)

READS: dict[Principal, tuple[t.Topic, ...]] = {
    P.TWIN: (t.OPS_COMMANDS, t.SIM_CONTROL, t.APPLIED_COMMANDS),
    P.BSS: (*COMMANDS, t.FRAUD_COMMANDS, t.APPLIED_COMMANDS, t.SIM_FAULTS, t.SUBSCRIBER_STATE),
    # Remediation commands and their results are changes the correlator attributes symptoms to;
    # usage and subscriber state are what the billing worker rates, and SIM swaps feed fraud detection;
    # the legacy inventory's capture and subscriber state are what the drift watcher compares (and it
    # reads its own anomalies back after a restart).
    P.STREAMS: (
        t.TELEMETRY,
        t.NETWORK_EVENTS,
        t.CALENDAR,
        t.OPS_COMMANDS,
        t.COMMAND_RESULTS,
        *ASSURANCE,
        t.USAGE,
        t.SUBSCRIBER_STATE,
        t.SIM_SWAPS,
        t.FRAUD_MARKS,
        t.LEGACY_INVENTORY,
        t.LEGACY_DRIFT,
    ),
    P.LOOP: (*OPS_VIEW, t.OPS_COMMANDS, t.COMMAND_RESULTS, t.AUDIT, t.APPROVALS, t.FRAUD_CASES),
    # Usage and the billing topics: usage and bill questions are answered from what was rated.
    P.INTENT: (
        *OPS_VIEW,
        t.SUBSCRIBER_STATE,
        t.INTENT_EVENTS,
        t.INTENT_STATE,
        t.COMMAND_RESULTS,
        t.AUDIT,
        t.USAGE,
        *BILLING,
    ),
    P.LEGACY: (t.LEGACY_ACTIVATION_COMMANDS, *LEGACY_CDC, t.SUBSCRIBER_STATE, t.AUDIT, t.LEGACY_DRIFT),
    # A pending approval shows its target's health now, from the live view.
    P.APPROVER: (t.AUDIT, t.APPROVALS, *OPS_VIEW),
    # The API's views and the NOC agent, and the eval harness, read everything.
    P.API: t.ALL,
    P.EVALS: t.ALL,
}

# Anyone who consumes may dead-letter what breaks its topic's contract.
DEAD_LETTERERS = frozenset(READS) - {P.API, P.APPROVER}


@dataclass(frozen=True)
class Grant:
    resource_type: int
    name: str
    pattern: int
    user: str  # the principal's account name on the cluster
    operation: int

    def wire(self) -> tuple[Any, ...]:
        return (self.resource_type, self.name, self.pattern, f"User:{self.user}", "*", self.operation, ALLOW)


def grants(prefix: str, users: dict[Principal, str]) -> list[Grant]:
    """Every ACL a run with this topic prefix needs, for the accounts ``users`` names."""
    everything = (PREFIXED, prefix) if prefix else (LITERAL, "*")  # Kafka has no empty prefix
    out: list[Grant] = []
    for principal in Principal:
        if principal is P.ADMIN:  # a super user: needs no grant
            continue
        user = users[principal]
        out.append(Grant(TOPIC, everything[1], everything[0], user, DESCRIBE))
        out.append(Grant(GROUP, everything[1], everything[0], user, READ))
        topics = {(x, WRITE) for x in WRITES.get(principal, ())} | {(x, READ) for x in READS.get(principal, ())}
        if principal in DEAD_LETTERERS:
            topics.add((t.DEAD_LETTER, WRITE))
        out += [Grant(TOPIC, x.full_name(prefix), LITERAL, user, op) for x, op in sorted(topics, key=str)]
    # Faust creates and owns its changelog, repartition and leader topics, and its group.
    for app in (STREAMS_APP, BILLING_APP, FRAUD_APP, DRIFT_APP):
        out.append(Grant(TOPIC, f"{prefix}{app}", PREFIXED, users[P.STREAMS], ALL_OPS))
    # Connect creates and owns its config, offset and status topics.
    out.append(Grant(TOPIC, f"{prefix}{CONNECT_INTERNAL}", PREFIXED, users[P.CONNECT], ALL_OPS))
    return out


def users(settings: Settings) -> dict[Principal, str]:
    """Each principal's account name: from the credentials file, or the principal's own name for
    one the file does not hold (an external cluster's administrator named the accounts)."""
    accounts = read_credentials(credentials_path(settings)).accounts
    return {p: accounts[p.value].username if p.value in accounts else p.value for p in Principal}


class _CreateAcls(Request[CreateAclsRequest_v1]):  # type: ignore[misc]  # aiokafka ships no types
    API_KEY = 30
    _CLASSES: ClassVar[tuple[type[CreateAclsRequest_v1]]] = (CreateAclsRequest_v1,)

    def __init__(self, creations: list[tuple[Any, ...]]) -> None:
        self.creations = creations

    def build(self, request_struct_class: type[CreateAclsRequest_v1]) -> CreateAclsRequest_v1:
        return request_struct_class(self.creations)


class _DeleteAcls(Request[DeleteAclsRequest_v1]):  # type: ignore[misc]  # aiokafka ships no types
    API_KEY = 31
    _CLASSES: ClassVar[tuple[type[DeleteAclsRequest_v1]]] = (DeleteAclsRequest_v1,)

    def __init__(self, filters: list[tuple[Any, ...]]) -> None:
        self.filters = filters

    def build(self, request_struct_class: type[DeleteAclsRequest_v1]) -> DeleteAclsRequest_v1:
        return request_struct_class(self.filters)


async def grant(admin: AIOKafkaAdminClient, settings: Settings) -> int:
    """Create the run's ACLs (creating one that exists changes nothing); how many."""
    prefix = settings.topic_prefix
    wanted = grants(prefix, users(settings))
    response = await admin._send_request(_CreateAcls([g.wire() for g in wanted]))  # no public ACL API
    assert isinstance(response, CreateAclsResponse_v1)
    failures = [f"{code} {message}" for code, message in response.creation_responses if code]
    if failures:
        raise TopicError(f"could not create ACLs for {prefix or 'the default run'}: {'; '.join(failures[:3])}")
    return len(wanted)


async def revoke(admin: AIOKafkaAdminClient, settings: Settings) -> None:
    """Delete the run's ACLs, with its topics; never the wildcard grants of the default run."""
    if not settings.topic_prefix:
        return
    wanted = grants(settings.topic_prefix, users(settings))
    response = await admin._send_request(_DeleteAcls([g.wire() for g in wanted]))
    assert isinstance(response, DeleteAclsResponse_v1)
