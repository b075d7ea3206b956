"""Kafka Connect with Debezium, real: the worker that captures the legacy database into Kafka.

The worker is Apache Kafka's ``connect-runtime`` (the broker's version) with Debezium's PostgreSQL
source connector on its classpath, both resolved from Maven Central like the broker's jars. It runs
in distributed mode (its configuration, offsets and status in ``<prefix>legacy.connect.*`` topics,
so a restarted worker carries on where it stopped) and authenticates to the broker as the
``connect`` principal, for its own clients and for the producers it runs for connectors.

``configure`` puts the run's Debezium connector through the worker's REST API: the pgoutput
plugin, a replication slot and a publication named after the run, the legacy tables only.
"""

from __future__ import annotations

import hashlib
import logging
import re
import subprocess
import time
from pathlib import Path
from typing import Any

import httpx

from legacy import store
from legacy.postgres import USER, LocalPostgres
from nerve import topics as t
from nerve.errors import ConfigError
from nerve.kafka_acl import CONNECT_INTERNAL
from nerve.kafka_auth import Principal
from nerve.kafka_client import account_of
from nerve.kafka_local import LocalKafka, resolve_jars, runtime_pom
from nerve.settings import Settings

log = logging.getLogger(__name__)

DEBEZIUM_VERSION = "3.6.1.Final"


# Properties, not YAML: Connect's classpath has no YAML parser for log4j2.
LOG4J2 = """status = warn
appender.out.type = Console
appender.out.name = STDOUT
appender.out.layout.type = PatternLayout
appender.out.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = WARN
rootLogger.appenderRef.out.ref = STDOUT
logger.connect.name = org.apache.kafka.connect.runtime.Connect
logger.connect.level = INFO
logger.debezium.name = io.debezium.connector.postgresql
logger.debezium.level = INFO
"""


def connector_name(settings: Settings) -> str:
    return f"{settings.topic_prefix}legacy-postgres"


def _run_id(settings: Settings) -> str:
    """The run as PostgreSQL spells names (slots and publications): lower case, digits, underscores."""
    run = re.sub(r"[^a-z0-9]+", "_", settings.topic_prefix.lower()).strip("_")
    return f"nerve_{run}" if run else "nerve"


