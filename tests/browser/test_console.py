"""The console as an engineer lives in it, in Debian's Chromium against a running `nerve up`, checked
at 1400 and 900 px wide: incidents as compact rows, the incident as a story, anomalies grouped, a
chart worth reading, approvals as decision cards that leave every open console when decided, the
chat (kept across reloads, told what became of its proposal) and the audit trail with its exports.
Each screen is kept as a screenshot at both widths in test-artifacts/browser/."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from nerve.estate import Estate
from tests.api.stack import Stack
from tests.browser.conftest import ARGS, ARTIFACTS, CHROMIUM

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# Cells nothing else in the session touches: an outage (restart_cell is high risk in this stack)
# and a healthy cell an engineer asks to restart.
OUTAGE = "cell-r04-a"
PROPOSED = "cell-m08-b"
WIDTHS = (1400, 900)
WAIT_MS = 90_000
STEPS = ["fault", "detection", "diagnosis", "decision", "action", "result", "verified"]


@pytest.fixture
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (make browsers)")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


class Console:
    """One engineer's console in a browser context of its own (its own session cookie)."""

    def __init__(self, browser: Browser, stack: Stack, user: str, errors: list[Any]) -> None:
        self.page: Page = browser.new_context(viewport={"width": WIDTHS[0], "height": 1000}).new_page()
        self.user = user
        self.page.on("pageerror", lambda exc: errors.append(exc))
        self.page.on("console", lambda m: errors.append(m.text) if "Content Security Policy" in m.text else None)
        self.page.goto(f"{stack.base}/ui/")
        self.page.fill("#username", user)
        self.page.fill("#password", stack.password(user))
        self.page.click("#login-form button[type=submit]")
        expect(self.page.locator("#live-state")).to_have_text("live", timeout=15_000)

    def shots(self, name: str) -> None:
        """The screen at each width, full page; at every width nothing runs off the side."""
        self.page.evaluate("window.scrollTo(0, 0)")  # the sticky header belongs at the top of a full-page shot
        for width in WIDTHS:
            self.page.set_viewport_size({"width": width, "height": 1000})
            self.page.wait_for_timeout(300)  # the chart follows its container's new size
            overflow = self.page.evaluate("document.documentElement.scrollWidth")
            assert overflow <= width, f"{name} at {width} px is {overflow} px wide"
            self.page.screenshot(path=str(ARTIFACTS / f"console-{width}-{name}.png"), full_page=True)
        self.page.set_viewport_size({"width": WIDTHS[0], "height": 1000})

    def ask(self, question: str) -> Any:
        before = self.page.locator("#chat-log .msg.a:not(.pending)").count()
        self.page.fill("#chat-input", question)
        self.page.click("#chat-form button[type=submit]")
        answers = self.page.locator("#chat-log .msg.a:not(.pending)")
        expect(answers).to_have_count(before + 1, timeout=WAIT_MS)
        return answers.last


def card(page: Page, target: str) -> Any:
    return page.locator("#approvals li.approval", has_text=target)


