"""The strangler fig's switch: which side serves a piece of work, as ``migration.yaml`` says now.

The file is re-read whenever it changes (a stat per decision), so moving a region from the legacy
side to Nerve is an edit of that file, picked up live by every process. The decision is made once,
when a command is published (it picks the command's topic), so an order in flight finishes on the
side it started on, and no command is ever served by both sides. A broken edit is logged and the
last good table stays in force.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from nerve import topics as t
from nerve.contracts import ActivationPayload, Payload
from nerve.errors import EstateError
from nerve.estate import Estate, Migration, Side, load_migration

log = logging.getLogger(__name__)


@dataclass
class _Seen:
    stamp: tuple[int, int] | None
    migration: Migration


_seen: dict[Path, _Seen] = {}


def migration_now(estate: Estate) -> Migration:
    """The estate's migration table as its file is now (the estate's own copy if it has none)."""
    path = estate.root / "migration.yaml"
    try:
        st = path.stat()
        stamp: tuple[int, int] | None = (st.st_mtime_ns, st.st_size)
    except FileNotFoundError:
        stamp = None
    seen = _seen.get(path)
    if seen is None:
        seen = _seen[path] = _Seen(None, estate.migration)
    if stamp != seen.stamp:
        try:
            seen.migration = load_migration(estate.root, {r.id for r in estate.topology.regions})
            log.info("migration table %s: %s", "reloaded" if seen.stamp else "loaded", seen.migration)
        except EstateError as exc:
            log.error("migration.yaml is broken, keeping the last good table: %s", exc)
        seen.stamp = stamp
    return seen.migration


def activation_side(estate: Estate, subscriber: str, offer: str) -> Side:
    """The side that activates ``offer`` for ``subscriber`` (by the subscriber's region and the offer's kind)."""
    sub = estate.subscriber.get(subscriber)
    kind = estate.catalog.by_id[offer].kind if offer in estate.catalog.by_id else None
    return migration_now(estate).activation.side(sub.region if sub else None, kind)


def command_topic(estate: Estate, command_type: str, payload: Payload) -> t.Topic:
    """The topic a command goes to: its system's, or the legacy bridge's for legacy-routed activations."""
    topic = t.command_topic(command_type)
    legacy = isinstance(payload, ActivationPayload) and (
        activation_side(estate, payload.subscriber, payload.offer) == "legacy"
    )
    if topic is t.ACTIVATION_COMMANDS and legacy:
        return t.LEGACY_ACTIVATION_COMMANDS
    return topic
