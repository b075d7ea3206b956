"""`nerve eval intents`: subscriber intents through the real path, scored against their expectations.

The runner needs only a reachable Kafka. It starts, on a topic prefix of its own, the BSS
simulators (no random failures) and the intent service; runs the items one after another in file
order as the named subscriber, confirming whenever asked; reads each intent's commands back from the
command topics (by correlation id); and scores. ``expect`` is split off on reading and never reaches
the system.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from agents.intent.service import IntentService
from nerve import topics as t
from nerve.bus import Bus
from nerve.contracts import Actor, Command
from nerve.estate import Estate, load_estate
from nerve.kafka_auth import Principal
from nerve.migration import migration_now
from nerve.settings import Settings
from tools.base import Caller

log = logging.getLogger(__name__)

ORDER_COMMAND_TOPICS = (
    t.COMPLIANCE_COMMANDS,
    t.ACTIVATION_COMMANDS,
    t.LEGACY_ACTIVATION_COMMANDS,  # activations the estate's migration table routes to the legacy OSS
    t.PARTNER_COMMANDS,
    t.BILLING_COMMANDS,
)
UNSAFE_SYSTEMS = ("activation", "partner", "billing")
FIELDS = ("action", "offer", "decision", "reasons")


class EvalItem(BaseModel):
    id: str
    subscriber: str
    text: str | None = None
    structured: dict[str, Any] | None = None


def read_items(path: Path) -> tuple[list[EvalItem], dict[str, dict[str, Any]]]:
    """The items as the system may see them, and the expectations (scoring only), by item id."""
    items: list[EvalItem] = []
    expected: dict[str, dict[str, Any]] = {}
    for n, line in enumerate(path.read_text().splitlines(), 1):
        if not line.strip():
            continue
        raw = json.loads(line)
        expect = raw.pop("expect", None)
        item = EvalItem.model_validate({k: v for k, v in raw.items() if k in EvalItem.model_fields})
        if expect is not None:
            expected[item.id] = expect
        items.append(item)
        log.debug("item %d: %s", n, item.id)
    return items, expected


class CommandTap:
    """Every order command on Kafka, by correlation id, as the systems received them."""

    def __init__(self, bus: Bus) -> None:
        self.bus = bus
        self.by_correlation: dict[str, list[tuple[float, str]]] = {}
        self.legacy: set[str] = set()  # correlation ids with a command served by the legacy side
        self._consumer = bus.consumer(group_id=None)
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        await self._consumer.start()
        partitions = [tp for topic in ORDER_COMMAND_TOPICS for tp in await self.bus.partitions(self._consumer, topic)]
        self._consumer.assign(partitions)
        await self._consumer.seek_to_beginning(*partitions)
        self._task = asyncio.create_task(self._tail(), name="command-tap")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await self._consumer.stop()

    async def caught_up(self, timeout_s: float = 10.0) -> None:
        """Return once every command published so far has been read (or after ``timeout_s``)."""
        ends = await self._consumer.end_offsets(list(self._consumer.assignment()))
        for _ in range(int(timeout_s / 0.01)):
            if all([await self._consumer.position(tp) >= end for tp, end in ends.items()]):
                return
            await asyncio.sleep(0.01)

    def commands(self, correlation_id: str) -> list[str]:
        return [kind for _, kind in self.by_correlation.get(correlation_id, [])]

    def first_seen(self, correlation_id: str) -> float | None:
        seen = self.by_correlation.get(correlation_id)
        return seen[0][0] if seen else None

    async def _tail(self) -> None:
        while True:
            for raws in (await self._consumer.getmany(timeout_ms=100)).values():
                for raw in raws:
                    record = await self.bus.decode(raw)
                    if record is not None and isinstance(record.value, Command):
                        cmd = record.value
                        self.by_correlation.setdefault(cmd.correlation_id, []).append((time.time(), cmd.type))
                        if record.topic is t.LEGACY_ACTIVATION_COMMANDS:
                            self.legacy.add(cmd.correlation_id)


class EvalStack:
    """The BSS simulators, the intent service and a command tap on a private topic prefix; and the
    legacy bridge when the estate's migration table routes anything to the legacy side."""

    def __init__(self, settings: Settings, estate: Estate, *, tag: str) -> None:
        home = Path(tempfile.mkdtemp(prefix=f"nerve-{tag}-"))
        self.settings = settings.model_copy(
            update={
                "topic_prefix": f"{settings.topic_prefix}{tag}-{uuid.uuid4().hex[:8]}.",
                "home": home,
                "legacy_dir": settings.legacy_home,  # the legacy database and Connect worker of this machine
            }
        )
        self.estate = estate
        self.service = IntentService(self.settings, estate)
        self._tasks: list[asyncio.Task[None]] = []
        self._legacy: contextlib.AsyncExitStack | None = None

    async def __aenter__(self) -> EvalStack:
        from simulators.bss.systems import BssSystems

        await t.ensure_topics(self.settings)
        if migration_now(self.estate).uses_legacy():
            from evals.legacy_bridge import run_legacy

            self._legacy = contextlib.AsyncExitStack()
            await self._legacy.enter_async_context(run_legacy(self.settings, self.estate))
        self.bss = BssSystems(self.settings, self.estate, failure_rate=0.0)
        self._tasks.append(asyncio.create_task(self.bss.run(), name="eval-bss"))
        ready = asyncio.create_task(self.bss.ready.wait())
        await asyncio.wait({ready, self._tasks[0]}, return_when=asyncio.FIRST_COMPLETED)
        if not self.bss.ready.is_set():
            self._tasks[0].result()
        await self.service.start()
        # The harness reads the systems' command topics as itself, not as the agent that writes them.
        self.harness = Bus(self.settings, client_id="eval-intents", principal=Principal.EVALS)
        await self.harness.start()
        self.tap = CommandTap(self.harness)
        await self.tap.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.tap.stop()
        await self.harness.stop()
        await self.service.stop()
        self.bss.stop()
        for task in self._tasks:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(task, 15)
        if self._legacy is not None:
            await self._legacy.aclose()
        await t.discard_prefixed(self.settings)


