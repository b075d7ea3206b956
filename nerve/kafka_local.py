"""A real Apache Kafka on this machine: one KRaft node (broker and controller in one JVM), or three.

The broker jars are resolved from Maven Central by Maven into a cache outside the repository
(``Settings.kafka_cache``); storage is formatted with ``kafka.tools.StorageTool`` and the broker
started with ``kafka.Kafka``. Data, logs and the pid file live under ``Settings.kafka_dir``.

With ``kafka_brokers=3`` (``nerve kafka start --brokers 3``) three nodes, each its own JVM with its own
ports and data directory, form one cluster with a static quorum of three controllers: any one of
them can die and the cluster carries on (``nerve.topics`` then replicates every topic three times).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import signal
import socket
import subprocess
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from nerve.errors import ConfigError
from nerve.kafka_auth import Principal, add_missing_accounts, create_credentials, credentials_path
from nerve.kafka_client import client_options
from nerve.settings import Settings

log = logging.getLogger(__name__)

LOG4J_VERSION = "2.24.3"
# kafka-clients declares slf4j-api 1.7 and Maven's nearest-wins would keep it; the log4j2 binding
# Kafka 4.x ships with (log4j-slf4j2-impl) needs slf4j 2, as in Kafka's own distribution.
SLF4J_VERSION = "2.0.17"
# The broker's heap is fixed (-Xms = -Xmx) and touched page by page at start, not as G1 first fills
# each region: its resident size is then the whole heap from the start and grows only with what
# lives outside it, so a soak can read a broker's growth from its RSS. Only the broker: the tools
# run with the same heap flags and would pay the touch for nothing.
BROKER_JVM_OPTS = ("-XX:+AlwaysPreTouch",)


def runtime_pom(artifact: str, *dependencies: tuple[str, str, str]) -> str:
    """A POM whose runtime dependencies are ``dependencies`` (group, artifact, version) and the
    logging every Kafka runtime here uses; ``resolve_jars`` fetches what it names."""
    logging_jars = (
        ("org.slf4j", "slf4j-api", SLF4J_VERSION),
        ("org.apache.logging.log4j", "log4j-slf4j2-impl", LOG4J_VERSION),
        ("org.apache.logging.log4j", "log4j-core", LOG4J_VERSION),
    )
    entries = "".join(
        f"    <dependency><groupId>{group}</groupId><artifactId>{name}</artifactId>\n"
        f"      <version>{version}</version></dependency>\n"
        for group, name, version in (*dependencies, *logging_jars)
    )
    return (
        '<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
        "  <modelVersion>4.0.0</modelVersion>\n"
        f"  <groupId>nerve</groupId><artifactId>{artifact}</artifactId><version>1</version>\n"
        f"  <dependencies>\n{entries}  </dependencies>\n</project>\n"
    )


LOG4J2 = """Configuration:
  status: warn
  Appenders:
    Console: {name: STDOUT, PatternLayout: {Pattern: "[%d] %p %m (%c)%n"}}
  Loggers:
    Root: {level: WARN, AppenderRef: [{ref: STDOUT}]}
    Logger:
      - {name: kafka.server.KafkaServer, level: INFO}
      - {name: kafka.server.BrokerServer, level: INFO}
      - {name: kafka.authorizer.logger, level: INFO}  # every request an ACL refused, with its principal
