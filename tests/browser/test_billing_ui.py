"""The console's usage and billing card in Debian's Chromium against a running `nerve up`: usage played
through the mediation with one point down for a while, then that point's late records, the billing
lag, and a subscriber's balance as the billing worker rated it."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from playwright.sync_api import Page, expect

from api.schemas import USAGE_BASE
from nerve.estate import Estate
from tests.api.stack import Stack
from tests.browser.conftest import ARTIFACTS

pytestmark = [pytest.mark.browser, pytest.mark.slow]
WAIT_MS = 30_000
BALANCE = f"{USAGE_BASE}/usageBalance"


def test_the_console_shows_mediation_lag_and_a_subscribers_balance(stack: Stack, page: Page, tmp_path: Path) -> None:
    errors: list[Any] = []
    page.on("pageerror", lambda exc: errors.append(exc))
    page.on("console", lambda m: errors.append(m.text) if "Content Security Policy" in m.text else None)
    estate = Estate.load(stack.settings.estate_dir)
    heavy = next(
        s for s in estate.subscribers
        if s.status == "active" and isinstance((estate.catalog.by_id[s.plan].allowance or {}).get("data_gb"), int)
    )  # fmt: skip
    site = estate.topology.cell[heavy.home_cell].site
    scenario = {
        "id": "ui-billing",
        "duration_s": 16,
        "seed": 3,
        "usage": {"rate_per_s": 4, "late_share": 0.05, "max_delay_s": 3},
        "events": [
            {"at_s": 1, "kind": "heavy_data", "subscriber": heavy.id, "gb": 2, "app_category": "other"},
            {"at_s": 2, "kind": "outage_of_mediation", "site": site, "until_s": 12},
        ],
    }
    path = tmp_path / "ui-billing.yaml"
    path.write_text(yaml.safe_dump(scenario))

    page.goto(f"{stack.base}/")
    page.fill("#username", "viewer")
    page.fill("#password", stack.password("viewer"))
    page.click("#login-form button[type=submit]")
    expect(page.locator("#app")).to_be_visible()

    stack.nerve("sim", "usage", str(path))  # returns once every record, held ones too, is delivered
    row = page.locator(f"#mediation tr[data-site='{site}']")
    expect(row).to_be_visible(timeout=WAIT_MS)
    expect(row.locator("td").nth(3)).not_to_have_text("0", timeout=WAIT_MS)  # its backlog came late
    expect(page.locator("#billing-lag")).to_contain_text("behind the newest usage delivered")

    # The worker publishes balances every second: the subscriber's own key sees when its first is there.
    with stack.client() as client:
        deadline = time.monotonic() + WAIT_MS / 1000
        while client.get(BALANCE, headers=stack.key(heavy.id)).status_code != 200:
            assert time.monotonic() < deadline, f"no balance of {heavy.id} was published"
            time.sleep(0.5)
    page.fill("#balance-subscriber", heavy.id)
    page.click("#balance-form button[type=submit]")
    balance = page.locator("#balance")
    expect(balance).to_contain_text(heavy.id, timeout=WAIT_MS)
    expect(balance).to_contain_text("GB counted")
    expect(balance).to_contain_text(estate.catalog.operator.currency)
    page.locator("#billing-card").screenshot(path=str(ARTIFACTS / "billing-card.png"))

    page.fill("#balance-subscriber", "nobody-at-all")
    page.click("#balance-form button[type=submit]")
    expect(balance.locator(".error")).to_contain_text("no subscriber")
    assert errors == []
