"""The subscriber-intent API over HTTP against the running stack (`nerve up`)."""

from __future__ import annotations

import json
import threading
import time
from typing import Any

import httpx
import pytest

from api.schemas import INTENT_BASE, ORDER_BASE, SERVICE_BASE
from nerve.reasons import sentence
from tests.api.stack import Stack

pytestmark = pytest.mark.slow


def wait_settled(client: httpx.Client, stack: Stack, subscriber: str, intent_id: str) -> dict[str, Any]:
    deadline = time.monotonic() + 90
    while True:
        view: dict[str, Any] = client.get(f"{INTENT_BASE}/intent/{intent_id}", headers=stack.key(subscriber)).json()
        if view["lifecycleStatus"] not in ("acknowledged", "inProgress") or time.monotonic() > deadline:
            return view
        time.sleep(0.3)


def test_an_eligible_intent_is_confirmed_and_completes_with_its_order_and_service(stack: Stack) -> None:
    sub = "sub-1001"
    price = next(o.price for o in stack_estate_offers(stack) if o.id == "ott-streammax")
    with stack.client() as client:
        r = client.post(f"{INTENT_BASE}/intent", json={"text": "add StreamMax please"}, headers=stack.key(sub))
        assert r.status_code == 201, r.text
        created = r.json()
        assert created["@type"] == "Intent" and created["subscriber"] == sub
        assert created["awaitingConfirmation"] is True and created["decision"] == "accepted"
        assert created["offer"] == "ott-streammax"
        assert created["price"]["amount"] == str(price.amount), "the price shown is the catalog's"
        assert created["href"] == f"{INTENT_BASE}/intent/{created['id']}"

        r = client.post(
            f"{INTENT_BASE}/intent/{created['id']}/confirmation", json={"accept": True}, headers=stack.key(sub)
        )
        assert r.status_code == 200, r.text
        assert r.json()["lifecycleStatus"] in ("acknowledged", "inProgress", "completed")

        done = wait_settled(client, stack, sub, created["id"])
        assert done["lifecycleStatus"] == "completed", done
        assert done["orderState"] == "completed"
        assert done["commands"], "a completed order put commands on Kafka"

        reports = client.get(f"{INTENT_BASE}/intent/{created['id']}/intentReport", headers=stack.key(sub)).json()
        assert reports and reports[-1]["outcome"] == "completed"

        orders = client.get(f"{ORDER_BASE}/productOrder", headers=stack.key(sub)).json()
        order = next(o for o in orders if o["id"] == created["id"])
        assert order["state"] == "completed"
        assert order["productOrderItem"][0] == {
            "id": "1",
            "action": "add",
            "productOffering": "ott-streammax",
            "state": "completed",
        }
        one = client.get(f"{ORDER_BASE}/productOrder/{created['id']}", headers=stack.key(sub))
        assert one.status_code == 200 and one.json()["state"] == "completed"

        services = client.get(f"{SERVICE_BASE}/service", headers=stack.key(sub)).json()
        assert "ott-streammax" in {s["productOffering"] for s in services}, "read back from the systems' state"


def stack_estate_offers(stack: Stack) -> list[Any]:
    from nerve.estate import load_estate

    return list(load_estate(stack.settings.estate_dir).catalog.offers)


def test_a_structured_intent_can_be_declined_and_then_cannot_be_confirmed(stack: Stack) -> None:
    sub = "sub-1003"
    with stack.client() as client:
        r = client.post(
            f"{INTENT_BASE}/intent",
            json={"expression": {"action": "add_offer", "offer": "ott-streammax"}, "name": "streaming"},
            headers=stack.key(sub),
        )
        assert r.status_code == 201, r.text
        created = r.json()
        assert created["name"] == "streaming" and created["awaitingConfirmation"] is True
        r = client.post(f"{INTENT_BASE}/intent/{created['id']}/cancel", headers=stack.key(sub))
        assert r.status_code == 200, r.text
        assert r.json()["lifecycleStatus"] == "cancelled"
        assert r.json()["commands"] == []
        again = client.post(
            f"{INTENT_BASE}/intent/{created['id']}/confirmation", json={"accept": True}, headers=stack.key(sub)
        )
        assert again.status_code == 409
        assert "not awaiting confirmation" in again.json()["detail"]


def test_an_ineligible_intent_is_rejected_with_every_reason(stack: Stack) -> None:
    with stack.client() as client:
        r = client.post(f"{INTENT_BASE}/intent", json={"text": "add StreamMax"}, headers=stack.key("sub-1002"))
        assert r.status_code == 201, r.text
        body = r.json()
        assert body["lifecycleStatus"] == "rejected" and body["decision"] == "rejected"
        assert body["reasons"], "a rejection names its reasons"
        assert body["reasonTexts"] == [sentence(code) for code in body["reasons"]]
        assert all(" " in text and text.endswith(".") for text in body["reasonTexts"])
        assert body["commands"] == []
        # confirming it anyway is a conflict that says why in words
        again = client.post(
            f"{INTENT_BASE}/intent/{body['id']}/confirmation", json={"accept": True}, headers=stack.key("sub-1002")
        )
        assert again.status_code == 409
        assert body["reasonTexts"][0] in again.json()["detail"]


def test_state_changes_arrive_as_server_sent_events(stack: Stack) -> None:
    sub = "sub-1004"
    events: list[dict[str, Any]] = []
    opened = threading.Event()

    def listen() -> None:
        with (
            httpx.Client(base_url=stack.base, timeout=httpx.Timeout(30, read=40)) as client,
            client.stream("GET", f"{INTENT_BASE}/events", headers=stack.key(sub)) as response,
        ):
            kind = ""
            for line in response.iter_lines():
                if line.startswith("event:"):
                    kind = line[6:].strip()
                    if kind == "ready":
                        opened.set()
                elif line.startswith("data:") and kind == "intent":
                    events.append(json.loads(line[5:]))
                    return

    thread = threading.Thread(target=listen, daemon=True)
    thread.start()
    assert opened.wait(30), "the stream says when it is subscribed"
    with stack.client() as client:
        r = client.post(f"{INTENT_BASE}/intent", json={"text": "what is on my bill?"}, headers=stack.key(sub))
        assert r.status_code == 201, r.text
    thread.join(40)
    assert events and events[0]["intent_id"] == r.json()["id"]
    assert events[0]["subscriber"] == sub