class LocalConnect:
    """Start, stop and talk to the Connect worker described by ``settings``."""

    def __init__(self, settings: Settings) -> None:
        self.s = settings
        self.dir = settings.legacy_home / f"connect-{settings.legacy_connect_port}"  # one per worker
        self.pom = runtime_pom(
            "connect-runtime",
            ("org.apache.kafka", "connect-runtime", settings.kafka_version),
            ("io.debezium", "debezium-connector-postgres", DEBEZIUM_VERSION),
        )
        digest = hashlib.sha256(self.pom.encode()).hexdigest()[:10]
        self.lib = settings.kafka_cache / "connect" / f"{settings.kafka_version}-{digest}"
        self.url = f"http://127.0.0.1:{settings.legacy_connect_port}"
        self.log_file = self.dir / "connect.log"
        self.pid_file = self.dir / "connect.pid"

    def ensure_jars(self) -> Path:
        return resolve_jars(self.lib, self.pom, f"Kafka Connect {self.s.kafka_version} + Debezium {DEBEZIUM_VERSION}")

    # -- the worker -----------------------------------------------------------------------------
    def command(self) -> list[str]:
        """The worker's command line (foreground), its configuration written first."""
        lib = self.ensure_jars()
        config = self._write_config()
        java = LocalKafka(self.s)._java()
        return [
            java,
            f"-Xmx{self.s.legacy_connect_heap}",
            "-XX:+UseSerialGC",  # one small heap on a shared machine: the least CPU
            "-XX:TieredStopAtLevel=1",
            "-Djava.awt.headless=true",
            f"-Dlog4j2.configurationFile={self.dir / 'log4j2.properties'}",
            "-cp",
            f"{lib}/*",
            "org.apache.kafka.connect.cli.ConnectDistributed",
            str(config),
        ]

    def start(self, timeout_s: float = 180.0) -> subprocess.Popen[bytes]:
        """Start the worker in the background and wait until its REST API answers."""
        cmd = self.command()
        with self.log_file.open("ab") as out:
            proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        self.pid_file.write_text(str(proc.pid))
        deadline = time.monotonic() + timeout_s
        while not self.answers():
            if proc.poll() is not None:
                tail = self.log_file.read_text(errors="replace")[-2000:]
                raise ConfigError(f"Kafka Connect exited with code {proc.returncode}:\n{tail}")
            if time.monotonic() > deadline:
                proc.kill()
                raise ConfigError(f"Kafka Connect did not answer on {self.url} within {timeout_s:.0f}s")
            time.sleep(0.5)
        log.info("started Kafka Connect (pid %s) on %s", proc.pid, self.url)
        return proc

    def answers(self) -> bool:
        try:
            return httpx.get(f"{self.url}/connectors", timeout=2.0).status_code == 200
        except httpx.HTTPError:
            return False

    def _write_config(self) -> Path:
        self.dir.mkdir(parents=True, exist_ok=True)
        internal = f"{self.s.topic_prefix}{CONNECT_INTERNAL}"
        json_converter = "org.apache.kafka.connect.json.JsonConverter"
        props: dict[str, str] = {
            "bootstrap.servers": self.s.bootstrap_servers,
            "group.id": internal,
            "config.storage.topic": f"{internal}.configs",
            "offset.storage.topic": f"{internal}.offsets",
            "status.storage.topic": f"{internal}.status",
            "config.storage.replication.factor": "1",
            "offset.storage.replication.factor": "1",
            "status.storage.replication.factor": "1",
            "offset.storage.partitions": "1",
            "status.storage.partitions": "1",
            "offset.flush.interval.ms": "1000",
            "key.converter": json_converter,
            "value.converter": json_converter,
            "key.converter.schemas.enable": "false",
            "value.converter.schemas.enable": "false",
            "listeners": self.url,
            "rest.advertised.host.name": "127.0.0.1",
            "rest.advertised.port": str(self.s.legacy_connect_port),
            "plugin.discovery": "only_scan",  # Debezium is on the classpath, not in a plugin path
            "topic.creation.enable": "false",  # the CDC topics are in Nerve's registry, made by ensure_topics
        }
        if self.s.kafka_auth:
            account = account_of(self.s, Principal.CONNECT)
            security = {
                "security.protocol": self.s.kafka_security_protocol,
                "sasl.mechanism": self.s.kafka_sasl_mechanism,
                "sasl.jaas.config": (
                    "org.apache.kafka.common.security.scram.ScramLoginModule required "
                    f'username="{account.username}" password="{account.password.get_secret_value()}";'
                ),
            }
            # The worker's own clients, and those it runs for connectors, all as the connect principal.
            for client in ("", "producer.", "consumer.", "admin."):
                props |= {f"{client}{k}": v for k, v in security.items()}
        config = self.dir / "worker.properties"
        config.touch(mode=0o600)
        config.chmod(0o600)  # it holds the principal's password
        config.write_text("".join(f"{k}={v}\n" for k, v in props.items()))
        (self.dir / "log4j2.properties").write_text(LOG4J2)
        return config

    # -- connectors -----------------------------------------------------------------------------
    def connector_config(self) -> dict[str, str]:
        pg = LocalPostgres(self.s)
        run = _run_id(self.s)
        return {
            "connector.class": "io.debezium.connector.postgresql.PostgresConnector",
            "tasks.max": "1",
            "plugin.name": "pgoutput",
            "database.hostname": "127.0.0.1",
            "database.port": str(self.s.legacy_pg_port),
            "database.user": USER,
            "database.password": pg.password(),
            "database.dbname": store.database(self.s),
            "topic.prefix": f"{self.s.topic_prefix}{t.LEGACY_CDC}",
            "slot.name": run,
            "publication.name": run,
            "publication.autocreate.mode": "filtered",
            "table.include.list": ",".join(f"public.{x}" for x in store.TABLES),
            "tombstones.on.delete": "false",
            "decimal.handling.mode": "string",
            "snapshot.mode": "initial",
        }

    def configure(self) -> None:
        """Create or update the run's Debezium connector (PUT is idempotent)."""
        name = connector_name(self.s)
        response = self._request("PUT", f"/connectors/{name}/config", json=self.connector_config())
        if response.status_code not in (200, 201):
            raise ConfigError(f"Kafka Connect refused the connector {name}: {response.text[:500]}")
        log.info("configured the connector %s on %s", name, self.url)

    def remove(self) -> None:
        """Delete the run's connector (its replication slot is dropped with the run's database)."""
        self._request("DELETE", f"/connectors/{connector_name(self.s)}")

    def status(self) -> dict[str, Any]:
        """The connector's state and its tasks' as Connect reports them (``{}`` when it has none)."""
        response = self._request("GET", f"/connectors/{connector_name(self.s)}/status")
        return dict(response.json()) if response.status_code == 200 else {}

    def captured_until(self) -> float | None:
        """The commit time (epoch seconds) of the newest legacy change the connector has captured and
        committed its offset for (Connect's own record of it); None before its first offset."""
        response = self._request("GET", f"/connectors/{connector_name(self.s)}/offsets")
        if response.status_code != 200:
            return None
        stamps = [o["offset"].get("ts_usec") for o in response.json().get("offsets", []) if o.get("offset")]
        return max((int(x) for x in stamps if x is not None), default=0) / 1e6 or None

    def running(self) -> bool:
        state = self.status()
        tasks = state.get("tasks", [])
        return (
            state.get("connector", {}).get("state") == "RUNNING"
            and bool(tasks)
            and all(x.get("state") == "RUNNING" for x in tasks)
        )

    def _request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            return httpx.request(method, f"{self.url}{path}", timeout=30.0, **kwargs)
        except httpx.HTTPError as exc:
            raise ConfigError(f"Kafka Connect does not answer on {self.url}: {exc}") from exc
