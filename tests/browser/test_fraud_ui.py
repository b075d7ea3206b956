"""Fraud in the console, in Debian's Chromium against a running `nerve up`: a case the fraud worker
found in the twin's usage, with its evidence and the responder's responses, marked a false positive
by an approver, which the fraud worker takes in and the audit trail keeps."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Page, expect

from nerve.estate import Estate
from tests.api.stack import Stack
from tests.browser.conftest import ARTIFACTS

pytestmark = [pytest.mark.browser, pytest.mark.slow]

WAIT_MS = 90_000


def scenario(estate: Estate, line: str, folder: Path) -> Path:
    """An IRSF burst on ``line`` in everyone's ordinary usage, as `nerve sim fraud` plays it."""
    path = folder / "ui-irsf.yaml"
    path.write_text(yaml.safe_dump({
        "id": "ui-irsf", "description": "an IRSF burst for the console", "duration_s": 25, "seed": 3,
        "usage": {"rate_per_s": 1},
        "fraud": [{"at_s": 2, "kind": "irsf", "subscriber": line, "params": {"calls_per_min": 20}}],
        "expect": {"cases": [{"subscriber": line, "kind": "irsf", "detect_within_s": 20,
                              "responses": ["bar_premium"]}]},
    }))  # fmt: skip
    return path


def test_an_approver_sees_a_fraud_case_and_marks_it_a_false_positive(stack: Stack, page: Page, tmp_path: Path) -> None:
    estate = Estate.load(stack.settings.estate_dir)
    line = [s for s in estate.subscribers if s.status == "active"][-1]
    errors: list[object] = []
    page.on("pageerror", lambda exc: errors.append(exc))
    page.goto(f"{stack.base}/ui/")
    page.fill("#username", "approver")
    page.fill("#password", stack.password("approver"))
    page.click("#login-form button[type=submit]")
    expect(page.locator("#live-state")).to_have_text("live", timeout=15_000)

    stack.nerve("sim", "fraud", str(scenario(estate, line.id, tmp_path)))
    case = page.locator("#fraud-cases li.fraud-case", has_text=f"irsf on {line.id}").first
    expect(case).to_be_visible(timeout=WAIT_MS)
    expect(case).to_contain_text(line.msisdn)
    expect(case.locator(".responses")).to_contain_text("bar premium: succeeded", timeout=WAIT_MS)
    expect(case).to_contain_text("an hour in premium and high-cost calls")
    case.locator("summary").click()
    expect(case.locator("details li").first).to_contain_text("premium")
    page.screenshot(path=str(ARTIFACTS / "fraud-case.png"), full_page=True)

    case.get_by_role("button", name="Mark false positive").click()
    expect(case.locator("p.error")).to_have_text("Say why this is not fraud.")
    case.get_by_label("is not fraud").fill("the owner tests their own premium service")
    case.get_by_role("button", name="Mark false positive").click()
    marked = page.locator("#fraud-cases li.fraud-case", has_text=f"irsf on {line.id}").first
    expect(marked.locator(".what")).to_contain_text("marked a false positive", timeout=WAIT_MS)
    expect(marked.get_by_role("button", name="Mark false positive")).to_have_count(0)
    page.screenshot(path=str(ARTIFACTS / "fraud-false-positive.png"), full_page=True)

    page.fill("#audit-action", "fraud.false_positive")
    page.click("#audit-form button[type=submit]")
    row = page.locator("#audit tbody tr", has_text="fraud.false_positive").first
    expect(row).to_contain_text("person:approver")
    expect(row).to_contain_text(line.id)
    assert not errors, f"JavaScript errors on the page: {errors}"
