"""The recurrence watch wired into the server: a merged fix, then events from the real
sentry-sdk through the real ingest, releases placed with git in a real repository, the
pull request on a GitHub fake, notifications to a loopback webhook and a real SMTP server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
import sentry_sdk
from sqlalchemy import update

from bugstack.pipeline.reaper import sweep
from bugstack.pipeline.recurrence_watch import resolve_quiet_issues
from bugstack.server.storage.models import Issue
from tests.deliver.conftest import Project as Repo
from tests.deliver.fakes.github import FakeGitHub
from tests.pipeline.recurrence_kit import (
    Inbox,
    Receiver,
    channels,
    configure,
    github_for,
    issue_row,
    make_repo,
    merge_a_fix,
    settle,
    smtp_inbox,
    until,
    use_github,
    webhook_receiver,
)
from tests.support.envelopes import error_event, event_envelope
from tests.support.server import ProjectInfo, ThreadServer


@pytest.fixture
def repo(tmp_path: Path) -> Repo:
    return make_repo(tmp_path)


@pytest.fixture
def github(repo: Repo) -> Iterator[FakeGitHub]:
    with github_for(repo) as fake:
        yield fake


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with webhook_receiver() as made:
        yield made


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, int]]:
    with smtp_inbox() as made:
        yield made


def ratio(a: int, b: int) -> float:
    return a / b


def lookup(table: dict[str, int], key: str) -> int:
    return table[key]


def _report(server: ThreadServer, project: ProjectInfo, release: str, fn: Any, *args: Any,
            stored: int) -> None:
    """The app, running ``release``, raises in ``fn``; sentry-sdk reports it."""
    sentry_sdk.init(dsn=project.dsn, release=release, default_integrations=False)
    try:
        try:
            fn(*args)
        except Exception:
            sentry_sdk.capture_exception()
        sentry_sdk.flush()
    finally:
        sentry_sdk.get_client().close()
    assert len(server.wait_for_events(project.id, stored, timeout=30)) == stored
    settle(server)


def _issue_of(server: ThreadServer, project: ProjectInfo, exception_type: str) -> int:
    (issue,) = [i for i in server.issues(project.id) if i["exception_type"] == exception_type]
    return int(issue["id"])


def test_a_release_with_the_merged_fix_regresses_the_issue_and_says_so(
    database_url: str, tmp_path: Path, repo: Repo, github: FakeGitHub, receiver: Receiver,
    smtp: tuple[Inbox, int],
) -> None:
    inbox, smtp_port = smtp
    with ThreadServer(tmp_path / "server", database_url) as server:
        project = server.new_project("shop")
        use_github(server, project, repo, github,
                   notifications=json.dumps(channels(receiver, smtp_port)))

        _report(server, project, repo.base, ratio, 1, 0, stored=1)
        issue_id = _issue_of(server, project, "ZeroDivisionError")
        until(lambda: "new_issue" in receiver.kinds() and "new_issue" in inbox.kinds(),
              what="the new issue on the webhook and by email")

        pr, merge_commit = merge_a_fix(server, project, issue_id, repo, github, tmp_path)
        assert issue_row(server, issue_id).fix_commit == merge_commit

        # The old release is still running somewhere: expected, nothing changes.
        _report(server, project, repo.base, ratio, 1, 0, stored=2)
        issue = issue_row(server, issue_id)
        assert issue.status == "fix_proposed" and issue.fix_release is None
        assert github.pulls[pr].comments == []

        # Another error from the release built on the merged main: the fix is deployed.
        _report(server, project, merge_commit, lookup, {}, "sku", stored=3)
        issue = issue_row(server, issue_id)
        assert issue.status == "fix_proposed"
        assert issue.fix_release == merge_commit and issue.fix_release_at is not None

        # The fixed error comes back from that release: regressed, said and notified.
        _report(server, project, merge_commit, ratio, 2, 0, stored=4)
        until(lambda: issue_row(server, issue_id).status == "regressed", what="regressed")
        assert issue_row(server, issue_id).resolved_at is None
        (comment,) = github.pulls[pr].comments
        assert f"came back in release `{merge_commit}`" in comment
        assert f"/issues/{issue_id}" in comment
        until(lambda: "regressed" in receiver.kinds() and "regressed" in inbox.kinds(),
              what="the regression on the webhook and by email")
        (body,) = [b for b in receiver.bodies if b["event"] == "regressed"]
        assert body["issue_id"] == issue_id and body["details"]["release"] == merge_commit
        assert str(body["details"]["pull_request"]).endswith(str(pr))
        assert "which contains the fix" in body["summary"]
        # Old-release events told nobody anything.
        assert receiver.kinds().count("regressed") == 1


def _send(server: ThreadServer, project: ProjectInfo, **event: Any) -> None:
    response = httpx.post(f"{server.url}/api/{project.id}/envelope/",
                          content=event_envelope(error_event(**event)),
                          headers={"X-Sentry-Auth": f"Sentry sentry_key={project.api_key}"},
                          timeout=30)
    assert response.status_code == 200, response.text


def test_a_fix_release_that_serves_its_quiet_period_resolves_the_issue(
    database_url: str, tmp_path: Path, repo: Repo, github: FakeGitHub, receiver: Receiver,
) -> None:
    with ThreadServer(tmp_path / "server", database_url) as server:
        project = server.new_project("shop")
        use_github(server, project, repo, github, quiet_period=1, notifications=json.dumps(
            [{"type": "webhook", "url": receiver.url, "secret": "s"}]))
        _send(server, project, release=repo.base)
        settle(server)
        (issue,) = server.issues(project.id)
        pr, merge_commit = merge_a_fix(server, project, issue["id"], repo, github, tmp_path)

        _send(server, project, function="pay", release=merge_commit)
        settle(server)
        since = issue_row(server, issue["id"]).fix_release_at
        assert since is not None
        database = server.database()
        try:
            # Not before the period is over (a moment half-way through it).
            assert resolve_quiet_issues(database, since + timedelta(seconds=0.5)) == []
            assert issue_row(server, issue["id"]).status == "fix_proposed"

            def swept_resolved() -> bool:
                sweep(database, lambda _attempt: None, lease=60)
                return issue_row(server, issue["id"]).status == "resolved"

            until(swept_resolved, what="the sweep to resolve the issue")
            resolved = issue_row(server, issue["id"])
            assert resolved.resolved_at is not None

            # The old release, seen before the resolution, does not reopen it.
            _send(server, project, release=repo.base)
            settle(server)
            assert issue_row(server, issue["id"]).status == "resolved"
            assert github.pulls[pr].comments == []
        finally:
            database.dispose()

        # Long after: the error from the release with the fix. The ingest reopens it (a
        # release the issue was not seen in); the watch says the fix is in that release.
        _send(server, project, release=merge_commit)
        settle(server)
        assert issue_row(server, issue["id"]).status == "regressed"
        (comment,) = github.pulls[pr].comments
        assert f"came back in release `{merge_commit}`" in comment
        until(lambda: "regressed" in receiver.kinds(), what="the regression notification")
        (body,) = [b for b in receiver.bodies if b["event"] == "regressed"]
        assert "which contains the fix" in body["summary"]
        assert body["details"]["release"] == merge_commit


def test_a_regression_with_a_person_s_status_in_between_is_left_alone(
    database_url: str, tmp_path: Path, repo: Repo, github: FakeGitHub,
) -> None:
    with ThreadServer(tmp_path / "server", database_url) as server:
        project = server.new_project("shop")
        use_github(server, project, repo, github)
        _send(server, project, release=repo.base)
        settle(server)
        (issue,) = server.issues(project.id)
        pr, merge_commit = merge_a_fix(server, project, issue["id"], repo, github, tmp_path)
        configure(server, project, notifications=None)
        database = server.database()
        try:
            with database.engine.begin() as connection:
                connection.execute(update(Issue).where(Issue.id == issue["id"])
                                   .values(status="ignored"))
        finally:
            database.dispose()
        _send(server, project, release=merge_commit)
        settle(server)
        assert issue_row(server, issue["id"]).status == "ignored"
        assert github.pulls[pr].comments == []