def test_the_console_screens_at_1400_and_900_px(stack: Stack, browser: Browser) -> None:
    errors: list[Any] = []
    estate = Estate.load(stack.settings.estate_dir)
    approver = Console(browser, stack, "approver", errors)
    other = Console(browser, stack, "approver2", errors)  # a second console open at the same time
    page = approver.page
    approver.shots("01-logged-in")

    # Incidents: open ones first, by severity, as compact rows; closed ones behind the filter.
    stack.nerve("sim", "inject", "cell_outage", OUTAGE)
    row = page.locator("#incidents li", has_text=OUTAGE).first
    expect(row).to_be_visible(timeout=WAIT_MS)
    expect(row).to_contain_text("cell outage")
    expect(row).to_contain_text("affected")
    assert "closed" not in page.locator("#incidents .sev").all_inner_texts()
    ranks = {"critical": 0, "major": 1, "minor": 2, "warning": 3}
    shown = [ranks[s.lower()] for s in page.locator("#incidents .sev").all_text_contents()]
    assert shown == sorted(shown), f"open incidents are not by severity: {shown}"
    approver.shots("02-incidents")

    # The incident as a story, its steps in order; anomaly onsets folded under detection, each
    # linked to the chart.
    row.locator("button").click()
    story = page.locator("#story")
    expect(story.locator("[data-step=detection] details summary")).to_contain_text("anomaly onsets", timeout=15_000)
    assert [s.get_attribute("data-step") for s in story.locator("li.step").all()] == STEPS
    expect(story.locator("[data-step=fault]")).to_contain_text(f"cell outage at {OUTAGE}")
    incident = page.locator("#incident-head strong").inner_text()
    story.locator("[data-step=detection] details summary").click()
    onset = story.locator("[data-step=detection] details button").first
    kpi = onset.inner_text().split()[1]  # "<entity> <kpi> breached (...)"
    onset.click()
    expect(page.locator(f"#chart-kpis input[value='{kpi}']")).to_be_checked()
    expect(page.locator("#chart-note")).to_contain_text(kpi, timeout=15_000)

    # A chart worth reading: several KPIs with their units, hover values, the fault marked.
    other_kpi = page.locator("#chart-kpis input:not(:checked)").first
    other_kpi.check()
    legend = page.locator("#chart .u-legend .u-series")
    expect(legend).to_have_count(3, timeout=15_000)  # time and two KPIs
    expect(page.locator("#chart-note")).to_contain_text("fault at")
    box = page.locator("#chart .u-over").bounding_box()
    assert box is not None
    page.mouse.move(box["x"] + box["width"] - 5, box["y"] + box["height"] / 2)
    expect(legend.nth(1).locator(".u-value")).not_to_have_text("—")
    approver.shots("03-incident-story-and-chart")

    # Anomalies grouped by incident and entity, one row per KPI with its worst severity and since.
    group = page.locator(f"#anomalies .group[data-group='{incident}']")
    expect(group).to_contain_text(OUTAGE)
    expect(group).to_contain_text("since")
    approver.shots("04-anomalies")

    # Approvals as decision cards; the header counts what waits.
    pending = card(page, OUTAGE).first
    expect(pending).to_be_visible(timeout=WAIT_MS)
    effect = estate.faults.actions["restart_cell"].effect
    for words in ("high risk", "restart cell", "Asked by", "Why", effect, "Blast radius", "disturbs", "Target now"):
        expect(pending).to_contain_text(words)
    expect(pending.locator(".kpi-chip.critical").first).to_be_visible()
    expect(page.locator("#pending-badge")).to_be_visible()
    approve = pending.get_by_role("button", name="Approve")
    expect(approve).to_be_disabled()  # a high-risk action asks for a confirmation first
    pending.get_by_role("checkbox").check()
    expect(approve).to_be_enabled()
    expect(card(other.page, OUTAGE)).to_have_count(1, timeout=15_000)
    approver.shots("05-approval-card")
    approve.click()
    # Decided here, the card leaves the other console too, pushed (no reload, no polling).
    expect(card(other.page, OUTAGE)).to_have_count(0, timeout=5_000)
    expect(card(page, OUTAGE)).to_have_count(0)
    result = story.locator("[data-step=result]")
    expect(result).to_contain_text(f"the network answered for {OUTAGE}: done", timeout=WAIT_MS)
    approver.shots("06-story-after-the-action")

    # Chat: question and answer styled apart, ids whole on their line, kept across a reload.
    impacted = approver.ask(f"who is impacted by {incident}?")
    expect(impacted).to_contain_text("subscriber")
    done = approver.ask(f"what did the automation do about {incident} and did it work?")
    expect(done).to_contain_text(incident)
    expect(done).to_contain_text("restart_cell")
    colours = page.evaluate(
        """() => ['.msg.q', '.msg.a']
            .map((s) => getComputedStyle(document.querySelector('#chat-log ' + s)).backgroundColor)"""
    )
    assert colours[0] != colours[1]
    broken = page.evaluate(
        """() => [...document.querySelectorAll('#chat-log a.entity, #chat-log .id')]
            .filter((a) => a.getClientRects().length !== 1).map((a) => a.textContent)"""
    )
    assert broken == [], f"ids broken across lines: {broken}"
    said = page.locator("#chat-log .msg").all_inner_texts()
    approver.shots("07-chat")
    page.reload()
    expect(page.locator("#live-state")).to_have_text("live", timeout=15_000)
    assert page.locator("#chat-log .msg").all_inner_texts() == said

    # An action proposed in the chat: its outcome is posted back into that conversation.
    answer = other.ask(f"please restart {PROPOSED}")
    expect(answer).to_contain_text("proposed")
    proposal = card(page, PROPOSED).first
    expect(proposal).to_contain_text("proposed by approver2", timeout=WAIT_MS)
    expect(proposal).to_contain_text("Healthy: every KPI is within its normal levels")
    proposal.get_by_role("checkbox").check()
    expect(proposal.get_by_role("button", name="Approve")).to_be_disabled()  # healthy: a reason is asked for
    proposal.get_by_role("textbox").fill("the field team asked for a restart after their antenna work")
    proposal.get_by_role("button", name="Approve").click()
    note = other.page.locator("#chat-log .msg.note", has_text="approved by approver")
    expect(note).to_be_visible(timeout=WAIT_MS)
    expect(note).to_contain_text(PROPOSED)
    other.shots("08-chat-told-the-outcome")

    # Audit: outcomes in words, pages, and the same rows as CSV and JSON.
    page.fill("#audit-action", "approval.granted")
    page.click("#audit-form button[type=submit]")
    granted = page.locator("#audit tbody tr", has_text=OUTAGE).first
    expect(granted.locator("td.outcome")).to_have_text("approved")
    expect(page.locator("#audit-page")).to_contain_text("rows 1–")
    href = page.locator("#audit-csv").get_attribute("href")
    assert href is not None and "action=approval.granted" in href
    exported = page.request.get(f"{stack.base}{href}")
    assert exported.ok and exported.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(exported.text())))
    assert rows and {r["action"] for r in rows} == {"approval.granted"}
    assert any(r["subject"] == OUTAGE and r["outcome_text"] == "approved" for r in rows)
    as_json = json.loads(page.request.get(f"{stack.base}{page.locator('#audit-json').get_attribute('href')}").text())
    assert [r["audit_id"] for r in as_json] == [r["audit_id"] for r in rows]
    approver.shots("09-audit")
    assert not errors, f"JavaScript errors on the page: {errors}"


