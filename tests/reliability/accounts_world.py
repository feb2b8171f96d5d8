"""Two organisations on one running server, built through the same doors people use.

Organisation A (the first sign-up, the admin, in ``default``) has a project with an issue
made by a real ingest request, a spare key, a fix attempt, personal tokens and a second
member; organisation B (``beta-co``) has one non-admin member with a project and a
token of its own. Every value of A that must never reach B is a *marker*.
"""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from bugstack.server.api.webhooks import WEBHOOK_SECRET
from bugstack.server.secrets import CredentialBox
from bugstack.server.storage.models import Event, Issue, Membership, Project, ProjectKey, User
from tests.support.server import ThreadServer
from tests.web.conftest import PASSWORD, Browser, create_project
from tests.web.fixtures import insert_fixed_attempt

__all__ = ["Org", "World", "build_world", "store_event", "world_fixture"]

_TOKEN = re.compile(r'id="new-token"[^>]*>(bst_[0-9a-f]+)<')


@dataclass
class Org:
    browser: Browser
    organization_id: int
    project_id: int
    key: str
    token: str
    webhook_secret: str


@dataclass
class World:
    server: ThreadServer
    a: Org
    b: Org
    issue_id: int
    event_id: str
    fix_id: int
    spare_key_id: int
    spare_token: str
    spare_token_id: int
    second_member_id: int
    #: Strings of organisation A that no answer to B or to a stranger may contain.
    markers: list[str] = field(default_factory=list)


def store_event(url: str, project_id: int, key: str, message: str) -> httpx.Response:
    """One error event through the Sentry store endpoint, as an SDK sends it."""
    event = {
        "event_id": uuid.uuid4().hex,
        "platform": "python",
        "level": "error",
        "exception": {"values": [{
            "type": "KeyError", "value": message,
            "stacktrace": {"frames": [{"filename": "shop/orders.py", "function": "find_order",
                                       "module": "shop.orders", "lineno": 7,
                                       "in_app": True}]},
        }]},
    }
    return httpx.post(f"{url}/api/{project_id}/store/", json=event, timeout=20,
                      headers={"X-Sentry-Auth": f"Sentry sentry_version=7, sentry_key={key}"})


def personal_token(browser: Browser, organization_id: int, name: str) -> str:
    browser.get("/account")
    page = browser.post("/account/tokens", {"name": name,
                                            "organization": str(organization_id)})
    found = _TOKEN.search(page.text)
    assert found, page.text
    return found.group(1)


def _wait_for_issue(server: ThreadServer, project_id: int) -> tuple[int, str]:
    database = server.database()
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with database.session() as session:
                row = session.execute(select(Event.issue_id, Event.event_id)
                                      .where(Event.project_id == project_id)).first()
            if row is not None:
                return int(row[0]), str(row[1])
            time.sleep(0.05)
        raise AssertionError(f"no event of project {project_id} was stored")
    finally:
        database.dispose()


def _with_webhook_secret(server: ThreadServer, project_id: int) -> str:
    """The project delivers to GitHub and has a webhook secret (sealed, as settings do)."""
    secret = f"whsec-{uuid.uuid4().hex}"
    database = server.database()
    try:
        with database.session() as session:
            project = session.get(Project, project_id)
            assert project is not None
            project.forge_kind, project.forge_repository = "github", "alpha/shop"
            project.credentials = CredentialBox.for_data_dir(server.data_dir).seal(
                {WEBHOOK_SECRET: secret})
            session.commit()
    finally:
        database.dispose()
    return secret


def build_world(server: ThreadServer, new_browser: type[Browser] | None = None) -> World:
    make = new_browser or Browser
    admin = make(server.url)
    assert admin.sign_up("ada@alpha.example", "Ada Alpha").status_code == 200
    admin.get("/admin/users")
    for email, organization in (("eve@beta.example", "beta-co"),
                                ("carol@alpha.example", "default")):
        added = admin.post("/admin/users", {"email": email, "name": email.split("@")[0],
                                            "password": PASSWORD,
                                            "organization": organization})
        assert f"added {email}" in added.text, added.text
    outsider = make(server.url)
    assert outsider.log_in("eve@beta.example").status_code == 200

    a_project, a_key = create_project(admin, "alpha-shop")
    b_project, b_key = create_project(outsider, "beta-shop")
    marker = f"alpha-secret-{uuid.uuid4().hex[:8]}"
    assert store_event(server.url, a_project, a_key, marker).status_code == 200
    issue_id, event_id = _wait_for_issue(server, a_project)
    admin.get(f"/projects/{a_project}/settings")
    admin.post(f"/projects/{a_project}/keys")  # a spare key, to be revoked by its owner

    database = server.database()
    try:
        with database.session() as session:
            a_org = session.get(Project, a_project).organization_id  # type: ignore[union-attr]
            b_org = session.get(Project, b_project).organization_id  # type: ignore[union-attr]
            spare_key_id = max(session.scalars(select(ProjectKey.id)
                                               .where(ProjectKey.project_id == a_project)))
            carol = session.scalars(select(User.id).where(
                User.email == "carol@alpha.example")).one()
            assert session.get(Membership, (carol, a_org)) is not None
            assert session.get(Issue, issue_id) is not None
        fix_id = insert_fixed_attempt(database, issue_id)
    finally:
        database.dispose()

    a = Org(admin, a_org, a_project, a_key, personal_token(admin, a_org, "laptop"),
            _with_webhook_secret(server, a_project))
    b = Org(outsider, b_org, b_project, b_key, personal_token(outsider, b_org, "laptop"),
            _with_webhook_secret(server, b_project))
    spare_token = personal_token(admin, a_org, "spare")
    database = server.database()
    try:
        from bugstack.server.storage.models import ApiToken

        with database.session() as session:
            spare_token_id = session.scalars(select(ApiToken.id).where(
                ApiToken.prefix == spare_token[:10])).one()
    finally:
        database.dispose()
    return World(server=server, a=a, b=b, issue_id=issue_id, event_id=event_id, fix_id=fix_id,
                 spare_key_id=spare_key_id, spare_token=spare_token,
                 spare_token_id=spare_token_id, second_member_id=carol,
                 markers=[marker, "alpha-shop", "ada@alpha.example", "carol@alpha.example",
                          event_id, a.key, a.token])


@pytest.fixture(name="world")
def world_fixture(database_url: str, tmp_path: Path) -> Iterator[World]:
    """Organisations A and B on a running server (import it to use it)."""
    with ThreadServer(tmp_path, database_url) as server:
        built = build_world(server)
        try:
            yield built
        finally:
            built.a.browser.close()
            built.b.browser.close()
