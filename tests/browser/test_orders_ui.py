"""The console's order timeline and legacy bridge line in Debian's Chromium against a running `nerve up`:
an intent confirmed over the API shows in the recent intents, and its timeline lists its audit steps
oldest first, kept live (the legacy OSS's steps, marked, are shown by the same code: tests/legacy
drives the bridge itself)."""

from __future__ import annotations

import time
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from api.schemas import INTENT_BASE
from nerve.estate import Estate
from tests.api.stack import Stack
from tests.browser.conftest import ARTIFACTS
from tools.eligibility import purchase_reasons
from tools.subscriber import merge_state

pytestmark = [pytest.mark.browser, pytest.mark.slow]
WAIT_MS = 30_000


def a_network_addon_order(estate: Estate) -> tuple[str, str]:
    """The last active subscriber (the other tests take the first ones) with a network add-on it may buy."""
    for sub in reversed([s for s in estate.subscribers if s.status == "active"]):
        profile = merge_state(sub, {}, estate.catalog)
        for offer in estate.catalog.offers:
            network_addon = offer.kind == "addon" and offer.fulfilment.network and not offer.fulfilment.partner
            if network_addon and not purchase_reasons(profile, offer, estate.catalog):
                return sub.id, offer.name
    raise AssertionError("no subscriber of the estate may buy a network add-on")


def test_an_intents_timeline_shows_its_steps_live_and_the_bridge_line_says_what_runs(stack: Stack, page: Page) -> None:
    errors: list[Any] = []
    page.on("pageerror", lambda exc: errors.append(exc))
    sub, offer = a_network_addon_order(Estate.load(stack.settings.estate_dir))

    page.goto(f"{stack.base}/")
    page.fill("#username", "viewer")
    page.fill("#password", stack.password("viewer"))
    page.click("#login-form button[type=submit]")
    expect(page.locator("#app")).to_be_visible()
    # The test stack leaves the bridge out (NERVE_LEGACY_BRIDGE=false), and its estate routes nothing.
    expect(page.locator("#legacy-bridge")).to_have_text(
        "Nothing is routed to the legacy OSS. The legacy bridge does not run here.", timeout=WAIT_MS
    )

    with stack.client() as client:
        r = client.post(f"{INTENT_BASE}/intent", json={"text": f"add {offer}"}, headers=stack.key(sub))
        assert r.status_code == 201 and r.json()["awaitingConfirmation"], r.text
        intent = r.json()["id"]
        chip = page.locator(f"#recent-orders [data-intent='{intent}']")
        expect(chip).to_be_visible(timeout=WAIT_MS)  # pushed by the live stream
        chip.click()
        steps = page.locator("#timeline .step")
        expect(steps.first).to_have_attribute("data-action", "intent.decided")
        before = steps.count()
        r = client.post(f"{INTENT_BASE}/intent/{intent}/confirmation", json={"accept": True}, headers=stack.key(sub))
        assert r.status_code == 200, r.text
        deadline = time.monotonic() + WAIT_MS / 1000
        while (
            client.get(f"{INTENT_BASE}/intent/{intent}", headers=stack.key(sub)).json()["lifecycleStatus"]
            != "completed"
        ):
            assert time.monotonic() < deadline, "the intent did not complete"
            time.sleep(0.3)
    expect(page.locator("#timeline .step[data-action='intent.reported']").last).to_be_visible(timeout=WAIT_MS)
    assert steps.count() > before  # the confirmation's steps arrived live
    actions = steps.evaluate_all("(els) => els.map((e) => e.dataset.action)")
    assert actions[0] == "intent.decided" and any(a.startswith("command.") for a in actions), actions
    page.reload()  # read afresh, the same steps in the same order
    page.locator("#timeline-intent").fill(intent)
    page.click("#timeline-form button[type=submit]")
    expect(steps).to_have_count(len(actions))
    assert steps.evaluate_all("(els) => els.map((e) => e.dataset.action)") == actions
    page.screenshot(path=str(ARTIFACTS / "orders-timeline.png"), full_page=True)
    assert errors == []
