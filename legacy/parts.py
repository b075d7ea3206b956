"""The legacy bridge's parts as ``nerve up`` supervises them: how each is known to be up, and the
Connect jars resolved before any starts (Maven may take minutes, longer than a part's start)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from legacy.connect import LocalConnect
from legacy.postgres import LocalPostgres
from nerve.settings import Settings
from nerve.supervisor import ReadyCheck, http_ready


def prepare(settings: Settings) -> None:
    """Resolve the Connect worker's jars once, when this operator runs the bridge."""
    if (settings.estate_dir / "migration.yaml").exists():
        LocalConnect(settings).ensure_jars()


def part_ready(settings: Settings, name: str) -> ReadyCheck | None:
    """Connect answers its REST API, PostgreSQL accepts a login, the adapter's connector runs; the
    bridge's other parts, and parts not of the bridge, are up once they have settled."""
    if name == "connect":
        return http_ready(f"{LocalConnect(settings).url}/connectors")
    checks: dict[str, Callable[[], bool]] = {
        "postgres": LocalPostgres(settings).answers,
        "legacy-adapter": LocalConnect(settings).running,
    }
    check = checks.get(name)
    if check is None:
        return None

    async def in_thread() -> bool:
        return await asyncio.to_thread(check)

    return in_thread
