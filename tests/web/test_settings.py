"""Project settings: credentials sealed and never shown back, notifications with a test
send to a real loopback webhook, and API keys made and revoked."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, HTTPServer

import httpx
import pytest
from sqlalchemy import select, update

from bugstack.deliver.notify.webhook import verify_signature
from bugstack.server.secrets import CredentialBox
from bugstack.server.storage.models import Issue, Project
from tests.support.envelopes import error_event, event_envelope
from tests.support.server import ThreadServer
from tests.web.conftest import Browser, create_project

TOKEN = "ghp_this-must-never-be-shown-0123456789"


def _project(server: ThreadServer, project_id: int) -> Project:
    database = server.database()
    with database.session() as session:
        project = session.scalars(select(Project).where(Project.id == project_id)).one()
    database.dispose()
    return project


def test_settings_are_saved_and_credentials_are_sealed(
    server: ThreadServer, admin: Browser
) -> None:
    project_id, _ = create_project(admin, "shop")
    admin.get(f"/projects/{project_id}/settings")
    saved = admin.post(
        f"/projects/{project_id}/settings",
        {
            "repository": "https://git.example/shop.git",
            "test_command": "pytest -q tests",
            "default_branch": "trunk",
            "merge_policy": "auto-merge",
            "forge_kind": "github",
            "forge_repository": "acme/shop",
            "credential_token": TOKEN,
            "credential_username": "bot",
        },
    )
    assert saved.status_code == 200 and "settings saved" in saved.text
    assert TOKEN not in saved.text and "Set now: token, username." in saved.text
    project = _project(server, project_id)
    assert project.repository == "https://git.example/shop.git"
    assert project.test_command == "pytest -q tests" and project.default_branch == "trunk"
    assert project.merge_policy == "auto-merge" and project.auto_fix is False  # box unticked
    assert project.forge_kind == "github" and project.forge_repository == "acme/shop"
    assert project.credentials is not None and TOKEN.encode() not in project.credentials
    box = CredentialBox.for_data_dir(server.data_dir)
    assert box.open(project.credentials) == {"token": TOKEN, "username": "bot"}

    # Saving again with the credential fields empty keeps them; "forget" removes them.
    admin.post(
        f"/projects/{project_id}/settings",
        {"merge_policy": "review", "auto_fix": "on", "forge_kind": "git"},
    )
    project = _project(server, project_id)
    assert project.auto_fix and project.merge_policy == "review"
    assert project.credentials is not None
    assert box.open(project.credentials)["token"] == TOKEN
    admin.post(
        f"/projects/{project_id}/settings", {"forge_kind": "git", "forget_credentials": "on"}
    )
    assert _project(server, project_id).credentials is None


def test_bad_settings_are_refused_and_nothing_is_saved(
    server: ThreadServer, admin: Browser
) -> None:
    project_id, _ = create_project(admin, "shop")
    admin.get(f"/projects/{project_id}/settings")
    response = admin.post(
        f"/projects/{project_id}/settings",
        {"repository": "/srv/new", "forge_kind": "gitlab", "merge_policy": "yolo"},
    )
    assert response.status_code == 422
    assert "Nothing was saved" in response.text and "choose review or auto-merge" in response.text
    assert "the forge needs the repository as owner/name" in response.text
    assert _project(server, project_id).repository is None


class _Receiver(BaseHTTPRequestHandler):
    received: list[tuple[dict[str, str], bytes]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.received.append((dict(self.headers), body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def webhook() -> Iterator[tuple[str, list[tuple[dict[str, str], bytes]]]]:
    received: list[tuple[dict[str, str], bytes]] = []
    handler = type("Receiver", (_Receiver,), {"received": received})
    http = HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=http.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{http.server_port}/hook", received
    finally:
        http.shutdown()
        http.server_close()


def test_notifications_are_validated_masked_and_tested(
    server: ThreadServer,
    admin: Browser,
    webhook: tuple[str, list[tuple[dict[str, str], bytes]]],
) -> None:
    url, received = webhook
    project_id, _ = create_project(admin, "shop")
    admin.get(f"/projects/{project_id}/settings")
    nothing = admin.post(f"/projects/{project_id}/notifications/test")
    assert "no channel is set up yet" in nothing.text

    bad = admin.post(
        f"/projects/{project_id}/notifications", {"notifications": '[{"type": "pager"}]'}
    )
    assert bad.status_code == 422 and "unknown channel type" in bad.text
    assert (
        admin.post(
            f"/projects/{project_id}/notifications", {"notifications": "{not json"}
        ).status_code
        == 422
    )

    channels = [{"type": "webhook", "url": url, "secret": "hush-hush-secret"}]
    saved = admin.post(
        f"/projects/{project_id}/notifications", {"notifications": json.dumps(channels)}
    )
    assert "notifications saved" in saved.text
    assert "hush-hush-secret" not in saved.text and "(unchanged)" in saved.text
    # Sending the masked form back unchanged keeps the stored secret.
    masked = re.search(r'<textarea id="notifications-json"[^>]*>([^<]*)</textarea>', saved.text)
    assert masked
    import html

    admin.post(
        f"/projects/{project_id}/notifications", {"notifications": html.unescape(masked.group(1))}
    )
    # Stored sealed: a copy of the database does not reveal the channel's secret.
    raw = _project(server, project_id).notifications or "[]"
    assert "hush-hush-secret" not in raw
    assert json.loads(raw)[0]["secret"].startswith("sealed:")

    sent = admin.post(f"/projects/{project_id}/notifications/test")
    notice = re.search(r'<p class="notice">([^<]*)</p>', sent.text)
    assert notice and notice.group(1) == f"webhook {url}: sent", notice
    ((headers, body),) = received
    assert json.loads(body)["project"] == "shop"
    # ... and opened to sign: the receiver's check with the secret typed in passes.
    signature = {k.lower(): v for k, v in headers.items()}["x-bugstack-signature"]
    assert verify_signature("hush-hush-secret", body, signature)


def _send(server: ThreadServer, project_id: int, key: str) -> httpx.Response:
    return httpx.post(
        f"{server.url}/api/{project_id}/envelope/",
        content=event_envelope(error_event()),
        headers={"X-Sentry-Auth": f"Sentry sentry_version=7, sentry_key={key}"},
    )


def test_keys_are_made_shown_once_and_revoked(server: ThreadServer, admin: Browser) -> None:
    project_id, first_key = create_project(admin, "shop")
    assert _send(server, project_id, first_key).status_code == 200
    page = admin.get(f"/projects/{project_id}/settings").text
    assert first_key not in page  # shown once, when made
    made = admin.post(f"/projects/{project_id}/keys")
    second_key = re.search(r'id="api-key"[^>]*>(bs_\d+_[0-9a-f]{32})<', made.text)
    assert second_key and second_key.group(1) != first_key
    assert f'api_key="{second_key.group(1)}"' in made.text  # the SDK snippet, ready to copy
    assert f'url="{server.url}"' in made.text

    key_ids = re.findall(rf'action="/projects/{project_id}/keys/(\d+)/revoke"', made.text)
    assert len(key_ids) == 2
    revoked = admin.post(f"/projects/{project_id}/keys/{key_ids[0]}/revoke")
    assert "revoked: events sent with it are now refused" in revoked.text
    assert _send(server, project_id, first_key).status_code == 403
    assert _send(server, project_id, second_key.group(1)).status_code == 200
    assert admin.post(f"/projects/{project_id}/keys/99999/revoke").status_code == 404


def test_the_quiet_period_is_set_here_and_the_watch_shows_on_the_issue(
    server: ThreadServer, admin: Browser
) -> None:
    project_id, key = create_project(admin, "shop")
    admin.get(f"/projects/{project_id}/settings")
    refused = admin.post(f"/projects/{project_id}/settings",
                         {"forge_kind": "git", "quiet_period": "soon"})
    assert refused.status_code == 422 and "is not a duration" in refused.text
    assert _project(server, project_id).quiet_period is None
    saved = admin.post(f"/projects/{project_id}/settings",
                       {"forge_kind": "git", "quiet_period": "12h"})
    assert saved.status_code == 200 and _project(server, project_id).quiet_period == 43200
    shown = admin.get(f"/projects/{project_id}/settings").text
    assert re.search(r'id="quiet_period" name="quiet_period" value="12h"', shown)

    httpx.post(f"{server.url}/api/{project_id}/envelope/",
               content=event_envelope(error_event()), timeout=30,
               headers={"X-Sentry-Auth": f"Sentry sentry_key={key}"}).raise_for_status()
    (issue,) = server.issues(project_id)  # the answer came once the event was stored
    issue_id = issue["id"]
    page = admin.get(f"/issues/{issue_id}").text
    assert "Recurrence watch" not in page  # nothing merged, nothing watched

    database = server.database()
    try:
        with database.engine.begin() as connection:
            connection.execute(update(Issue).where(Issue.id == issue_id).values(
                status="fix_proposed", fix_release="2.0",
                fix_release_at=datetime(2026, 11, 1, 8, 0, tzinfo=UTC)))
    finally:
        database.dispose()
    watch = admin.get(f"/issues/{issue_id}").text
    watch = watch[watch.index('id="recurrence-watch"'):]
    watch = watch[:watch.index("</dd>")]
    assert "release 2.0" in watch and "2026-11-01 08:00:00" in watch
    assert "resolves at" in watch and "2026-11-01 20:00:00" in watch  # 8:00 + 12h
    assert "quiet period 12h" in watch
