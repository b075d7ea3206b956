"""The API's own documentation page renders in a browser with no way out to the internet."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.api.stack import Stack
from tests.browser.conftest import ARTIFACTS

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_swagger_ui_renders_from_local_files(stack: Stack, page: Page) -> None:
    fetched: set[str] = set()
    page.on("request", lambda request: fetched.add(request.url))
    page.goto(stack.base + "/docs")
    expect(page.locator(".opblock-summary-path[data-path$='/intentManagement/v5/intent']")).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "api-docs.png"))
    elsewhere = {url for url in fetched if url.startswith("http") and not url.startswith(stack.base)}
    assert not elsewhere, f"the page reached out to {sorted(elsewhere)}"