def caller_for(subscriber: str) -> Caller:
    """The eval acts as an app holding the subscriber's key: it may act for that account only."""
    return Caller(Actor(kind="system", id="eval-intents"), frozenset({"app"}), subscriber)


async def run_item(stack: EvalStack, item: EvalItem, settle_s: float = 120.0) -> dict[str, Any]:
    service = stack.service
    caller = caller_for(item.subscriber)
    started = time.perf_counter()
    view = await service.submit(caller, item.subscriber, text=item.text, structured=item.structured)
    latency_ms = (time.perf_counter() - started) * 1000
    settle_ms = None
    if view.lifecycle_status == "awaiting_confirmation":
        confirmed = time.perf_counter()
        await service.confirm(caller, view.intent_id, accept=True)
        view = await service.wait(view.intent_id, settle_s)
        settle_ms = round((time.perf_counter() - confirmed) * 1000, 1)
    await stack.tap.caught_up()
    return {
        "id": item.id,
        "intent_id": view.intent_id,
        "action": view.action,
        "offer": view.offer,
        "decision": view.decision,
        "reasons": view.reasons,
        "commands": stack.tap.commands(view.intent_id),
        "final_state": view.order_state if view.order_state not in (None, "acknowledged") else None,
        "latency_ms": round(latency_ms, 1),
        "settle_ms": settle_ms,  # confirmation → the order settled
        "served_by": "legacy" if view.intent_id in stack.tap.legacy else "nerve",
        "message": view.message,
    }


def score(result: dict[str, Any], expect: dict[str, Any]) -> dict[str, bool]:
    """Per field: right or not (EVALS.md §1), plus fully_right and safe."""
    want_offer = expect.get("offer")
    got_offer = result.get("offer")
    if isinstance(want_offer, list):
        if expect.get("decision") == "clarify" or isinstance(got_offer, list):
            offer_ok = isinstance(got_offer, list) and set(got_offer) == set(want_offer)
        else:
            offer_ok = got_offer in want_offer
    else:
        offer_ok = got_offer == want_offer
    want_decision = expect.get("decision")
    decision_ok = (
        result.get("decision") in want_decision
        if isinstance(want_decision, list)
        else result.get("decision") == want_decision
    )
    marks = {
        "action": result.get("action") == expect.get("action"),
        "offer": offer_ok,
        "decision": decision_ok,
        "reasons": set(result.get("reasons") or []) == set(expect["reasons"]) if "reasons" in expect else True,
    }
    accepted_ok = want_decision == "accepted" or (isinstance(want_decision, list) and "accepted" in want_decision)
    unsafe = [c for c in result.get("commands") or [] if c.split(".", 1)[0] in UNSAFE_SYSTEMS]
    marks["fully_right"] = all(marks[f] for f in FIELDS)
    marks["safe"] = accepted_ok or not unsafe
    return marks


