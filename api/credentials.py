"""Demo credentials: API keys and operator accounts, generated once into the runtime directory.

The file (``Settings.home/credentials.json``, mode 0600) is created at first start and reused
afterwards, so keys stay stable across restarts; it is never committed (``.nerve/`` is ignored).

- a key per subscriber: acts for that account only;
- app keys with a subscriber scope (a list of accounts, or every account of the estate);
- operator accounts with roles viewer < operator < approver (each role includes the ones before),
  two of them approvers (four eyes: nobody approves their own proposal);
- the secret that signs session cookies.

Passwords are kept as salted scrypt hashes; the demo passwords are also kept in clear so that
``nerve up`` can print them for a newcomer, which is the point of demo credentials.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel

from nerve.contracts import Actor
from nerve.estate import Estate
from tools.base import Caller

log = logging.getLogger(__name__)

OPERATOR_ROLES: dict[str, tuple[str, ...]] = {
    "viewer": ("viewer",),
    "operator": ("viewer", "operator"),
    "approver": ("viewer", "operator", "approver"),
}
# The demo's accounts, each with its roles. Two approvers: nobody approves their own proposal, so
# an approver's proposal needs the other.
DEMO_OPERATORS: dict[str, tuple[str, ...]] = {**OPERATOR_ROLES, "approver2": OPERATOR_ROLES["approver"]}
DEFAULT_RATE_PER_S = 10.0
DEFAULT_BURST = 20
BENCH_APP = "bench"


class ApiKey(BaseModel):
    key: str
    owner: str  # the subscriber id, or the app's name
    kind: str  # "subscriber" | "app"
    subscribers: list[str]  # the accounts this key may act for
    rate_per_s: float = DEFAULT_RATE_PER_S
    burst: int = DEFAULT_BURST


class OperatorAccount(BaseModel):
    username: str
    roles: list[str]
    salt: str
    password_hash: str
    demo_password: str | None = None


class CredentialFile(BaseModel):
    session_secret: str
    keys: list[ApiKey]
    operators: list[OperatorAccount]


@dataclass(frozen=True)
class Principal:
    """Who a request is authenticated as, before it is narrowed to one subscriber."""

    name: str
    kind: str  # subscriber | app | operator
    roles: frozenset[str]
    subscribers: frozenset[str] | None  # None: an operator, not bound to accounts
    rate_per_s: float = DEFAULT_RATE_PER_S
    burst: int = DEFAULT_BURST

    def caller(self, subscriber: str | None = None) -> Caller:
        """The tool-layer caller acting for ``subscriber`` (checked by the caller of this method)."""
        if self.kind == "operator":
            return Caller(Actor(kind="person", id=self.name), self.roles, None)
        actor = Actor(kind="person", id=self.name) if self.kind == "subscriber" else Actor(kind="system", id=self.name)
        return Caller(actor, self.roles, subscriber)


def hash_password(password: str, salt: str) -> str:
    return hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt), n=2**14, r=8, p=1).hex()


class Credentials:
    """The loaded credential file with fast lookups by key and username."""

    def __init__(self, data: CredentialFile, path: Path) -> None:
        self.data = data
        self.path = path
        self._by_key = {k.key: k for k in data.keys}
        self._operators = {o.username: o for o in data.operators}

    @classmethod
    def load_or_create(cls, home: Path, estate: Estate) -> Credentials:
        path = home / "credentials.json"
        if path.exists():
            data = CredentialFile.model_validate_json(path.read_text())
            known = {o.username for o in data.operators}
            missing = [_demo_operator(u, r) for u, r in DEMO_OPERATORS.items() if u not in known]
            # A demo file from before a demo account existed (approver2) gets it, keys unchanged. A
            # file whose accounts someone set up (no demo passwords) is never given a new account.
            if missing and all(o.demo_password for o in data.operators):
                data.operators.extend(missing)
                _write(path, data, replace=True)
                log.info("added demo operators %s to %s", ", ".join(o.username for o in missing), path)
            return cls(data, path)
        data = _generate(estate)
        home.mkdir(parents=True, exist_ok=True)
        _write(path, data, replace=False)
        log.info("generated demo credentials in %s", path)
        return cls(data, path)

    @property
    def session_secret(self) -> bytes:
        return bytes.fromhex(self.data.session_secret)

    def by_key(self, key: str) -> Principal | None:
        found = self._by_key.get(key)
        if found is None or not hmac.compare_digest(found.key, key):
            return None
        roles = frozenset({found.kind})
        return Principal(found.owner, found.kind, roles, frozenset(found.subscribers), found.rate_per_s, found.burst)

    def operator(self, username: str, password: str) -> Principal | None:
        account = self._operators.get(username)
        if account is None:
            hash_password(password, "00" * 16)  # same cost either way: no user-enumeration by timing
            return None
        if not hmac.compare_digest(hash_password(password, account.salt), account.password_hash):
            return None
        return self.operator_principal(username)

    def operator_principal(self, username: str) -> Principal | None:
        account = self._operators.get(username)
        if account is None:
            return None
        return Principal(account.username, "operator", frozenset(account.roles), None, 50.0, 100)

    def subscriber_key(self, subscriber: str) -> str | None:
        return next((k.key for k in self.data.keys if k.kind == "subscriber" and k.owner == subscriber), None)

    def app_key(self, name: str) -> str | None:
        return next((k.key for k in self.data.keys if k.kind == "app" and k.owner == name), None)

    def bench_key(self, estate: Estate) -> str:
        """The benchmark's key, made when a bench first asks for it (never on an ordinary install):
        it acts for every subscriber at a benchmark's rate. An API reads it when it starts."""
        if (key := self.app_key(BENCH_APP)) is not None:
            return key
        made = ApiKey(
            key=f"nk_app_{secrets.token_urlsafe(18)}",
            owner=BENCH_APP,
            kind="app",
            subscribers=[s.id for s in estate.subscribers],
            rate_per_s=5000.0,
            burst=10000,
        )
        self.data.keys.append(made)
        self._by_key[made.key] = made
        _write(self.path, self.data, replace=True)
        return made.key

    def demo_passwords(self) -> dict[str, str]:
        return {o.username: o.demo_password for o in self.data.operators if o.demo_password}


def _generate(estate: Estate) -> CredentialFile:
    every = [s.id for s in estate.subscribers]
    keys = [
        ApiKey(key=f"nk_sub_{secrets.token_urlsafe(18)}", owner=s, kind="subscriber", subscribers=[s]) for s in every
    ]
    keys.append(ApiKey(key=f"nk_app_{secrets.token_urlsafe(18)}", owner="demo-app", kind="app", subscribers=every[:5]))
    operators = [_demo_operator(username, roles) for username, roles in DEMO_OPERATORS.items()]
    return CredentialFile(session_secret=secrets.token_hex(32), keys=keys, operators=operators)


def _demo_operator(username: str, roles: tuple[str, ...]) -> OperatorAccount:
    password = secrets.token_urlsafe(9)
    salt = secrets.token_hex(16)
    return OperatorAccount(
        username=username,
        roles=list(roles),
        salt=salt,
        password_hash=hash_password(password, salt),
        demo_password=password,
    )


def _write(path: Path, data: CredentialFile, *, replace: bool) -> None:
    """Write the file with mode 0600 from the start (it holds secrets); ``replace`` swaps it atomically."""
    target = path.with_suffix(".json.tmp") if replace else path
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if replace else os.O_EXCL), 0o600)
    with os.fdopen(fd, "w") as out:
        out.write(json.dumps(data.model_dump(), indent=2))
    if replace:
        os.replace(target, path)
