"""`nerve bench intents`: structured intents through the API, offline provider.

Every request goes through the whole API (ASGI stack: auth, rate limits, validation, routers) to
the intent service, handed to the app's ASGI interface in this process (``api.inprocess.call``), so
neither a socket nor a client library's CPU is counted; the BSS simulators run on a private topic
prefix. Measured: request → decision latency
(``p50_ms``/``p99_ms``), decisions per second with ``concurrency`` requests in flight
(``intents_per_s``), and for accepted intents, confirmation request → first command on Kafka as
the systems see it (``commands_p99_ms``).
"""

from __future__ import annotations

import asyncio
import random
import time
from typing import Any

from api.credentials import Credentials
from api.inprocess import call, running_app
from evals.intents import EvalStack
from nerve.errors import NerveError
from nerve.estate import Estate, load_estate
from nerve.settings import Settings

INTENT_PATH = "/tmf-api/intentManagement/v5/intent"


def structured_intents(estate: Estate, n: int, seed: int = 7) -> list[tuple[str, dict[str, Any]]]:
    """A reproducible mix: adds, plan changes, removals and queries across every subscriber."""
    rng = random.Random(seed)
    catalog = estate.catalog
    addable = [o.id for o in catalog.offers if o.kind != "plan"]
    plans = [o.id for o in catalog.offers if o.kind == "plan"]
    out: list[tuple[str, dict[str, Any]]] = []
    for _ in range(n):
        sub = rng.choice(estate.subscribers)
        roll = rng.random()
        if roll < 0.6:
            out.append((sub.id, {"action": "add_offer", "offer": rng.choice(addable)}))
        elif roll < 0.75:
            out.append((sub.id, {"action": "change_plan", "offer": rng.choice(plans)}))
        elif roll < 0.9 and sub.services:
            out.append((sub.id, {"action": "remove_offer", "offer": rng.choice(sub.services)}))
        else:
            out.append((sub.id, {"action": "query", "topic": "bill"}))
    return out


def _pct(values: list[float], p: float) -> float | None:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))], 2) if ordered else None


async def bench(settings: Settings, *, n: int, concurrency: int = 4, confirm_share: float = 0.1) -> dict[str, Any]:
    estate = load_estate(settings.estate_dir)
    work = structured_intents(estate, n)
    decisions: list[float] = []
    to_confirm: list[tuple[str, str]] = []
    async with EvalStack(settings, estate, tag="bench-intents") as stack:
        key = Credentials.load_or_create(stack.settings.home, estate).bench_key(estate)  # before the API reads them
        async with running_app(
            stack.settings, provided={"intents": stack.service, "noc": None, "remediation": None}
        ) as app:
            service = stack.service

            async def post(path: str, body: dict[str, Any]) -> dict[str, Any]:
                status, answer = await call(app, "POST", path, body, api_key=key)
                if status >= 400:
                    raise NerveError(f"POST {path} answered {status}: {answer}")
                return dict(answer)

            async def submit(sub: str, intent: dict[str, Any]) -> dict[str, Any]:
                return await post(INTENT_PATH, {"subscriber": sub, "expression": intent})

            # Warm up the app, the graph, the checkpointer and the producer before measuring.
            for sub, intent in work[: min(10, n)]:
                await submit(sub, intent)
            queue: asyncio.Queue[tuple[str, dict[str, Any]]] = asyncio.Queue()
            for item in work:
                queue.put_nowait(item)

            async def worker() -> None:
                while not queue.empty():
                    sub, intent = queue.get_nowait()
                    started = time.perf_counter()
                    created = await submit(sub, intent)
                    decisions.append((time.perf_counter() - started) * 1000)
                    if created["awaitingConfirmation"]:
                        to_confirm.append((sub, created["id"]))

            began = time.perf_counter()
            await asyncio.gather(*(worker() for _ in range(concurrency)))
            elapsed = time.perf_counter() - began

            # Commands: confirm accepted intents (one per subscriber, so each is still eligible), one by one,
            # timing the confirmation → the first command as the systems' topics carry it.
            command_ms: list[float] = []
            chosen = {sub: intent_id for sub, intent_id in to_confirm}
            for _sub, intent_id in list(chosen.items())[: max(1, int(len(to_confirm) * confirm_share))]:
                started = time.time()
                await post(f"{INTENT_PATH}/{intent_id}/confirmation", {"accept": True})
                for _ in range(1000):
                    await stack.tap.caught_up()
                    seen = stack.tap.first_seen(intent_id)
                    if seen is not None:
                        command_ms.append((seen - started) * 1000)
                        break
                    current = service.get(intent_id)
                    if current is not None and current.settled:
                        break
                    await asyncio.sleep(0.01)
    return {
        "n": n,
        "concurrency": concurrency,
        "intents_per_s": round(n / elapsed, 1),
        "p50_ms": _pct(decisions, 0.5),
        "p99_ms": _pct(decisions, 0.99),
        "commands_p99_ms": _pct(command_ms, 0.99),
        "commands_measured": len(command_ms),
        "path": "HTTP API in-process (ASGI app) → IntentService, offline provider",
    }