"""


@dataclass(frozen=True)
class BrokerStatus:
    running: bool
    pid: int | None
    bootstrap: str
    data_dir: Path
    nodes: int = 1  # of a cluster: how many of its nodes run

    def describe(self) -> str:
        if self.running and self.nodes > 1:
            return f"Kafka is running ({self.nodes} nodes) on {self.bootstrap}, data under {self.data_dir}"
        if self.running:
            return f"Kafka is running (pid {self.pid}) on {self.bootstrap}, data in {self.data_dir}"
        return f"Kafka is not running (would listen on {self.bootstrap})"


@dataclass(frozen=True)
class KafkaNode:
    """One KRaft node (broker and controller in one JVM) of the local cluster."""

    node_id: int
    port: int
    controller_port: int
    dir: Path

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def pid_file(self) -> Path:
        return self.dir / "kafka.pid"

    @property
    def log_file(self) -> Path:
        return self.dir / "kafka.log"

    def pid(self) -> int | None:
        try:
            pid = int(self.pid_file.read_text())
        except (FileNotFoundError, ValueError):
            return None
        return pid if _alive(pid) else None


def cluster_nodes(settings: Settings, brokers: int) -> list[KafkaNode]:
    """The nodes of a local cluster of ``brokers``: node i listens on kafka_port + 2i (its controller
    on kafka_controller_port + 2i). One broker keeps its files directly in kafka_dir, a cluster's
    nodes each in kafka_dir/node<i>, so that the two layouts never share storage."""
    if brokers not in (1, 3):
        raise ConfigError(f"the local Kafka runs 1 or 3 brokers, not {brokers}")
    return [
        KafkaNode(
            node_id=i + 1,
            port=settings.kafka_port + 2 * i,
            controller_port=settings.kafka_controller_port + 2 * i,
            dir=settings.kafka_dir if brokers == 1 else settings.kafka_dir / f"node{i + 1}",
        )
        for i in range(brokers)
    ]


class LocalKafka:
    """Start, stop and inspect the local broker, or cluster of three, described by ``settings``."""

    def __init__(self, settings: Settings, brokers: int | None = None) -> None:
        self.s = settings
        self.dir = settings.kafka_dir
        self.pom = runtime_pom("kafka-runtime", ("org.apache.kafka", "kafka_2.13", settings.kafka_version))
        # The jar set is cached per POM, so changing a pinned version resolves afresh.
        self.lib = settings.kafka_cache / settings.kafka_version / hashlib.sha256(self.pom.encode()).hexdigest()[:10]
        self.nodes = cluster_nodes(settings, brokers or settings.kafka_brokers)
        self.bootstrap = ",".join(n.bootstrap for n in self.nodes)

    # -- jars ---------------------------------------------------------------------------------
    def ensure_jars(self) -> Path:
        """Resolve the broker jars with Maven once; later calls reuse the cache."""
        return resolve_jars(self.lib, self.pom, f"Kafka {self.s.kafka_version}")

    # -- lifecycle ----------------------------------------------------------------------------
    def status(self) -> BrokerStatus:
        pids = [n.pid() for n in self.nodes]
        running = [p for p in pids if p is not None]
        data = self.nodes[0].dir / "data" if len(self.nodes) == 1 else self.dir
        return BrokerStatus(bool(running), running[0] if running else None, self.bootstrap, data, len(running))

    def start(self, timeout_s: float = 300.0) -> BrokerStatus:
        """Start every node and wait until each answers; running nodes are left as they are."""
        stopped = [n for n in self.nodes if n.pid() is None]
        for node in stopped:
            for port in (node.port, node.controller_port):
                if _port_open(port):
                    raise ConfigError(
                        f"port {port} on 127.0.0.1 is taken by another process; stop it or set "
                        "NERVE_KAFKA_PORT / NERVE_KAFKA_CONTROLLER_PORT to free ports"
                    )
        # A cluster's nodes start together: each waits for a quorum of controllers before it serves.
        started = {node.node_id: self._launch(node) for node in stopped}
        for node in self.nodes:
            self._wait_ready(node, timeout_s, started.get(node.node_id))
        self.register_new_accounts()
        return self.status()

    def start_node(self, node_id: int, timeout_s: float = 300.0) -> None:
        """Start one stopped node of the cluster (after ``kill_node``) and wait until it answers."""
        node = self._node(node_id)
        proc = self._launch(node) if node.pid() is None else None
        self._wait_ready(node, timeout_s, proc)

    def kill_node(self, node_id: int) -> int | None:
        """SIGKILL one node, as a crash would; its pid, or None if it was not running."""
        node = self._node(node_id)
        pid = node.pid()
        if pid is not None:
            os.kill(pid, signal.SIGKILL)
            while _alive(pid):
                time.sleep(0.05)
            node.pid_file.unlink(missing_ok=True)
        return pid

    def stop(self, timeout_s: float = 30.0) -> bool:
        """Stop every node cleanly (SIGTERM, then SIGKILL after ``timeout_s``). True if any ran."""
        pids = {n.node_id: n.pid() for n in self.nodes}
        for pid in pids.values():
            if pid is not None:
                os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout_s
        for node in self.nodes:
            pid = pids[node.node_id]
            if pid is None:
                continue
            while _alive(pid) and time.monotonic() < deadline:
                time.sleep(0.2)
            if _alive(pid):
                log.warning("Kafka (pid %s) ignored SIGTERM for %ss; killing it", pid, timeout_s)
                os.kill(pid, signal.SIGKILL)
            node.pid_file.unlink(missing_ok=True)
            log.info("stopped Kafka node %d (pid %s)", node.node_id, pid)
        return any(p is not None for p in pids.values())

    # -- helpers ------------------------------------------------------------------------------
    def _node(self, node_id: int) -> KafkaNode:
        for node in self.nodes:
            if node.node_id == node_id:
                return node
        raise ConfigError(f"the local cluster has no node {node_id}")

    def _launch(self, node: KafkaNode) -> subprocess.Popen[bytes]:
        java = self._java()
        lib = self.ensure_jars()
        node.dir.mkdir(parents=True, exist_ok=True)
        data = node.dir / "data"
        users: list[str] = []
        if self.s.kafka_auth:
            if (data / "meta.properties").exists() and not credentials_path(self.s).exists():
                # Formatted before authentication: its storage knows no users. Kept aside, not deleted.
                aside = data.with_name(f"data.unauthenticated-{int(time.time())}")
                log.warning("the local broker's data predates authentication; moved to %s", aside)
                data.rename(aside)
            credentials = create_credentials(self.s)
            mechanism = self.s.kafka_sasl_mechanism
            for a in credentials.accounts.values():
                users += ["--add-scram", f"{mechanism}=[name={a.username},password={a.password.get_secret_value()}]"]
        config = self._write_config(node)
        if not (data / "meta.properties").exists():
            # One broker bootstraps its own quorum; a cluster's nodes share one id and a static quorum.
            quorum = ["--standalone"] if len(self.nodes) == 1 else []
            cluster_id = self._cluster_id() if len(self.nodes) > 1 else uuid.uuid4().hex[:22]
            self._run_java(
                java,
                lib,
                node,
                "kafka.tools.StorageTool",
                "format",
                *quorum,
                "-t",
                cluster_id,
                "-c",
                str(config),
                *users,
            )
            if self.s.kafka_auth:
                self._registered_file.write_text(json.dumps(sorted(a.username for a in credentials.accounts.values())))
        with node.log_file.open("ab") as out:
            proc = subprocess.Popen(
                [java, *self._jvm_opts(node), *BROKER_JVM_OPTS, "-cp", f"{lib}/*", "kafka.Kafka", str(config)],
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        node.pid_file.write_text(str(proc.pid))
        log.info(
            "started Kafka %s node %d (pid %s) on %s", self.s.kafka_version, node.node_id, proc.pid, node.bootstrap
        )
        return proc

    def _cluster_id(self) -> str:
        """The cluster's id, made once: every node's storage is formatted with it."""
        path = self.dir / "cluster.id"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(uuid.uuid4().hex[:22])
        return path.read_text().strip()

    @property
    def _registered_file(self) -> Path:
        """The SCRAM users this storage's brokers know (they live in the cluster's metadata)."""
        return self.dir / "scram-users.json"

    def register_new_accounts(self) -> None:
        """A broker formatted by an older build knows none of the principals added since, and an
        account can reach the file without reaching the broker (a start that failed half-way):
        register every account this storage is not known to have, with Kafka's own ConfigCommand,
        as the broker's admin. Registering again is harmless (it sets the same password)."""
        if not self.s.kafka_auth or not self.status().running:
            return  # a broker another runtime directory runs is that directory's to keep
        add_missing_accounts(self.s)
        credentials = create_credentials(self.s)
        try:
            known = set(json.loads(self._registered_file.read_text()))
        except (FileNotFoundError, ValueError):
            known = set()  # formatted before the broker kept this list: register all, once
        missing = [a for a in credentials.accounts.values() if a.username not in known]
        if not missing:
            return
        admin = credentials.account(Principal.ADMIN)
        props = self.dir / "admin-client.properties"
        props.touch(mode=0o600)
        props.write_text(
            f"security.protocol={self.s.kafka_security_protocol}\nsasl.mechanism={self.s.kafka_sasl_mechanism}\n"
            "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required "
            f'username="{admin.username}" password="{admin.password.get_secret_value()}";\n'
        )
        try:
            for account in missing:
                scram = f"{self.s.kafka_sasl_mechanism}=[password={account.password.get_secret_value()}]"
                self._run_java(
                    self._java(),
                    self.ensure_jars(),
                    self.nodes[0],
                    "kafka.admin.ConfigCommand",
                    *("--bootstrap-server", self.bootstrap, "--command-config", str(props), "--alter"),
                    *("--add-config", scram, "--entity-type", "users", "--entity-name", account.username),
                )
                known.add(account.username)
                self._registered_file.write_text(json.dumps(sorted(known)))
                log.info("registered the principal %r with the broker", account.username)
        finally:
            props.unlink(missing_ok=True)

    def _java(self) -> str:
        home = os.environ.get("JAVA_HOME")
        java = str(Path(home) / "bin" / "java") if home else shutil.which("java")
        if not java or not Path(java).exists():
            raise ConfigError("Java (17 or newer) is not installed or not on PATH; Kafka needs it")
        return java

    def _jvm_opts(self, node: KafkaNode) -> list[str]:
        return [
            f"-Xms{self.s.kafka_heap}",
            f"-Xmx{self.s.kafka_heap}",
            "-XX:+UseG1GC",
            "-XX:MaxGCPauseMillis=20",
            "-Djava.awt.headless=true",
            f"-Dlog4j2.configurationFile={node.dir / 'log4j2.yaml'}",
            f"-Dkafka.logs.dir={node.dir / 'logs'}",
        ]

    def _run_java(self, java: str, lib: Path, node: KafkaNode, main: str, *args: str) -> None:
        proc = subprocess.run(
            [java, *self._jvm_opts(node), "-cp", f"{lib}/*", main, *args], capture_output=True, text=True
        )
        if proc.returncode != 0:
            raise ConfigError(f"{main} failed: {proc.stdout[-1500:]}{proc.stderr[-1500:]}")

    def _write_config(self, node: KafkaNode) -> Path:
        p, c = node.port, node.controller_port
        n = len(self.nodes)
        replicas, min_isr = str(n), str(min(n, 2))
        quorum = (
            {"controller.quorum.bootstrap.servers": f"127.0.0.1:{c}"}
            if n == 1
            else {
                "controller.quorum.voters": ",".join(f"{x.node_id}@127.0.0.1:{x.controller_port}" for x in self.nodes)
            }
        )
        props = {
            "process.roles": "broker,controller",
            "node.id": str(node.node_id),
            **quorum,
            "listeners": f"PLAINTEXT://127.0.0.1:{p},CONTROLLER://127.0.0.1:{c}",
            "advertised.listeners": f"PLAINTEXT://127.0.0.1:{p}",
            "controller.listener.names": "CONTROLLER",
            "listener.security.protocol.map": "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
            "inter.broker.listener.name": "PLAINTEXT",
            **(self._security(node) if self.s.kafka_auth else {}),
            "log.dirs": str(node.dir / "data"),
            "num.partitions": "1",
            "offsets.topic.replication.factor": replicas,
            "transaction.state.log.replication.factor": replicas,
            "transaction.state.log.min.isr": min_isr,
            "share.coordinator.state.topic.replication.factor": replicas,
            "share.coordinator.state.topic.min.isr": min_isr,
            "group.initial.rebalance.delay.ms": "0",
            "auto.create.topics.enable": "false",
            "log.segment.bytes": str(64 * 1024 * 1024),
            "log.retention.hours": "24",
        }
        node.dir.mkdir(parents=True, exist_ok=True)
        config = node.dir / "server.properties"
        config.touch(mode=0o600)
        config.chmod(0o600)  # it holds the broker's own password
        config.write_text("".join(f"{k}={v}\n" for k, v in props.items()))
        (node.dir / "log4j2.yaml").write_text(LOG4J2)
        return config

    def _security(self, node: KafkaNode) -> dict[str, str]:
        """SASL on both listeners and Kafka's own authorizer: nothing is allowed that no ACL grants.

        Clients authenticate with SCRAM (users live in the cluster metadata, bootstrapped when the
        storage is formatted); the controller listener uses PLAIN with the broker's own account,
        because a controller cannot read SCRAM users from the metadata it is about to serve.
        """
        p, c = node.port, node.controller_port
        mech = self.s.kafka_sasl_mechanism
        admin = create_credentials(self.s).account(Principal.ADMIN)
        user, password = admin.username, admin.password.get_secret_value()
        return {
            "listeners": f"CLIENTS://127.0.0.1:{p},CONTROLLER://127.0.0.1:{c}",
            "advertised.listeners": f"CLIENTS://127.0.0.1:{p}",
            "listener.security.protocol.map": "CONTROLLER:SASL_PLAINTEXT,CLIENTS:SASL_PLAINTEXT",
            "inter.broker.listener.name": "CLIENTS",
            "sasl.enabled.mechanisms": mech,
            "sasl.mechanism.inter.broker.protocol": mech,
            "sasl.mechanism.controller.protocol": "PLAIN",
            "listener.name.controller.sasl.enabled.mechanisms": "PLAIN",
            "listener.name.clients.sasl.enabled.mechanisms": mech,
            f"listener.name.clients.{mech.lower()}.sasl.jaas.config": (
                "org.apache.kafka.common.security.scram.ScramLoginModule required "
                f'username="{user}" password="{password}";'
            ),
            "listener.name.controller.plain.sasl.jaas.config": (
                "org.apache.kafka.common.security.plain.PlainLoginModule required "
                f'username="{user}" password="{password}" user_{user}="{password}";'
            ),
            "authorizer.class.name": "org.apache.kafka.metadata.authorizer.StandardAuthorizer",
            "super.users": f"User:{user}",
        }

    def _wait_ready(self, node: KafkaNode, timeout_s: float, proc: subprocess.Popen[bytes] | None = None) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if proc is not None and proc.poll() is not None:
                tail = node.log_file.read_text(errors="replace")[-2000:]
                raise ConfigError(f"Kafka exited with code {proc.returncode}:\n{tail}")
            if proc is None and node.pid() is None:
                raise ConfigError("the running Kafka broker exited while starting; run `nerve kafka start` again")
            if _port_open(node.port) and _broker_answers(self.s, node.bootstrap):
                return
            time.sleep(0.3)
        # Stop only a node this call started: with many topics a broker can take minutes to load, and
        # killing whichever broker the pid file names made concurrent starters kill each other's.
        if proc is not None and node.pid() == proc.pid:
            proc.kill()
            node.pid_file.unlink(missing_ok=True)
        raise ConfigError(f"Kafka did not answer on {node.bootstrap} within {timeout_s:.0f}s; see {node.log_file}")


