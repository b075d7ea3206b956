"""Bounded resources: /readyz shares one Kafka check however many ask; event streams per principal."""

from __future__ import annotations

import asyncio
import os
import re
import time
from contextlib import ExitStack
from pathlib import Path

import httpx
import pytest

from api import sessions
from nerve.settings import Settings
from tests.api.stack import Stack, problem

pytestmark = pytest.mark.slow


def api_pid(stack: Stack) -> int:
    found = re.search(r"api is up \(pid (\d+)", stack.log.read_text(errors="replace"))
    assert found, "no api part in the log"
    return int(found.group(1))


def kafka_connections(pid: int, kafka_port: int) -> int:
    """The process's open TCP connections to the broker (its socket inodes found in /proc/net/tcp*)."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    count = 0
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            remote_port = int(fields[2].rsplit(":", 1)[1], 16)
            if remote_port == kafka_port and fields[9] in inodes and fields[3] == "01":  # ESTABLISHED
                count += 1
    return count


def test_200_concurrent_unauthenticated_readyz_keep_kafka_connections_flat(stack: Stack) -> None:
    pid, port = api_pid(stack), int(Settings().bootstrap_servers.rsplit(":", 1)[1])
    before = kafka_connections(pid, port)
    peak = before

    async def go() -> list[httpx.Response]:
        nonlocal peak
        limits = httpx.Limits(max_connections=200)
        async with httpx.AsyncClient(base_url=stack.base, timeout=60, limits=limits) as client:
            calls = asyncio.gather(*(client.get("/readyz") for _ in range(200)))
            while not calls.done():
                peak = max(peak, kafka_connections(pid, port))
                await asyncio.sleep(0.02)
            return await calls

    answers = asyncio.run(go())
    assert {r.status_code for r in answers} <= {200, 503}
    for r in answers:
        assert all("Error" not in v and "Exception" not in v for v in r.json()["checks"].values()), r.text
    assert peak - before <= 3, f"Kafka connections of the API went from {before} to {peak}"


def test_event_streams_are_limited_per_principal(stack: Stack) -> None:
    limit = stack.settings.api_streams_per_principal
    viewer = {sessions.COOKIE: sessions.sign(stack.credentials.session_secret, "viewer")}
    with stack.client() as client, ExitStack() as streams:
        readers = []  # kept: a line iterator dropped closes its response, and so the stream
        for _ in range(limit):
            r = streams.enter_context(client.stream("GET", "/api/stream", cookies=viewer))
            assert r.status_code == 200
            readers.append(r.iter_lines())
            assert next(readers[-1]).startswith("event: ready")
        problem(client.get("/api/stream", cookies=viewer), 429)
        # Another principal has its own allowance.
        operator = {sessions.COOKIE: sessions.sign(stack.credentials.session_secret, "operator")}
        with client.stream("GET", "/api/stream", cookies=operator) as other:
            assert other.status_code == 200
    # Closed streams give their slots back, once the server has seen them close (it learns of each
    # disconnection a moment after the client's close, so a request at once may still meet a 429).
    deadline = time.monotonic() + 15
    with stack.client() as client:
        while True:
            with client.stream("GET", "/api/stream", cookies=viewer) as again:
                if again.status_code != 429 or time.monotonic() > deadline:
                    assert again.status_code == 200
                    break
            time.sleep(0.2)
