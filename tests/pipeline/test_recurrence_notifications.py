"""New and regressed issues reach a project's channels from the server after the batch
commits; a dead or hanging channel neither slows nor fails the ingest."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import update

from bugstack.deliver.notify import verify_signature
from bugstack.server.secrets import CredentialBox, seal_channel_secrets
from bugstack.server.storage.models import Issue
from tests.deliver.fakes.http import FakeServer, Request, Response
from tests.pipeline.recurrence_kit import (
    Inbox,
    Receiver,
    channels,
    configure,
    settle,
    smtp_inbox,
    until,
    watch_of,
    webhook_receiver,
)
from tests.support.envelopes import error_event, event_envelope
from tests.support.server import ProjectInfo, ThreadServer


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with webhook_receiver() as made:
        yield made


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    with smtp_inbox() as made:
        yield made


def _send(server: ThreadServer, project: ProjectInfo, **event: Any) -> int:
    response = httpx.post(f"{server.url}/api/{project.id}/envelope/",
                          content=event_envelope(error_event(**event)),
                          headers={"X-Sentry-Auth": f"Sentry sentry_key={project.api_key}"},
                          timeout=30)
    return response.status_code


def test_new_and_regressed_issues_reach_the_webhook_and_the_mailbox(
    database_url: str, tmp_path: Path, receiver: Receiver, smtp: tuple[Inbox, int],
) -> None:
    inbox, port = smtp
    with ThreadServer(tmp_path, database_url) as server:
        project = server.new_project("shop")
        # Stored as the settings page stores them: the channels' secrets sealed.
        sealed = seal_channel_secrets(channels(receiver, port),
                                      CredentialBox.for_data_dir(server.data_dir))
        assert "hook-secret" not in json.dumps(sealed)
        configure(server, project, notifications=json.dumps(sealed))
        assert _send(server, project, release="1.0") == 200
        assert _send(server, project, release="1.0") == 200  # same issue: told once
        until(lambda: receiver.kinds() == ["new_issue"] and inbox.kinds() == ["new_issue"],
              what="one new-issue notification per channel")
        (issue,) = server.issues(project.id)
        body = receiver.bodies[0]
        assert body["project"] == "shop" and body["issue_id"] == issue["id"]
        assert body["link"] == f"{server.url}/issues/{issue['id']}"
        request = next(r for r in receiver.server.requests if r.path == "/hook")
        assert verify_signature("hook-secret", request.body,
                                request.headers["x-bugstack-signature"])
        mail = inbox.messages[0]
        assert mail["Subject"] == f"[shop] New issue: {issue['title']}"
        assert mail["To"] == "team@shop.test"

        # Resolved by a person; the error comes back from a new release.
        database = server.database()
        try:
            with database.engine.begin() as connection:
                connection.execute(update(Issue).where(Issue.id == issue["id"]).values(
                    status="resolved", resolved_at=datetime.now(UTC)))
        finally:
            database.dispose()
        assert _send(server, project, release="1.1") == 200
        until(lambda: receiver.kinds() == ["new_issue", "regressed"]
              and inbox.kinds() == ["new_issue", "regressed"], what="the regression")
        regressed = receiver.bodies[1]
        assert regressed["details"]["release"] == "1.1"
        assert "after the issue was resolved" in regressed["summary"]


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])  # nothing listens there once closed


def test_a_dead_or_hanging_channel_neither_slows_nor_fails_ingest(
    database_url: str, tmp_path: Path,
) -> None:
    entered, release = threading.Event(), threading.Event()
    hanging = FakeServer()

    def hang(_request: Request) -> Response:
        entered.set()
        release.wait(120)
        return Response(204)

    hanging.route("POST", "/hook", hang)
    hanging.start()
    try:
        with ThreadServer(tmp_path, database_url) as server:
            project = server.new_project("shop")
            configure(server, project, notifications=json.dumps([
                {"type": "webhook", "url": f"{hanging.url}/hook", "secret": "s"},
                {"type": "email", "host": "127.0.0.1", "port": _closed_port(),
                 "security": "none", "from": "b@shop.test", "to": ["t@shop.test"]},
            ]))
            assert _send(server, project, function="first") == 200
            assert entered.wait(60), "the notification never reached the webhook"
            # The webhook now holds a notification open, and the mail server refuses
            # connections. Ingest goes on: forty new issues from four clients.
            with ThreadPoolExecutor(4) as pool:
                codes = list(pool.map(lambda n: _send(server, project, function=f"f{n}"),
                                      range(40)))
            assert codes == [200] * 40
            assert not release.is_set()  # all of it while the webhook still hangs
            issues = server.issues(project.id)
            assert len(issues) == 41 and all(i["event_count"] == 1 for i in issues)
            # The notifications wait in the outbox, not in front of the requests.
            assert not watch_of(server).outbox.idle()
            release.set()
    finally:
        release.set()
        hanging.stop()


def test_bad_notification_settings_do_not_stop_the_server(
    database_url: str, tmp_path: Path,
) -> None:
    with ThreadServer(tmp_path, database_url) as server:
        project = server.new_project("shop")
        configure(server, project, notifications='[{"type": "pigeon"}]')
        assert _send(server, project) == 200
        settle(server)
        assert _send(server, project, function="other") == 200
        settle(server)
        assert len(server.issues(project.id)) == 2
