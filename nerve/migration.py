"""The strangler fig's switch: which side serves a piece of work, as ``migration.yaml`` says now.

The file is re-read whenever it changes (a stat per decision), so moving a region from the legacy
side to Nerve is an edit of that file, picked up live by every process. The decision is made once,
when a command is published (it picks the command's topic), so an order in flight finishes on the
side it started on, and no command is ever served by both sides. A broken edit is logged and the
last good table stays in force.
"""

from __future__ import annotations

import itertools
import logging
import os
import tempfile
import typing
from dataclasses import dataclass
from pathlib import Path

import yaml

from nerve import topics as t
from nerve.contracts import ActivationPayload, Payload
from nerve.errors import EstateError
from nerve.estate import Capability, Estate, Migration, OfferKind, RouteRule, Routing, Side, load_migration

log = logging.getLogger(__name__)


@dataclass
class _Seen:
    stamp: tuple[int, int, int] | None
    migration: Migration


_seen: dict[Path, _Seen] = {}


def migration_now(estate: Estate) -> Migration:
    """The estate's migration table as its file is now (the estate's own copy if it has none)."""
    path = estate.root / "migration.yaml"
    try:
        st = path.stat()
        # The inode too: `route` replaces the file whole, possibly within one mtime tick.
        stamp: tuple[int, int, int] | None = (st.st_ino, st.st_mtime_ns, st.st_size)
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
    return _side(estate, "activation", subscriber, offer)


def inventory_side(estate: Estate, subscriber: str, offer: str) -> Side:
    """The side whose inventory is the record of ``offer`` for ``subscriber``."""
    return _side(estate, "inventory", subscriber, offer)


def _side(estate: Estate, capability: Capability, subscriber: str, offer: str) -> Side:
    sub = estate.subscriber.get(subscriber)
    kind = estate.catalog.by_id[offer].kind if offer in estate.catalog.by_id else None
    routing: Routing = getattr(migration_now(estate), capability)
    return routing.side(sub.region if sub else None, kind)


def command_topic(estate: Estate, command_type: str, payload: Payload) -> t.Topic:
    """The topic a command goes to: its system's, or the legacy bridge's for legacy-routed activations."""
    topic = t.command_topic(command_type)
    legacy = isinstance(payload, ActivationPayload) and (
        activation_side(estate, payload.subscriber, payload.offer) == "legacy"
    )
    if topic is t.ACTIVATION_COMMANDS and legacy:
        return t.LEGACY_ACTIVATION_COMMANDS
    return topic


def route(estate: Estate, capability: Capability, where: str, side: Side) -> Migration:
    """Route ``capability``'s work of ``where`` (a region of the topology or an offer kind) to
    ``side``, by rewriting the estate's migration.yaml whole (its running readers pick it up).

    The rule goes first, so it decides; an earlier rule for the same region or kind is replaced; and
    once no rule routes away from the default, none is kept, so routing back leaves no trace."""
    if where in typing.get_args(OfferKind):
        rule = RouteRule(offer_kind=where, side=side)
    elif where in {r.id for r in estate.topology.regions}:
        rule = RouteRule(region=where, side=side)
    else:
        regions = ", ".join(r.id for r in estate.topology.regions)
        kinds = ", ".join(typing.get_args(OfferKind))
        why = f"{where!r} is neither a region ({regions}) nor an offer kind ({kinds})"
        raise EstateError("migration.yaml", capability, why)
    path = estate.root / "migration.yaml"
    current = load_migration(estate.root, {r.id for r in estate.topology.regions})
    routing = getattr(current, capability)
    others = [r for r in routing.rules if (r.region, r.offer_kind) != (rule.region, rule.offer_kind)]
    rules = [rule, *others]
    if all(r.side == routing.default for r in rules):
        rules = []
    updated = current.model_copy(update={capability: routing.model_copy(update={"rules": rules})})
    _write(path, updated)
    return updated


def _write(path: Path, migration: Migration) -> None:
    """The table in YAML under the file's own leading comment, replacing the file in one rename."""
    lines = path.read_text().splitlines(keepends=True) if path.exists() else []
    header = "".join(itertools.takewhile(lambda line: line.startswith("#"), lines))
    table = migration.model_dump(mode="json", exclude_none=True)
    body = yaml.safe_dump(table, sort_keys=False, default_flow_style=None)  # rules one a line
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".migration.", suffix=".yaml")
    with os.fdopen(fd, "w") as out:
        out.write(header + body)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)
