"""Who a process is to Kafka: one principal per component, with its own SCRAM credentials.

Every component connects as its own principal, and the broker's ACLs (``nerve/kafka_acl.py``) let
each do exactly what its part of the flow needs: only the loop writes network commands, only the
intent agent writes subscriber commands, only the API's approver path writes decisions. A process
that holds no credentials, or another component's, is refused by the broker itself.

The local broker's credentials are generated once into ``$NERVE_HOME/kafka/credentials.json``
(readable by its owner only) and registered with the broker when its storage is formatted. For an
external cluster, the operator writes the same file (``NERVE_KAFKA_CREDENTIALS``) with the
principals their cluster knows, and creates the ACLs with ``nerve kafka acls``.
"""

from __future__ import annotations

import json
import os
import secrets
from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, SecretStr, ValidationError

from nerve.errors import ConfigError
from nerve.settings import Settings


class Principal(StrEnum):
    ADMIN = "admin"  # creates topics and ACLs; the broker's own identity; tests and tools that set up runs
    API = "api"  # the HTTP API, its live views and the NOC agent
    APPROVER = "approver"  # the API's approver path: the only writer of remediation decisions
    INTENT = "intent"  # the subscriber-intent agent: the only writer of subscriber commands
    LOOP = "loop"  # the remediation loop: the only writer of network commands
    STREAMS = "streams"  # the stream workers
    TWIN = "twin"  # the network twin (telemetry, faults, applies network commands)
    BSS = "bss"  # the BSS, OSS and partner systems (apply subscriber commands)
    LEGACY = "legacy"  # the legacy bridge's adapter: work orders in, legacy changes back as results
    CONNECT = "connect"  # the Kafka Connect worker running Debezium on the legacy database
    EVALS = "evals"  # eval runners, benchmarks and the demo: drive the twin, read everything


class Account(BaseModel):
    username: str
    password: SecretStr


class KafkaCredentials(BaseModel):
    """Principal name → account, as kept in the credentials file."""

    accounts: dict[str, Account]

    def account(self, principal: Principal) -> Account:
        try:
            return self.accounts[principal.value]
        except KeyError:
            raise ConfigError(f"no Kafka credentials for the {principal.value!r} principal") from None

    @classmethod
    def generate(cls) -> KafkaCredentials:
        return cls(
            accounts={
                p.value: Account(username=p.value, password=SecretStr(secrets.token_urlsafe(24))) for p in Principal
            }
        )

    def dump(self) -> str:
        return json.dumps(
            {n: {"username": a.username, "password": a.password.get_secret_value()} for n, a in self.accounts.items()},
            indent=2,
        )


def credentials_path(settings: Settings) -> Path:
    return settings.kafka_credentials or settings.kafka_dir / "credentials.json"  # set by Settings itself


def read_credentials(path: Path) -> KafkaCredentials:
    try:
        return KafkaCredentials(accounts=json.loads(path.read_text()))
    except FileNotFoundError:
        raise ConfigError(
            f"no Kafka credentials at {path}: `nerve kafka start` creates them for the local broker; "
            "for another cluster, set NERVE_KAFKA_CREDENTIALS to a file of principal → username/password"
        ) from None
    except (ValueError, ValidationError) as exc:
        raise ConfigError(f"Kafka credentials at {path} are unreadable: {exc}") from exc


def add_missing_accounts(settings: Settings) -> list[Account]:
    """Give principals a newer build added (none in the file yet) their accounts, saved to the file;
    the caller registers them with the broker. The accounts added."""
    path = credentials_path(settings)
    credentials = read_credentials(path)
    fresh = KafkaCredentials.generate().accounts
    added = {p.value: fresh[p.value] for p in Principal if p.value not in credentials.accounts}
    if added:
        merged = KafkaCredentials(accounts={**credentials.accounts, **added})
        tmp = path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(merged.dump())
        tmp.replace(path)
    return list(added.values())


def create_credentials(settings: Settings) -> KafkaCredentials:
    """The local broker's credentials, made once: an existing file is kept as it is."""
    path = credentials_path(settings)
    if path.exists():
        return read_credentials(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    created = KafkaCredentials.generate()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(created.dump())
    return created
