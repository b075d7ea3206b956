"""The legacy OSS's database: a real PostgreSQL from Debian's packages, run by Nerve as it runs Kafka.

Its cluster lives under ``Settings.legacy_home / "pg"`` and is made once with ``initdb`` (a
``legacy`` superuser with a generated password kept beside it, readable by its owner only). The
server runs with ``wal_level=logical`` so that Debezium can capture its tables through the
``pgoutput`` plugin. PostgreSQL refuses to run as root: as root, the cluster belongs to, and the
server runs as, Debian's ``postgres`` account.

``nerve legacy postgres`` runs the server in the foreground (a part of ``nerve up``); tests start
and stop it in the background with ``LocalPostgres.start`` / ``stop``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pwd
import secrets
import shutil
import signal
import subprocess
import time
from pathlib import Path

import psycopg

from nerve.errors import ConfigError
from nerve.settings import Settings

log = logging.getLogger(__name__)

USER = "legacy"
SERVER_ACCOUNT = "postgres"  # Debian's account for the server, used when Nerve runs as root


class LocalPostgres:
    """Create, start, stop and connect to the legacy database cluster described by ``settings``."""

    def __init__(self, settings: Settings) -> None:
        self.s = settings
        self.dir = settings.legacy_home
        self.data = self.dir / "pg"
        self.password_file = self.dir / "pg-password"
        self.log_file = self.dir / "postgres.log"
        self.port = settings.legacy_pg_port

    # -- connection -----------------------------------------------------------------------------
    def password(self) -> str:
        try:
            return self.password_file.read_text().strip()
        except FileNotFoundError:
            raise ConfigError(f"no legacy database at {self.data}: `nerve legacy postgres` creates it") from None

    def conninfo(self, database: str = "postgres") -> str:
        return f"host=127.0.0.1 port={self.port} dbname={database} user={USER} password={self.password()}"

    def connect(self, database: str = "postgres") -> psycopg.Connection[tuple[object, ...]]:
        try:
            return psycopg.connect(self.conninfo(database), autocommit=True, connect_timeout=5)
        except psycopg.OperationalError as exc:
            raise ConfigError(f"the legacy database on 127.0.0.1:{self.port} does not answer: {exc}") from exc

    def answers(self) -> bool:
        try:
            with self.connect():
                return True
        except ConfigError:
            return False

    # -- lifecycle ------------------------------------------------------------------------------
    def init(self) -> None:
        """Create the cluster once; an existing one is kept as it is."""
        if (self.data / "PG_VERSION").exists():
            return
        initdb = self._bin("initdb")
        self.dir.mkdir(parents=True, exist_ok=True)
        self.data.mkdir(mode=0o700, exist_ok=True)
        password = secrets.token_urlsafe(24)
        fd = os.open(self.password_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(password)
        pwfile = self.dir / ".initdb-pw"
        pwfile.write_text(password)
        self._own(self.data, pwfile)
        try:
            proc = subprocess.run(
                [
                    *self._as_server(),
                    *(initdb, "-D", str(self.data), "-U", USER, "--auth=scram-sha-256", "-E", "UTF8"),
                    *(f"--pwfile={pwfile}", "--no-instructions"),
                ],
                capture_output=True,
                text=True,
            )
        finally:
            pwfile.unlink(missing_ok=True)
        if proc.returncode != 0:
            raise ConfigError(f"initdb failed for {self.data}:\n{proc.stdout[-1500:]}{proc.stderr[-1500:]}")
        log.info("created the legacy database cluster in %s", self.data)

    def command(self) -> list[str]:
        """The server's command line (foreground): logical WAL for Debezium, loopback only."""
        settings = {
            "port": str(self.port),
            "listen_addresses": "127.0.0.1",
            "unix_socket_directories": "",
            "wal_level": "logical",
            "max_wal_senders": "10",
            "max_replication_slots": "20",
            "shared_buffers": "32MB",
            "fsync": "on",
        }
        flags = [x for k, v in settings.items() for x in ("-c", f"{k}={v}")]
        return [*self._as_server(), self._bin("postgres"), "-D", str(self.data), *flags]

    def start(self, timeout_s: float = 60.0) -> None:
        """Start the server in the background and wait until it answers; a running one is reused."""
        if self.answers():
            return
        self.init()
        with self.log_file.open("ab") as out:
            proc = subprocess.Popen(self.command(), stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        (self.dir / "postgres.pid").write_text(str(proc.pid))
        deadline = time.monotonic() + timeout_s
        while not self.answers():
            if proc.poll() is not None:
                tail = " | ".join(self.log_file.read_text(errors="replace").strip().splitlines()[-3:])
                raise ConfigError(f"PostgreSQL exited with code {proc.returncode} ({self.log_file}): {tail}")
            if time.monotonic() > deadline:
                raise ConfigError(f"PostgreSQL did not answer within {timeout_s:.0f}s: see {self.log_file}")
            time.sleep(0.2)
        log.info("started PostgreSQL (pid %s) on 127.0.0.1:%s", proc.pid, self.port)

    def stop(self, timeout_s: float = 30.0) -> bool:
        """Stop a server ``start`` started (a fast shutdown: SIGINT). True if one ran."""
        pid_file = self.dir / "postgres.pid"
        try:
            pid = int(pid_file.read_text())
        except (FileNotFoundError, ValueError):
            return False
        try:
            os.kill(pid, signal.SIGINT)
        except ProcessLookupError:
            pid_file.unlink(missing_ok=True)
            return False
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            with contextlib.suppress(ChildProcessError):  # reap it when this process started it
                os.waitpid(pid, os.WNOHANG)
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.2)
        pid_file.unlink(missing_ok=True)
        log.info("stopped PostgreSQL (pid %s)", pid)
        return True

    # -- helpers --------------------------------------------------------------------------------
    def _bin(self, name: str) -> str:
        path = self.s.legacy_pg_bin / name
        if not path.exists():
            raise ConfigError(
                f"PostgreSQL's {name} is not at {path}: install Debian's `postgresql` package "
                "(make setup does) or set NERVE_LEGACY_PG_BIN to its bin directory"
            )
        return str(path)

    @staticmethod
    def _as_server() -> list[str]:
        """As root, run the server's programs as Debian's postgres account (PostgreSQL refuses root)."""
        if os.geteuid() != 0:
            return []
        setpriv = shutil.which("setpriv") or "/usr/bin/setpriv"
        return [setpriv, "--reuid", SERVER_ACCOUNT, "--regid", SERVER_ACCOUNT, "--clear-groups"]

    def _own(self, *paths: Path) -> None:
        if os.geteuid() != 0:
            return
        try:
            account = pwd.getpwnam(SERVER_ACCOUNT)
        except KeyError:
            raise ConfigError("running as root needs Debian's postgres account (the postgresql package)") from None
        for path in paths:
            os.chown(path, account.pw_uid, account.pw_gid)
        for parent in self.data.parents:  # the server must reach its data directory
            if parent == Path("/"):
                break
            if not parent.stat().st_mode & 0o001:
                raise ConfigError(
                    f"the postgres account cannot reach {self.data}: {parent} is not searchable by others; "
                    "set NERVE_LEGACY_DIR to a directory it can reach"
                )
