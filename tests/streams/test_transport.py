"""The drain loop's fast hand-over (streams/transport.py): a delivery that blocks after its first step
finishes, or is cancelled, exactly where it stopped."""

from __future__ import annotations

import asyncio

import pytest

from streams.transport import _Started


async def test_a_delivery_that_blocks_finishes_where_it_stopped() -> None:
    steps: list[str] = []
    gate = asyncio.Event()

    async def deliver() -> int:
        steps.append("started")
        await gate.wait()
        steps.append("finished")
        return 7

    coro = deliver()
    task = asyncio.ensure_future(_Started(coro, coro.send(None)))
    await asyncio.sleep(0.01)
    assert not task.done() and steps == ["started"]
    gate.set()
    assert await task == 7
    assert steps == ["started", "finished"]


async def test_a_blocked_delivery_that_is_cancelled_sees_the_cancellation() -> None:
    steps: list[str] = []

    async def deliver() -> None:
        try:
            await asyncio.Event().wait()
        finally:
            steps.append("cleaned up")

    coro = deliver()
    task = asyncio.ensure_future(_Started(coro, coro.send(None)))
    await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert steps == ["cleaned up"]
