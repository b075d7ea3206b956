"""The stream workers' heap trim gives freed C-heap memory back to the system (glibc keeps it)."""

from __future__ import annotations

from pathlib import Path

from nerve import heap


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS in /proc/self/status")


def test_trim_returns_what_was_freed_below_live_memory() -> None:
    # 200 MB in blocks under glibc's mmap threshold come from the heap; one block kept at the top
    # stops the heap from shrinking by itself when the others are freed, as live data does in a worker.
    blocks = [bytearray(64 * 1024) for _ in range(3200)]
    pinned = bytearray(64 * 1024)
    del blocks
    held = rss_mb()
    assert heap.trim()
    assert rss_mb() < held - 100, f"{held:.0f} MB before the trim, {rss_mb():.0f} MB after"
    assert len(pinned) == 64 * 1024
