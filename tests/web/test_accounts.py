"""Accounts: the first user signs up as admin, passwords are hashed, sessions live on the
server, every form needs its CSRF token, and one organisation never sees another's data."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import select

from bugstack.server import accounts
from bugstack.server.storage.models import ApiToken, User, WebSession
from tests.support.server import ThreadServer
from tests.web.conftest import PASSWORD, Browser, NewBrowser, create_project


def test_password_hashes_are_salted_and_verified() -> None:
    first, second = accounts.hash_password(PASSWORD), accounts.hash_password(PASSWORD)
    assert first != second and PASSWORD not in first
    assert accounts.verify_password(PASSWORD, first)
    assert not accounts.verify_password(PASSWORD + "x", first)
    assert not accounts.verify_password(PASSWORD, "not-a-hash")


def test_only_the_first_user_signs_up_and_becomes_admin(
    server: ThreadServer, new_browser: NewBrowser
) -> None:
    anonymous = new_browser()
    assert anonymous.get("/").url.path == "/signup"  # no user yet: straight to sign-up
    response = anonymous.sign_up("ada@example.com")
    assert response.url.path == "/projects/new"
    database = server.database()
    with database.session() as session:
        user = session.scalars(select(User)).one()
        assert user.is_admin and user.password_hash.startswith("scrypt$")
        assert PASSWORD not in user.password_hash
    database.dispose()

    late = new_browser()
    closed = late.sign_up("mallory@example.com")
    assert closed.url.path == "/login" and "sign-up is closed" in closed.text


def test_sign_up_refuses_a_short_password_and_keeps_what_was_typed(
    server: ThreadServer, new_browser: NewBrowser
) -> None:
    browser = new_browser()
    browser.get("/signup")
    response = browser.post(
        "/signup", {"email": "ada@example.com", "name": "Ada", "password": "short"}
    )
    assert response.status_code == 422
    assert "at least 10 characters" in response.text
    assert 'value="ada@example.com"' in response.text


def test_login_logout_and_wrong_password(
    server: ThreadServer, new_browser: NewBrowser, admin: Browser
) -> None:
    other = new_browser()
    assert other.log_in("ada@example.com", "wrong password!").status_code == 401
    assert other.get("/").url.path == "/login"
    assert other.log_in("ADA@example.com").url.path == "/"
    assert "Sign out Ada" in other.get("/").text

    other.post("/logout")
    after = other.get("/account")
    assert after.url.path == "/login" and after.url.params["next"] == "/account"


def test_login_redirects_only_to_paths_on_this_site(
    server: ThreadServer, new_browser: NewBrowser, admin: Browser
) -> None:
    browser = new_browser()
    browser.get("/login")
    response = browser.post(
        "/login", {"email": "ada@example.com", "password": PASSWORD, "next": "//evil.example/"}
    )
    assert response.url.host == "127.0.0.1" and response.url.path == "/"


def test_forms_without_the_csrf_token_are_refused(
    server: ThreadServer, new_browser: NewBrowser, admin: Browser
) -> None:
    project_id, _ = create_project(admin, "shop")
    response = admin.post(f"/projects/{project_id}/keys", {"csrf": "forged"})
    assert response.status_code == 403
    response = admin.post(f"/projects/{project_id}/keys", csrf=False)
    assert response.status_code == 403
    # Sign-in forms are protected too, by a cookie set with the form.
    bare = httpx.post(
        f"{server.url}/login", data={"email": "ada@example.com", "password": PASSWORD}
    )
    assert bare.status_code == 403


def test_a_session_is_stored_as_a_digest_and_expires(
    server: ThreadServer, new_browser: NewBrowser, admin: Browser
) -> None:
    cookie = admin.client.cookies["bugstack_session"]
    database = server.database()
    with database.session() as session:
        row = session.scalars(select(WebSession)).one()
        assert cookie not in row.digest
        row.expires_at = datetime.now(UTC) - timedelta(seconds=1)
        session.commit()
    assert admin.get("/").url.path == "/login"
    with database.session() as session:
        assert session.scalars(select(WebSession)).all() == []
    database.dispose()


def _visible_paths(project_id: int, issue_id: int) -> list[str]:
    return [
        f"/projects/{project_id}/issues",
        f"/projects/{project_id}/settings",
        f"/projects/{project_id}/live",
        f"/issues/{issue_id}",
        f"/issues/{issue_id}/live",
    ]


def _action_paths(project_id: int, issue_id: int) -> list[str]:
    return [
        f"/issues/{issue_id}/status",
        f"/issues/{issue_id}/retry",
        f"/issues/{issue_id}/merge-policy",
        f"/projects/{project_id}/settings",
        f"/projects/{project_id}/keys",
        f"/projects/{project_id}/keys/1/revoke",
        f"/projects/{project_id}/notifications",
        f"/projects/{project_id}/notifications/test",
    ]


@pytest.fixture
def shop_with_an_issue(server: ThreadServer, admin: Browser) -> tuple[int, int]:
    import sentry_sdk

    from bugstack.domain.keys import ApiKey

    project_id, key = create_project(admin, "shop")
    sentry_sdk.init(dsn=ApiKey.parse(key).dsn(server.url), default_integrations=False)
    try:
        try:
            {}["secret-sauce"]
        except KeyError:
            sentry_sdk.capture_exception()
        sentry_sdk.flush()
    finally:
        sentry_sdk.get_client().close()
    server.wait_for_events(project_id, 1)
    (issue,) = server.issues(project_id)
    return project_id, int(issue["id"])


def test_a_user_of_another_organisation_sees_nothing(
    server: ThreadServer,
    admin: Browser,
    outsider: Browser,
    shop_with_an_issue: tuple[int, int],
) -> None:
    project_id, issue_id = shop_with_an_issue
    for path in _visible_paths(project_id, issue_id):
        assert admin.get(path).status_code == 200, path
        response = outsider.get(path)
        assert response.status_code == 404, path
        assert "secret-sauce" not in response.text and "shop" not in response.text
    home = outsider.get("/")
    assert "shop" not in home.text and "No project yet" in home.text
    outsider.get("/")
    for path in _action_paths(project_id, issue_id):
        response = outsider.post(path, {"action": "resolve", "merge_policy": "auto-merge"})
        assert response.status_code == 404, path
    # Nothing the outsider tried changed anything.
    issue_page = admin.get(f"/issues/{issue_id}").text
    assert "status-unresolved" in issue_page and "No fix attempt yet" in issue_page
    assert "People" not in home.text and outsider.get("/admin/users").status_code == 403


def test_personal_tokens_reach_the_rest_api_for_their_organisation_only(
    server: ThreadServer,
    admin: Browser,
    outsider: Browser,
    shop_with_an_issue: tuple[int, int],
) -> None:
    project_id, issue_id = shop_with_an_issue

    def make_token(browser: Browser) -> str:
        browser.get("/account")
        page = browser.post("/account/tokens", {"name": "laptop"})
        found = re.search(r'id="new-token"[^>]*>(bst_[0-9a-f]+)<', page.text)
        assert found, page.text
        return found.group(1)

    mine, theirs = make_token(admin), make_token(outsider)

    def api(token: str, path: str) -> httpx.Response:
        return httpx.get(f"{server.url}/api/v1{path}", headers={"Authorization": f"Bearer {token}"})

    assert [p["id"] for p in api(mine, "/projects").json()] == [project_id]
    assert api(mine, f"/issues/{issue_id}").status_code == 200
    assert api(theirs, "/projects").json() == []
    assert api(theirs, f"/issues/{issue_id}").status_code == 404

    # The token is listed by its prefix only, and revoking it locks it out.
    listing = admin.get("/account").text
    assert mine not in listing and mine[:10] in listing
    database = server.database()
    with database.session() as session:
        token_id = session.scalars(select(ApiToken.id).where(ApiToken.prefix == mine[:10])).one()
    database.dispose()
    assert outsider.post(f"/account/tokens/{token_id}/revoke").status_code == 404
    assert api(mine, "/projects").status_code == 200
    admin.get("/account")
    assert "token revoked" in admin.post(f"/account/tokens/{token_id}/revoke").text
    assert api(mine, "/projects").status_code == 401


def test_password_guessing_is_throttled_per_email(
    server: ThreadServer, new_browser: NewBrowser, admin: Browser
) -> None:
    guesser = new_browser()
    for _ in range(5):
        assert guesser.log_in("ada@example.com", "guess-guess-guess").status_code == 401
    blocked = guesser.log_in("ada@example.com")  # even the right password, for now
    assert blocked.status_code == 429 and "too many failed attempts" in blocked.text
    assert guesser.get("/").url.path == "/login"


def test_errors_are_pages_for_people_and_json_for_programs(
    server: ThreadServer, admin: Browser
) -> None:
    page = admin.client.get("/issues/4242", headers={"Accept": "text/html"})
    assert page.status_code == 404
    assert "<h1>Not found</h1>" in page.text and "No such issue." in page.text
    data = admin.client.get("/issues/4242/live", headers={"Accept": "application/json"})
    assert data.status_code == 404 and data.json() == {"detail": "no such issue"}
    api = httpx.get(f"{server.url}/api/v1/issues/1", headers={"Accept": "text/html"})
    assert api.status_code == 401 and api.json()["detail"].startswith("an API token")


def test_changing_the_password_signs_out_every_other_session(
    server: ThreadServer, new_browser: NewBrowser, admin: Browser
) -> None:
    laptop = new_browser()
    assert laptop.log_in("ada@example.com").url.path == "/"
    admin.get("/account")
    wrong = admin.post("/account/password", {"current": "not it at all", "new": "x" * 12})
    assert "the current password is wrong" in wrong.text
    short = admin.post("/account/password", {"current": PASSWORD, "new": "short"})
    assert "at least 10 characters" in short.text
    done = admin.post("/account/password", {"current": PASSWORD, "new": "a brand new secret"})
    assert "every other session is signed out" in done.text
    assert admin.get("/account").url.path == "/account"  # this session stays
    assert laptop.get("/account").url.path == "/login"
    assert new_browser().log_in("ada@example.com", PASSWORD).status_code == 401
    assert new_browser().log_in("ada@example.com", "a brand new secret").url.path == "/"


def test_an_oversized_form_is_refused_before_it_is_read(admin: Browser) -> None:
    admin.get("/account")
    response = admin.client.post("/account/tokens", content=b"name=" + b"x" * 300_000,
                                 headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert response.status_code == 413


def test_removing_a_member_revokes_their_tokens_and_sessions(
    server: ThreadServer, admin: Browser, outsider: Browser
) -> None:
    outsider.get("/account")
    made = outsider.post("/account/tokens", {"name": "ci"})
    token = re.search(r'id="new-token"[^>]*>(bst_[0-9a-f]+)<', made.text)
    assert token
    headers = {"Authorization": f"Bearer {token.group(1)}"}
    assert httpx.get(f"{server.url}/api/v1/projects", headers=headers).status_code == 200

    people = admin.get("/admin/users").text
    found = re.search(
        r'eve@example.com</td><td>other-co</td>\s*<td><form method="post" action="([^"]+)"', people
    )
    assert found and people.count('class="danger"') == 1  # nobody removes themselves
    assert outsider.post(found.group(1)).status_code == 403  # not an admin
    removed = admin.post(found.group(1))
    assert "removed eve@example.com" in removed.text
    assert httpx.get(f"{server.url}/api/v1/projects", headers=headers).status_code == 401
    assert outsider.get("/").url.path == "/login"
    assert admin.post(found.group(1)).status_code == 404