def test_the_incident_list_keeps_its_place_while_rows_arrive_above(stack: Stack, browser: Browser) -> None:
    """A reader scrolled down the list keeps the row they read in place when a worse incident
    arrives above it. The rows are made up (forty of them, more than a NOC sees at once); they go
    through the page's own module, as the live stream's incidents do."""
    errors: list[Any] = []
    console = Console(browser, stack, "viewer", errors)
    moved = console.page.evaluate(
        """async () => {
            const m = await import('/ui/js/incidents.js');
            const now = Date.now() / 1000;
            const made = (n, severity) => ({
                incident_id: `inc-list${n}`, state: 'open', root_cause: `row-${n}`, root_cause_kind: 'cell',
                probable_cause: 'cell_outage', perceived_severity: severity, entities: [`row-${n}`], anomalies: [],
                opened_at: now - n, updated_at: now - n, remediation: '' });
            m.setIncidents(Array.from({ length: 40 }, (_, n) => made(n, 'major')));
            const ul = document.querySelector('#incidents');
            const row = () => ul.querySelector('[data-incident="inc-list20"]');
            ul.scrollTop = row().offsetTop;
            const before = row().offsetTop - ul.scrollTop;
            m.onIncident(made(99, 'critical'));  // sorts first, above the reader
            const first = ul.firstElementChild.dataset.incident;
            return { before, after: row().offsetTop - ul.scrollTop, first };
        }"""
    )
    assert moved["first"] == "inc-list99"
    assert abs(moved["after"] - moved["before"]) <= 1, moved
    assert not errors, errors