def resolve_jars(lib: Path, pom: str, what: str) -> Path:
    """Copy the runtime jars ``pom`` depends on from Maven Central into ``lib``, once (a marker file
    says it is complete); later calls reuse them."""
    marker = lib / ".complete"
    if marker.exists():
        return lib
    mvn = shutil.which("mvn")
    if mvn is None:
        raise ConfigError(
            f"Maven (mvn) is not on PATH: it is needed once to fetch the {what} jars from Maven Central. "
            "Install Maven, or point NERVE_BOOTSTRAP_SERVERS at a cluster."
        )
    work = lib.parent
    work.mkdir(parents=True, exist_ok=True)
    (work / "pom.xml").write_text(pom)
    log.info("resolving the %s jars from Maven Central into %s", what, lib)
    proc = subprocess.run(
        [mvn, "-q", "-B", "dependency:copy-dependencies", f"-DoutputDirectory={lib}", "-DincludeScope=runtime"],
        cwd=work,
        capture_output=True,
        text=True,
    )
    if proc.returncode != 0:
        raise ConfigError(f"Maven could not fetch the {what} jars:\n{proc.stdout[-2000:]}")
    marker.touch()
    return lib


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie (exited child not yet reaped) is not a running broker.
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        return stat.rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return True


def _port_open(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(0.5)
        return s.connect_ex(("127.0.0.1", port)) == 0


def _broker_answers(settings: Settings, bootstrap: str) -> bool:
    """A metadata round trip with one node: the port can be open before the broker serves requests."""
    import asyncio

    from aiokafka.admin import AIOKafkaAdminClient

    async def probe() -> bool:
        options = client_options(settings, Principal.ADMIN) | {"bootstrap_servers": bootstrap}
        admin = AIOKafkaAdminClient(**options, request_timeout_ms=3000)
        try:
            await admin.start()
            await admin.list_topics()
            return True
        except Exception:
            return False
        finally:
            await admin.close()

    return asyncio.run(probe())
