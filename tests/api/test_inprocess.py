"""The in-process API path benchmarks use: the app over httpx's ASGI transport, with a service it is handed."""

from __future__ import annotations

import pytest

from agents.intent.service import IntentService
from api.credentials import BENCH_APP
from api.inprocess import api_client
from api.schemas import INTENT_BASE
from nerve.contracts import Actor
from nerve.settings import Settings
from nerve.topics import ensure_topics
from tools.base import Caller

pytestmark = pytest.mark.slow
SUBSCRIBER = Caller(Actor(kind="person", id="sub-1009"), frozenset({"subscriber"}), "sub-1009")


async def test_a_provided_intent_service_answers_through_the_whole_http_stack(settings: Settings) -> None:
    await ensure_topics(settings.bootstrap_servers, settings.topic_prefix)
    service = IntentService(settings)
    await service.start()
    try:
        only_intents = {"intents": service, "noc": None, "remediation": None}
        async with api_client(settings, provided=only_intents) as (client, credentials):
            key = credentials.app_key(BENCH_APP)
            assert key is not None
            r = await client.post(
                f"{INTENT_BASE}/intent",
                json={"subscriber": "sub-1009", "expression": {"action": "query", "topic": "bill"}},
                headers={"X-API-Key": key},
            )
            assert r.status_code == 201, r.text
            assert r.json()["decision"] == "answered"
            assert service.get(r.json()["id"]) is not None, "the request reached the service handed in"
            missing = await client.post(f"{INTENT_BASE}/intent", json={"subscriber": "sub-1009", "text": "hi"})
            assert missing.status_code == 401
            off = await client.get("/api/approvals", headers={"X-API-Key": key})
            assert off.status_code == 403, "app keys never reach the NOC endpoints"
        # The app did not stop a service it did not start.
        again = await service.submit(SUBSCRIBER, "sub-1009", structured={"action": "query", "topic": "bill"})
        assert again.decision == "answered"
    finally:
        await service.stop()
