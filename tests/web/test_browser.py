"""End to end in a real headless Chromium (Debian's package, driven by Playwright):
sign up, create a project, send an error with the real sentry-sdk, watch it arrive
without reloading, read the stack trace, follow the fix story to the diff, retry the fix,
revoke a key; and a user of another organisation sees none of it.

With ``BUGSTACK_SCREENSHOTS=1`` the same run rewrites the screenshots in docs/screenshots.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import sentry_sdk
from playwright.sync_api import Browser, Page, expect, sync_playwright
from sentry_sdk.integrations.flask import FlaskIntegration

from bugstack.domain.keys import ApiKey
from tests.support.envelopes import error_event, event_envelope
from tests.support.server import ThreadServer
from tests.web.conftest import PASSWORD
from tests.web.fixtures import insert_fixed_attempt
from tests.web.test_issues import make_app

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
LIVE_TIMEOUT_MS = 20_000


@pytest.fixture(scope="module")
def chromium() -> Iterator[Browser]:
    assert Path(CHROMIUM).exists(), "install Debian's chromium (make setup does)"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[ThreadServer]:
    with ThreadServer(tmp_path) as running:
        yield running


def shoot(page: Page, name: str, full_page: bool = True) -> None:
    if os.environ.get("BUGSTACK_SCREENSHOTS") == "1":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=full_page)


def send_errors(dsn: str, *order_ids: int) -> None:
    sentry_sdk.init(
        dsn=dsn,
        release="shop@2.0",
        environment="production",
        include_local_variables=True,
        default_integrations=False,
        integrations=[FlaskIntegration()],
    )
    try:
        client = make_app().test_client()
        for order_id in order_ids:
            client.get(f"/orders/{order_id}")
        sentry_sdk.flush()
    finally:
        sentry_sdk.get_client().close()


def test_a_team_day_with_an_error(chromium: Browser, live_server: ThreadServer) -> None:
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.on("dialog", lambda dialog: dialog.accept())

    # Sign up: the first visit goes straight to creating the first account.
    page.goto(live_server.url)
    expect(page.get_by_role("heading", name="Welcome to bugstack")).to_be_visible()
    shoot(page, "signup")
    page.get_by_label("Your name").fill("Ada")
    page.get_by_label("Email").fill("ada@example.com")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()

    # Create a project; its key and the SDK snippet are shown once.
    expect(page.get_by_role("heading", name="New project")).to_be_visible()
    page.get_by_label("Name").fill("shop")
    page.get_by_label("Repository").fill("https://git.example/acme/shop.git")
    page.get_by_role("button", name="Create project").click()
    key = page.locator("#api-key").inner_text()
    assert re.fullmatch(r"bs_\d+_[0-9a-f]{32}", key)
    expect(page.locator("#sdk-snippet")).to_contain_text(f'bugstack.init(api_key="{key}"')
    shoot(page, "project-settings")
    project_id = ApiKey.parse(key).project_id

    # The issues list is empty, and the error appears on it without a reload.
    page.get_by_role("link", name="shop").first.click()
    expect(page.get_by_text("No open issue")).to_be_visible()
    send_errors(ApiKey.parse(key).dsn(live_server.url), 7, 8, 9)
    row_link = page.get_by_role("link", name="KeyError: 7")
    expect(row_link).to_be_visible(timeout=LIVE_TIMEOUT_MS)
    expect(page.locator(".issue-row .num")).to_have_text("3")
    shoot(page, "issues")
    page.set_viewport_size({"width": 390, "height": 844})
    shoot(page, "issues-phone")
    page.set_viewport_size({"width": 1280, "height": 900})

    # Read the stack trace: the app's frames open, the library's folded.
    row_link.click()
    expect(page.get_by_role("heading", name="KeyError: 7", level=1)).to_be_visible()
    app_frame = page.locator(".frame.in-app").last
    expect(app_frame.locator("summary")).to_contain_text("find_order")
    expect(app_frame.locator(".source .current")).to_contain_text("return ORDERS[order_id]")
    expect(app_frame.locator(".vars")).to_contain_text("order_id")
    library = page.locator(".frame.library details").first
    assert library.get_attribute("open") is None
    library.locator("summary").click()
    assert library.get_attribute("open") is not None
    page.get_by_role("link", name="Older").click()
    expect(page.get_by_role("heading", name=re.compile(r"Event 2 of 3"))).to_be_visible()
    shoot(page, "issue")

    # The pipeline finishes a fix: the story appears live, down to the diff.
    issue_id = int(re.search(r"/issues/(\d+)", page.url).group(1))  # type: ignore[union-attr]
    # The new issue was queued for fixing on arrival (the project names a repository).
    expect(page.locator(".timeline")).to_contain_text("Queued")
    database = live_server.database()
    try:
        insert_fixed_attempt(database, issue_id)
    finally:
        database.dispose()
    expect(page.locator(".timeline")).to_contain_text(
        "Pull request opened", timeout=LIVE_TIMEOUT_MS
    )
    diff = page.get_by_label("Unified diff of the fix")
    expect(diff.locator(".d-add").first).to_have_text("+    if order_id not in ORDERS:")
    expect(page.get_by_role("link", name="https://git.example/acme/shop/pull/12")).to_be_visible()
    page.locator("#fix-story").scroll_into_view_if_needed()
    shoot(page, "fix-story")

    # Retry the fix: a new attempt is queued, and the button waits for it.
    page.get_by_role("button", name="Retry the fix").click()
    expect(page.get_by_text("a new fix attempt is queued")).to_be_visible()
    expect(page.get_by_role("button", name="Retry the fix")).to_be_disabled()

    # Revoke the project's key: the server refuses events sent with it from then on.
    page.goto(f"{live_server.url}/projects/{project_id}/settings")
    page.get_by_role("button", name=re.compile(r"Revoke key")).click()
    expect(page.get_by_text("revoked: events sent with it are now refused")).to_be_visible()
    refused = httpx.post(
        f"{live_server.url}/api/{project_id}/envelope/",
        content=event_envelope(error_event()),
        headers={"X-Sentry-Auth": f"Sentry sentry_version=7, sentry_key={key}"},
    )
    assert refused.status_code == 403

    # An admin adds a person from another organisation, who sees none of it.
    page.goto(f"{live_server.url}/admin/users")
    page.get_by_label("Name", exact=True).fill("Eve")
    page.get_by_label("Email").fill("eve@example.com")
    page.get_by_label("First password").fill(PASSWORD)
    page.get_by_label("Organisation").fill("other-co")
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_text("added eve@example.com")).to_be_visible()
    context.close()

    other = chromium.new_context()
    eve = other.new_page()
    eve.goto(f"{live_server.url}/issues/{issue_id}")
    expect(eve.get_by_role("heading", name="Sign in")).to_be_visible()
    eve.get_by_label("Email").fill("eve@example.com")
    eve.get_by_label("Password").fill(PASSWORD)
    eve.get_by_role("button", name="Sign in").click()
    expect(eve.get_by_role("heading", name="Not found")).to_be_visible()
    expect(eve.locator("main")).to_contain_text("No such issue.")
    assert "KeyError" not in eve.content()
    eve.goto(live_server.url)
    expect(eve.get_by_text("No project yet")).to_be_visible()
    assert "shop" not in eve.locator("main").inner_text()
    other.close()
