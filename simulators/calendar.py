"""The operator's calendar: planned maintenance windows on the compacted ``ops.calendar`` topic.

Readers take ``Bus.latest(CALENDAR)`` (one window per id; a cancelled window stays, flagged) to
know where no automated action may touch a target.
"""

from __future__ import annotations

import logging

from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import MaintenanceWindow, new_id
from nerve.errors import SimulationError

log = logging.getLogger(__name__)


async def publish_window(
    bus: Bus, *, target: str, start: float, end: float, reason: str = "", window_id: str | None = None
) -> MaintenanceWindow:
    """Put a window (epoch seconds) on the calendar; the same ``window_id`` replaces it."""
    if end <= start:
        raise SimulationError(f"maintenance window on {target} ends ({end}) before it starts ({start})")
    window = MaintenanceWindow(window_id=window_id or new_id("mw"), target=target, start=start, end=end, reason=reason)
    await bus.publish(t.CALENDAR, window, key=window.window_id)
    log.info("maintenance window %s on %s for %.0fs: %s", window.window_id, target, end - start, reason)
    return window


async def cancel_window(bus: Bus, window: MaintenanceWindow) -> MaintenanceWindow:
    cancelled = window.model_copy(update={"cancelled": True})
    await bus.publish(t.CALENDAR, cancelled, key=window.window_id)
    return cancelled


async def windows(bus: Bus) -> list[MaintenanceWindow]:
    """Every window on the calendar, cancelled ones included."""
    return [w for w in (await bus.latest(t.CALENDAR)).values() if isinstance(w, MaintenanceWindow)]
