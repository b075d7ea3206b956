"""The in-process API path benchmarks use: requests handed to the app's ASGI interface, with a service it is handed."""

from __future__ import annotations

import pytest

from agents.intent.service import IntentService
from api.credentials import Credentials
from api.inprocess import call, running_app
from api.schemas import INTENT_BASE
from nerve.contracts import Actor
from nerve.settings import Settings
from tools.base import Caller

pytestmark = pytest.mark.slow
SUBSCRIBER = Caller(Actor(kind="person", id="sub-1009"), frozenset({"subscriber"}), "sub-1009")


async def test_a_provided_intent_service_answers_through_the_whole_http_stack(settings: Settings) -> None:
    service = IntentService(settings)
    await service.start()
    try:
        only_intents = {"intents": service, "noc": None, "remediation": None}
        key = Credentials.load_or_create(settings.home, service.estate).bench_key(service.estate)
        async with running_app(settings, provided=only_intents) as app:
            body = {"subscriber": "sub-1009", "expression": {"action": "query", "topic": "bill"}}
            status, created = await call(app, "POST", f"{INTENT_BASE}/intent", body, api_key=key)
            assert status == 201, created
            assert created["decision"] == "answered"
            assert service.get(created["id"]) is not None, "the request reached the service handed in"
            status, read = await call(app, "GET", f"{INTENT_BASE}/intent/{created['id']}", api_key=key)
            assert (status, read["id"]) == (200, created["id"])
            status, problem = await call(app, "POST", f"{INTENT_BASE}/intent", {"subscriber": "sub-1009", "text": "hi"})
            assert status == 401 and problem["status"] == 401, "a problem document, decoded"
            status, _ = await call(app, "POST", f"{INTENT_BASE}/intent", {"subscriber": "sub-1009"}, api_key=key)
            assert status == 422, "the body is validated"
            status, _ = await call(app, "GET", "/api/approvals", api_key=key)
            assert status == 403, "app keys never reach the NOC endpoints"
        # The app did not stop a service it did not start.
        again = await service.submit(SUBSCRIBER, "sub-1009", structured={"action": "query", "topic": "bill"})
        assert again.decision == "answered"
    finally:
        await service.stop()
