"""The whole of Nerve as a user runs it: `nerve up` in a subprocess, on a private prefix, home and port.

One stack serves every API and browser test of a session (it takes ~30 s to come up). Its home holds
an operator guard policy that raises restart_cell to high risk, so a cell outage yields a pending
high-risk approval for the browser tests; the twin's random activation failures are off so that an
eligible intent completes deterministically.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import yaml

from agents.remediation.policy import DEFAULT_POLICY
from api import sessions
from api.credentials import CredentialFile, Credentials
from api.deps import CSRF_HEADER
from nerve.estate import load_yaml
from nerve.settings import Settings

UP_TIMEOUT_S = 240.0
STOP_TIMEOUT_S = 90.0


@dataclass
class Stack:
    base: str
    settings: Settings
    credentials: Credentials
    proc: subprocess.Popen[bytes]
    log: Path
    env: dict[str, str]

    def nerve(self, *args: str) -> str:
        """Run ``nerve ARGS`` against this stack (its prefix, home and port); its output."""
        done = subprocess.run(
            [str(Path(sys.executable).parent / "nerve"), *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, f"nerve {' '.join(args)}: {done.stdout}{done.stderr}"
        return done.stdout

    def key(self, subscriber: str) -> dict[str, str]:
        key = self.credentials.subscriber_key(subscriber)
        assert key is not None
        return {"X-API-Key": key}

    def password(self, user: str) -> str:
        return self.credentials.demo_passwords()[user]

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.base, timeout=30)

    @contextmanager
    def operator(self, user: str) -> Iterator[httpx.Client]:
        """A client logged in as the demo operator ``user`` (session cookie).

        Logins are throttled per client, and every test logs in from 127.0.0.1: a 429 is waited
        out as its Retry-After says."""
        with self.client() as client:
            for _ in range(10):
                r = client.post("/api/session", json={"username": user, "password": self.password(user)})
                if r.status_code != 429:
                    break
                time.sleep(float(r.headers.get("retry-after", "1")))
            assert r.status_code == 200, r.text
            client.headers[CSRF_HEADER] = r.json()["csrf"]
            yield client

    @contextmanager
    def session(self, user: str) -> Iterator[httpx.Client]:
        """A client with ``user``'s session cookie, signed as a login would sign it, without logging
        in (for tests about what a session may do, not about logging in)."""
        cookies, headers = self.session_auth(user)
        with httpx.Client(base_url=self.base, timeout=30, cookies=cookies, headers=headers) as client:
            yield client

    def session_auth(self, user: str) -> tuple[dict[str, str], dict[str, str]]:
        """A new session of ``user``'s: its cookie, and the CSRF header that goes with it."""
        secret = self.credentials.session_secret
        cookie = sessions.sign(secret, user)
        session = sessions.verify(secret, cookie)
        assert session is not None
        return {sessions.COOKIE: cookie}, {CSRF_HEADER: sessions.csrf_token(secret, session)}

    def part_pids(self) -> list[int]:
        return [int(p) for p in re.findall(r"is up \(pid (\d+)", self.log.read_text(errors="replace"))]


def write_policy(home: Path) -> None:
    """The packaged guard policy with restart_cell raised to high risk (an operator's override)."""
    policy = load_yaml(DEFAULT_POLICY.read_text())
    policy["risk_overrides"] = {**(policy.get("risk_overrides") or {}), "restart_cell": "high"}
    (home / "remediation-policy.yaml").write_text(yaml.safe_dump(policy))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def start_stack(kafka: str, root: Path) -> Stack:
    home = root / "home"
    home.mkdir(parents=True)
    write_policy(home)
    port = free_port()
    env = dict(
        os.environ,
        NERVE_BOOTSTRAP_SERVERS=kafka,
        NERVE_TOPIC_PREFIX=f"up{uuid.uuid4().hex[:8]}.",
        NERVE_HOME=str(home),
        NERVE_API_PORT=str(port),
        # No test of this stack exercises the legacy bridge (tests/legacy do, on their own parts).
        NERVE_LEGACY_BRIDGE="false",
        NERVE_SIM_ACTIVATION_FAILURE_RATE="0",
        COLUMNS="200",
    )
    log = root / "nerve-up.log"
    nerve = str(Path(sys.executable).parent / "nerve")
    with log.open("wb") as out:
        proc = subprocess.Popen([nerve, "up"], stdout=out, stderr=subprocess.STDOUT, env=env, stdin=subprocess.DEVNULL)
    settings = Settings(bootstrap_servers=kafka, topic_prefix=env["NERVE_TOPIC_PREFIX"], home=home, api_port=port)
    deadline = time.monotonic() + UP_TIMEOUT_S
    while "Nerve is up" not in log.read_text(errors="replace"):
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"`nerve up` did not come up:\n{log.read_text(errors='replace')[-4000:]}")
        time.sleep(0.5)
    credentials = Credentials(CredentialFile.model_validate_json((home / "credentials.json").read_text()), home)
    return Stack(f"http://127.0.0.1:{port}", settings, credentials, proc, log, env)


def stop_stack(stack: Stack) -> None:
    """Ctrl-C, as a user would; every part must be gone afterwards."""
    pids = stack.part_pids()
    stack.proc.send_signal(signal.SIGINT)
    try:
        code = stack.proc.wait(STOP_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        stack.proc.kill()
        raise AssertionError(f"`nerve up` did not stop on SIGINT:\n{stack.log.read_text()[-3000:]}") from None
    left = [pid for pid in pids if alive(pid)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert code == 0, f"`nerve up` exited {code}:\n{stack.log.read_text()[-3000:]}"
    assert not left, f"parts still running after Ctrl-C: {left}"


_shared: list[Stack] = []


def shared_stack(kafka: str, tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Stack:
    """The session's stack, started on first use and stopped at the end of the session."""
    if not _shared:
        stack = start_stack(kafka, tmp_path_factory.mktemp("stack"))
        _shared.append(stack)

        def finish() -> None:
            stop_stack(stack)
            (Path("test-artifacts") / "nerve-up.log").parent.mkdir(exist_ok=True)
            (Path("test-artifacts") / "nerve-up.log").write_text(stack.log.read_text(errors="replace"))

        request.addfinalizer(finish)
    return _shared[0]


def problem(response: httpx.Response, status: int) -> dict[str, object]:
    """Assert ``response`` is an RFC 9457 problem document with ``status``; return it."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert {"type", "title", "status", "detail", "instance"} <= set(body), body
    assert body["status"] == status
    assert body["detail"], "a problem must say what to do"
    return dict(body)
