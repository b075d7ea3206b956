"""The NOC dashboard in Debian's Chromium against a running `nerve up`: log in, watch a fault become an
incident, ask the NOC agent about it, approve the high-risk action the loop waits on, see it executed
and audited. A screenshot per step goes to test-artifacts/browser/."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from tests.api.stack import Stack
from tests.browser.conftest import ARTIFACTS

pytestmark = [pytest.mark.browser, pytest.mark.slow]

TARGET = "cell-r03-b"  # a cell nothing else in the session touches; restart_cell is high risk in this stack
WAIT_MS = 90_000


class Steps:
    def __init__(self, page: Page) -> None:
        self.page, self.n = page, 0

    def shot(self, name: str) -> None:
        self.n += 1
        self.page.screenshot(path=str(ARTIFACTS / f"{self.n:02d}-{name}.png"), full_page=True)


def test_an_incident_from_fault_to_approved_remediation(stack: Stack, page: Page) -> None:
    steps = Steps(page)
    errors: list[Any] = []
    page.on("pageerror", lambda exc: errors.append(exc))
    # The UI must work under its Content-Security-Policy: a blocked script or style is a console error.
    page.on("console", lambda m: errors.append(m.text) if "Content Security Policy" in m.text else None)

    # 1. log in
    page.goto(f"{stack.base}/")
    expect(page.locator("#login")).to_be_visible()
    page.fill("#username", "approver")
    page.fill("#password", "not the password")
    page.click("#login-form button[type=submit]")
    expect(page.locator("#login-error")).to_contain_text("wrong password")
    steps.shot("login-refused")
    page.fill("#password", stack.password("approver"))
    page.click("#login-form button[type=submit]")
    expect(page.locator("#app")).to_be_visible()
    expect(page.locator("#who-name")).to_have_text("approver")
    expect(page.locator("#live-state")).to_have_text("live", timeout=15_000)
    steps.shot("logged-in")

    # 2. a fault in the twin becomes an incident on the dashboard, pushed live
    stack.nerve("sim", "inject", "cell_outage", TARGET)
    row = page.locator("#incidents li", has_text=TARGET).first
    expect(row).to_be_visible(timeout=WAIT_MS)
    steps.shot("incident-appeared")
    row.locator("button").click()
    timeline = page.locator("#story")
    expect(timeline).to_contain_text("root cause", timeout=15_000)
    expect(timeline).to_contain_text("anomaly onsets")
    root_cause = page.locator("#incident-head a.entity").first.inner_text()
    incident = page.locator("#incident-head strong").first.inner_text()
    assert root_cause == TARGET
    expect(page.locator("#chart-note")).to_contain_text(TARGET, timeout=15_000)
    steps.shot("incident-timeline-and-chart")

    # 3. the NOC agent, asked what is wrong, names the incident and its root cause (streamed, citations linked)
    page.fill("#chat-input", "What is wrong right now?")
    page.click("#chat-form button[type=submit]")
    answer = page.locator("#chat-log .a").last
    expect(answer).to_contain_text(incident, timeout=WAIT_MS)
    expect(answer).to_contain_text(root_cause)
    expect(answer.locator("a.entity", has_text=root_cause).first).to_be_visible()
    expect(answer.locator("a.entity", has_text=incident).first).to_be_visible()
    steps.shot("chat-names-root-cause")

    # 4. the loop waits for a person on the high-risk restart; the approver approves it
    pending = page.locator("#approvals li.approval", has_text=TARGET).first
    expect(pending).to_be_visible(timeout=WAIT_MS)
    expect(pending).to_contain_text("high risk")
    expect(pending).to_contain_text("restart cell")
    steps.shot("approval-pending")
    pending.get_by_role("checkbox").check()  # a high-risk action asks for a confirmation
    pending.get_by_role("button", name="Approve").click()
    expect(page.locator("#approvals li.approval", has_text=TARGET)).to_have_count(0, timeout=30_000)

    # 5. executed: the command's result is on the incident's timeline
    row.locator("button").click()
    expect(timeline).to_contain_text(f"the network answered for {TARGET}: done", timeout=WAIT_MS)
    steps.shot("action-executed")

    # 6. the audit trail has the approval with the approver's name
    page.fill("#audit-action", "approval.")
    page.click("#audit-form button[type=submit]")
    granted = page.locator("#audit tbody tr", has_text="approval.granted").first
    expect(granted).to_contain_text("person:approver")
    expect(granted).to_contain_text(TARGET)
    steps.shot("audit-approval")
    assert not errors, f"JavaScript errors on the page: {errors}"


def test_a_viewer_sees_the_dashboard_but_cannot_approve(stack: Stack, page: Page) -> None:
    page.goto(f"{stack.base}/ui/")
    page.fill("#username", "viewer")
    page.fill("#password", stack.password("viewer"))
    page.click("#login-form button[type=submit]")
    expect(page.locator("#who-roles")).to_have_text("(viewer)")
    expect(page.locator("#approvals-note")).to_contain_text("Only the approver role")
    unlabelled = page.evaluate(
        """() => [...document.querySelectorAll('input, select, textarea, button, canvas')]
            .filter((e) => !(e.labels?.length || e.getAttribute('aria-label') || e.textContent.trim()))
            .map((e) => e.id || e.outerHTML.slice(0, 60))"""
    )
    assert unlabelled == [], f"controls without an accessible name: {unlabelled}"
    page.click("#logout")
    expect(page.locator("#login")).to_be_visible()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "viewer-logged-out.png"))


def test_an_approver_cannot_approve_their_own_proposal_in_the_ui(stack: Stack, page: Page) -> None:
    cell = "cell-m07-c"  # a cell nothing else in the session touches
    page.goto(f"{stack.base}/ui/")
    page.fill("#username", "approver2")
    page.fill("#password", stack.password("approver2"))
    page.click("#login-form button[type=submit]")
    expect(page.locator("#who-name")).to_have_text("approver2")
    page.fill("#chat-input", f"please restart {cell}")
    page.click("#chat-form button[type=submit]")
    expect(page.locator("#chat-log .a").last).to_contain_text("approval", timeout=WAIT_MS)
    pending = page.locator("#approvals li.approval", has_text=cell).first
    expect(pending).to_contain_text("proposed by approver2", timeout=WAIT_MS)
    expect(pending.get_by_role("button", name="Approve")).to_be_disabled()
    expect(pending.get_by_role("button", name="Deny")).to_be_enabled()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "own-proposal-needs-another-approver.png"), full_page=True)
