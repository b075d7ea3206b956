"""Waiting on a condition instead of for a fixed time: a test is as fast as the system allows and
no slower, and a loaded machine only makes it wait longer, never fail."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")
POLL_S = 0.1


async def until(check: Callable[[], T | Awaitable[T]], timeout_s: float = 30.0) -> T | None:
    """The first truthy value of ``check()`` (a function or a coroutine function), or None once
    ``timeout_s`` has passed without one."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while True:
        found = check()
        value = await found if inspect.isawaitable(found) else found
        if value:
            return value  # type: ignore[return-value]
        if loop.time() >= deadline:
            return None
        await asyncio.sleep(POLL_S)
