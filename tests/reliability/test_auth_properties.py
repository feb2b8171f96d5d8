"""Properties of authentication, each attacked directly:

* a session lives as long as the server's setting says, and its cookie is refused after;
* every form that changes something refuses a request without its own session's CSRF
  token (the forms are enumerated from the application, as in the tenancy test);
* a copy of the database reveals no API key, token, session cookie or password, and no
  forge or model credential (every row of every table is searched for the plaintext);
* a key or token revoked is refused on the very next request.
"""

from __future__ import annotations

import re
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import MetaData, select

from bugstack.domain.keys import hash_secret
from bugstack.server.config import Settings
from bugstack.server.storage.models import WebSession
from tests.reliability.accounts_world import (  # noqa: F401  (world_fixture: the fixture)
    World,
    personal_token,
    store_event,
    world_fixture,
)
from tests.reliability.conftest import Figures
from tests.reliability.test_tenancy_routes import (
    ROUTES,
    Caller,
    enumerate_routes,
    route_params,
    unchanged_in_a,
)
from tests.support.server import ThreadServer
from tests.web.conftest import PASSWORD, Browser

COOKIE = "bugstack_session"


# --- Sessions ------------------------------------------------------------------------------


def test_the_session_lifetime_is_a_setting() -> None:
    assert Settings().session_lifetime == timedelta(days=14)
    with pytest.MonkeyPatch.context() as env:
        env.setenv("BUGSTACK_SESSION_HOURS", "8")
        assert Settings.from_env().session_lifetime == timedelta(hours=8)


def _account_with(url: str, cookie: str) -> httpx.Response:
    # The cookie sent by hand: a browser would drop it at Max-Age, an attacker would not.
    return httpx.get(f"{url}/account", headers={"Cookie": f"{COOKIE}={cookie}"},
                     follow_redirects=False, timeout=30)


def test_an_expired_session_cookie_is_refused(
    database_url: str, tmp_path: Path, figures: Figures
) -> None:
    lifetime = timedelta(seconds=3)
    with ThreadServer(tmp_path, database_url, session_lifetime=lifetime) as server:
        browser = Browser(server.url)
        try:
            browser.get("/signup")
            signed = browser.client.post("/signup", follow_redirects=False, data={
                "email": "ada@example.com", "name": "Ada", "password": PASSWORD,
                "csrf": browser.csrf})
            assert signed.status_code == 303
            assert re.search(r"Max-Age=3\b", signed.headers["set-cookie"], re.I)
            cookie = signed.cookies[COOKIE]
        finally:
            browser.close()
        database = server.database()
        try:
            with database.session() as session:
                row = session.scalars(select(WebSession)).one()
                assert row.expires_at - row.created_at == lifetime
            deadline = time.monotonic() + 60
            answer = _account_with(server.url, cookie)
            while answer.status_code == 200 and time.monotonic() < deadline:
                time.sleep(0.2)
                answer = _account_with(server.url, cookie)
            refused = answer.status_code == 303 and answer.headers["location"].startswith(
                "/login")
            figures.attempt("hostile_input", "expired session cookie replayed", refused,
                            f"answered {answer.status_code}")
            assert refused, answer.status_code
            # Refused for good, and the row is gone: nothing left to steal and replay.
            assert _account_with(server.url, cookie).status_code == 303
            with database.session() as session:
                assert session.scalars(select(WebSession)).all() == []
        finally:
            database.dispose()


# --- CSRF ----------------------------------------------------------------------------------


def _form_routes(world: World) -> list[str]:
    """Every form POST of the dashboard (the REST API takes a bearer token, which a
    browser never sends by itself, and the webhook a forge's signature)."""
    return sorted(key for key in enumerate_routes(world.server.app)
                  if key.startswith("POST ") and not key.startswith("POST /api/"))


def test_every_form_refuses_a_missing_forged_or_foreign_csrf_token(
    world: World, figures: Figures
) -> None:
    caller = Caller(world, route_params(world))
    a_client, b_client = world.a.browser.client, world.b.browser.client
    b_token = caller.csrf_of(b_client)
    a_token = caller.csrf_of(a_client)
    assert a_token and b_token and a_token != b_token
    failures = []
    forms = _form_routes(world)
    assert "POST /projects/{project_id}/keys" in forms and "POST /login" in forms
    for key in forms:
        path = caller.path(key)
        fields = {"organization": str(world.a.organization_id), **ROUTES[key].form}
        for variant, token in (("none", None), ("forged", "x" * 43), ("another session's",
                                                                      b_token)):
            data = dict(fields) if token is None else {**fields, "csrf": token}
            if key in ("POST /login", "POST /signup"):
                # Before sign-in the token is bound to a cookie set with the form: a
                # stranger's browser posting cross-site has no such cookie.
                response = httpx.post(world.server.url + path, data={
                    **data, "email": "ada@alpha.example", "password": PASSWORD},
                    follow_redirects=False, timeout=30)
            else:
                response = a_client.post(path, data=data, follow_redirects=False)
            held = response.status_code == 403
            figures.attempt("hostile_input", f"csrf {variant}: {key}", held,
                            f"answered {response.status_code}")
            if not held:
                failures.append(f"{key} with {variant} token: {response.status_code}")
    changed = unchanged_in_a(world)
    # The refused logout did not sign A out, the refused password change changed nothing.
    assert a_client.get("/account", follow_redirects=False).status_code == 200
    fresh = Browser(world.server.url)
    try:
        assert fresh.log_in("ada@alpha.example").url.path == "/"
    finally:
        fresh.close()
    assert not (failures or changed), failures + changed


