"""A running server and browser-like HTTP clients for the dashboard tests.

``Browser`` is an httpx client that keeps cookies and reads the CSRF token out of each
page it loads, as a person's browser would; ``signed_up``/``second_org_user`` give a
server with the first admin and, on demand, a user of another organisation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.support.server import ThreadServer

PASSWORD = "correct horse battery"
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


class Browser:
    def __init__(self, url: str) -> None:
        self.client = httpx.Client(base_url=url, follow_redirects=True, timeout=20)
        self.csrf = ""

    def get(self, path: str, **params: Any) -> httpx.Response:
        response = self.client.get(path, params=params)
        if found := _CSRF.search(response.text):
            self.csrf = found.group(1)
        return response

    def post(self, path: str, data: dict[str, str] | None = None,
             csrf: bool = True) -> httpx.Response:
        fields = dict(data or {})
        if csrf:
            fields.setdefault("csrf", self.csrf)
        response = self.client.post(path, data=fields)
        if found := _CSRF.search(response.text):
            self.csrf = found.group(1)
        return response

    def sign_up(self, email: str, name: str = "Ada") -> httpx.Response:
        self.get("/signup")
        return self.post("/signup", {"email": email, "name": name, "password": PASSWORD})

    def log_in(self, email: str, password: str = PASSWORD) -> httpx.Response:
        self.get("/login")
        return self.post("/login", {"email": email, "password": password})

    def close(self) -> None:
        self.client.close()


NewBrowser = Callable[[], Browser]


@pytest.fixture
def server(database_url: str, tmp_path: Path) -> Iterator[ThreadServer]:
    with ThreadServer(tmp_path, database_url) as running:
        yield running


@pytest.fixture
def new_browser(server: ThreadServer) -> Iterator[Callable[[], Browser]]:
    """Makes fresh browsers (no cookies) on the server, closed after the test."""
    made: list[Browser] = []

    def make() -> Browser:
        made.append(Browser(server.url))
        return made[-1]

    yield make
    for browser in made:
        browser.close()


@pytest.fixture
def admin(new_browser: Callable[[], Browser]) -> Browser:
    """The first user, signed up as the administrator of the default organisation."""
    browser = new_browser()
    response = browser.sign_up("ada@example.com")
    assert response.status_code == 200, response.text
    return browser


@pytest.fixture
def outsider(new_browser: Callable[[], Browser], admin: Browser) -> Browser:
    """A user the admin added to a different organisation."""
    admin.get("/admin/users")
    response = admin.post("/admin/users", {"email": "eve@example.com", "name": "Eve",
                                           "password": PASSWORD, "organization": "other-co"})
    assert "added eve@example.com" in response.text
    browser = new_browser()
    assert browser.log_in("eve@example.com").status_code == 200
    return browser


def create_project(browser: Browser, name: str, repository: str = "") -> tuple[int, str]:
    """Make a project through the form; returns its id and the API key shown once."""
    browser.get("/projects/new")
    response = browser.post("/projects/new", {"name": name, "repository": repository})
    assert response.status_code == 200, response.text
    key = re.search(r'id="api-key"[^>]*>(bs_\d+_[0-9a-f]{32})<', response.text)
    project = re.search(r'action="/projects/(\d+)/settings"', response.text)
    assert key and project, response.text
    return int(project.group(1)), key.group(1)