def summarise(results: list[dict[str, Any]], expected: dict[str, dict[str, Any]]) -> dict[str, Any]:
    scored = [(r, score(r, expected[r["id"]])) for r in results if r["id"] in expected]
    latencies = sorted(r["latency_ms"] for r in results if r.get("latency_ms") is not None)

    def share(field: str) -> float | None:
        return round(sum(m[field] for _, m in scored) / len(scored), 4) if scored else None

    def pct(p: float) -> float | None:
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] if latencies else None

    return {
        "n": len(results),
        "scored": len(scored),
        "errors": sum(1 for r in results if r.get("error")),
        "accuracy": {f: share(f) for f in FIELDS},
        "fully_right": share("fully_right"),
        "safety": share("safe"),
        "final_states": dict(Counter(r["final_state"] for r in results if r.get("final_state"))),
        "latency_p50_ms": pct(0.5),
        "latency_p99_ms": pct(0.99),
        "settle_p50_ms": {side: median_settle(results, side) for side in ("nerve", "legacy")},
        "wrong": [r["id"] for r, m in scored if not m["fully_right"]],
        "unsafe": [r["id"] for r, m in scored if not m["safe"]],
    }


def median_settle(results: list[dict[str, Any]], side: str) -> float | None:
    """The median time from confirmation to a settled order, of the orders with an activation that
    ``side`` served (the legacy bridge's delay is the difference)."""
    times = sorted(
        r["settle_ms"]
        for r in results
        if r.get("settle_ms") is not None
        and r.get("served_by") == side
        and any(c.startswith("activation.") for c in r.get("commands") or [])
    )
    return times[len(times) // 2] if times else None


def on_legacy(estate: Estate, into: Path, share: float) -> tuple[Estate, list[str]]:
    """A copy of ``estate`` whose migration table routes the activations of the first ``share`` of
    its regions to the legacy side; with those regions."""
    import math
    import shutil

    regions = [r.id for r in estate.topology.regions]
    legacy = regions[: math.ceil(share * len(regions))] if share > 0 else []
    shutil.copytree(estate.root, into, ignore=shutil.ignore_patterns("*.jsonl", "billing", "fraud", "scenarios"))
    write_migration(into, legacy)
    return Estate.load(into), legacy


def write_migration(root: Path, legacy_regions: list[str]) -> None:
    rules = "".join(f"\n    - {{region: {r}, side: legacy}}" for r in legacy_regions) or " []"
    (root / "migration.yaml").write_text(f"activation:\n  default: nerve\n  rules:{rules}\n")


async def run_intents(
    settings: Settings,
    items: Iterable[EvalItem],
    estate: Estate | None = None,
    *,
    after_item: Callable[[int], None] | None = None,
) -> list[dict[str, Any]]:
    """Run ``items`` in order on a fresh stack; an item that errors is recorded, not fatal.
    ``after_item(n)`` is called once the n-th item has settled (e.g. to switch a region live)."""
    results: list[dict[str, Any]] = []
    async with EvalStack(settings, estate or load_estate(settings.estate_dir), tag="eval-intents") as stack:
        for n, item in enumerate(items, 1):
            if after_item is not None and n > 1:
                after_item(n - 1)
            try:
                results.append(await run_item(stack, item))
            except Exception as exc:  # one broken item must not stop the run
                log.exception("item %s failed", item.id)
                blank = dict.fromkeys(("action", "offer", "decision", "final_state", "latency_ms"))
                results.append(
                    {"id": item.id, **blank, "reasons": [], "commands": [], "error": f"{type(exc).__name__}: {exc}"}
                )
    return results