# --- Secrets at rest -----------------------------------------------------------------------


def _every_value(world: World) -> list[str]:
    """Every value of every row of every table, as text (bytes decoded leniently)."""
    database = world.server.database()
    values: list[str] = []
    try:
        metadata = MetaData()
        metadata.reflect(database.engine)
        with database.engine.connect() as connection:
            for table in metadata.sorted_tables:
                for row in connection.execute(table.select()):
                    for value in row:
                        if isinstance(value, bytes | memoryview):
                            values.append(bytes(value).decode("latin-1"))
                        elif value is not None:
                            values.append(str(value))
    finally:
        database.dispose()
    return values


def test_a_copy_of_the_database_reveals_no_secret(world: World) -> None:
    admin = world.a.browser
    forge_token = f"ghp_{uuid.uuid4().hex}"
    model_key = f"sk-ant-{uuid.uuid4().hex}"
    admin.get(f"/projects/{world.a.project_id}/settings")
    saved = admin.post(f"/projects/{world.a.project_id}/settings", {
        "forge_kind": "github", "forge_repository": "alpha/shop",
        "credential_token": forge_token, "credential_model_api_key": model_key})
    assert "settings saved" in saved.text
    assert forge_token not in saved.text and model_key not in saved.text
    session_cookie = admin.client.cookies[COOKIE]
    secrets = {
        "project key": world.a.key, "project key's secret part": world.a.key.split("_")[-1],
        "personal token": world.a.token, "spare token": world.spare_token,
        "session cookie": session_cookie, "password": PASSWORD,
        "forge token": forge_token, "model API key": model_key,
        "webhook secret": world.a.webhook_secret,
    }
    dump = "\n".join(_every_value(world))
    found = [name for name, secret in secrets.items() if secret in dump]
    assert not found, f"stored in plaintext: {found}"
    # Stored, but only as digests: each one's SHA-256 is there to check against.
    for name in ("project key", "personal token", "session cookie"):
        assert hash_secret(secrets[name]) in dump, name


# --- Revocation ----------------------------------------------------------------------------


def test_a_revoked_key_or_token_is_refused_on_the_next_request(
    world: World, figures: Figures
) -> None:
    url, admin = world.server.url, world.a.browser
    project = world.a.project_id
    # A key made and revoked through the dashboard, used at once.
    admin.get(f"/projects/{project}/settings")
    made = admin.post(f"/projects/{project}/keys")
    key = re.search(r'id="api-key"[^>]*>(bs_\d+_[0-9a-f]{32})<', made.text)
    assert key
    assert store_event(url, project, key.group(1), "before revocation").status_code == 200
    revoke = re.findall(rf'action="(/projects/{project}/keys/\d+/revoke)"', made.text)
    assert revoke
    admin.post(revoke[-1])
    answer = store_event(url, project, key.group(1), "after revocation")
    figures.attempt("hostile_input", "revoked project key, next request", answer.status_code
                    == 403, f"answered {answer.status_code}")
    assert answer.status_code == 403

    # A personal token revoked on the account page, used at once.
    token = personal_token(admin, world.a.organization_id, "short-lived")
    headers = {"Authorization": f"Bearer {token}"}
    assert httpx.get(f"{url}/api/v1/projects", headers=headers).status_code == 200
    listing = admin.get("/account").text
    forms = re.findall(r'action="(/account/tokens/\d+/revoke)"', listing)
    admin.post(forms[-1])
    answer = httpx.get(f"{url}/api/v1/projects", headers=headers)
    figures.attempt("hostile_input", "revoked personal token, next request",
                    answer.status_code == 401, f"answered {answer.status_code}")
    assert answer.status_code == 401

    # A token revoked from the command line's side (the row), on a server that had just
    # accepted it: nothing is cached between requests.
    assert httpx.get(f"{url}/api/v1/projects",
                     headers={"Authorization": f"Bearer {world.spare_token}"}
                     ).status_code == 200
    _revoke_row(world, world.spare_token)
    answer = httpx.get(f"{url}/api/v1/projects",
                       headers={"Authorization": f"Bearer {world.spare_token}"})
    figures.attempt("hostile_input", "token revoked in the database, next request",
                    answer.status_code == 401, f"answered {answer.status_code}")
    assert answer.status_code == 401


def _revoke_row(world: World, token: str) -> None:
    from bugstack.server.storage.models import ApiToken

    database = world.server.database()
    try:
        with database.session() as session:
            row: Any = session.scalars(select(ApiToken).where(
                ApiToken.digest == hash_secret(token))).one()
            row.revoked_at = datetime.now(UTC)
            session.commit()
    finally:
        database.dispose()
