"""The server's forge webhook endpoint: it authenticates each forge's way with the
project's sealed secret, trusts nothing else in the payload, and only queues again the
fix whose pull request head is the commit and whose CI follow-up is unfinished."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select, update

from bugstack.server.secrets import CredentialBox
from bugstack.server.storage.models import FixAttempt, FixStage, Issue, Project
from tests.support.server import ThreadServer

SECRET = "s3cret-hook"
SHA = "ab" * 20


@pytest.fixture
def server(database_url: str, tmp_path: Path) -> Iterator[ThreadServer]:
    with ThreadServer(tmp_path, database_url) as running:
        yield running


def _project(server: ThreadServer, forge: str, secret: str | None = SECRET) -> int:
    project_id = server.new_project(f"shop-{forge}-{secret}", repository="/nowhere").id
    sealed = CredentialBox.for_data_dir(server.data_dir).seal(
        {"token": "t"} | ({"webhook_secret": secret} if secret else {}))
    database = server.database()
    with database.session() as session:
        session.execute(update(Project).where(Project.id == project_id).values(
            forge_kind=forge, forge_repository="acme/shop", credentials=sealed))
        session.commit()
    database.dispose()
    return project_id


def _waiting_fix(server: ThreadServer, project_id: int, ci_state: str = "checks_pending"
                 ) -> int:
    """A fix whose job stopped polling CI on commit SHA (as after BUGSTACK_CI_WAIT)."""
    database = server.database()
    moment = datetime.now(UTC)
    with database.session() as session:
        issue = Issue(project_id=project_id, fingerprint="f" * 64, title="KeyError: 'x'",
                      level="error", status="fix_proposed", first_seen=moment,
                      last_seen=moment, event_count=1)
        session.add(issue)
        session.flush()
        attempt = FixAttempt(issue_id=issue.id, project_id=project_id, status="fixed",
                             created_at=moment, branch="bugstack/1-x", commit_sha=SHA,
                             pr_number=1, ci_state=ci_state, tries=3)
        session.add(attempt)
        session.commit()
        attempt_id = attempt.id
    database.dispose()
    return attempt_id


def _github(server: ThreadServer, project_id: int, payload: dict[str, object],
            event: str = "check_run", secret: str = SECRET) -> httpx.Response:
    body = json.dumps(payload).encode()
    digest = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return httpx.post(f"{server.url}/api/v1/webhooks/github/{project_id}", content=body,
                      headers={"X-GitHub-Event": event, "X-Hub-Signature-256":
                               f"sha256={digest}", "Content-Type": "application/json"})


_DONE = {"action": "completed", "check_run": {"head_sha": SHA, "status": "completed",
                                              "conclusion": "success"}}


def test_only_a_signed_delivery_for_a_project_with_a_secret_is_heard(
    server: ThreadServer
) -> None:
    project_id = _project(server, "github")
    bare = _project(server, "github", secret=None)
    assert _github(server, project_id, _DONE, secret="guess").status_code == 401
    assert _github(server, bare, _DONE).status_code == 404  # no secret: nothing to check
    assert _github(server, 999_999, _DONE).status_code == 404
    assert httpx.post(f"{server.url}/api/v1/webhooks/bitbucket/{project_id}",
                      content=b"{}").status_code == 404
    # The secret of another forge's endpoint: GitLab's token header is not GitHub's.
    response = httpx.post(f"{server.url}/api/v1/webhooks/gitlab/{project_id}", content=b"{}",
                          headers={"X-Gitlab-Token": SECRET, "X-Gitlab-Event": "Pipeline Hook"})
    assert response.status_code == 404


def test_a_finished_check_queues_the_waiting_fix_once(server: ThreadServer) -> None:
    project_id = _project(server, "github")
    attempt_id = _waiting_fix(server, project_id)
    running = {"check_run": {"head_sha": SHA, "status": "in_progress"}}
    assert _github(server, project_id, running).json()["accepted"] is False
    assert _github(server, project_id, {"zen": "hi"}, event="ping").json() == {
        "accepted": False, "reason": "not a CI event"}
    first = _github(server, project_id, _DONE)
    assert first.status_code == 202 and first.json()["fix"] == attempt_id
    again = _github(server, project_id, _DONE).json()  # a redelivery: already queued
    assert again["accepted"] is False
    database = server.database()
    with database.session() as session:
        attempt = session.get(FixAttempt, attempt_id)
        assert attempt is not None and (attempt.status, attempt.tries) == ("queued", 0)
        stages = session.scalars(select(FixStage.detail).where(
            FixStage.fix_id == attempt_id)).all()
    database.dispose()
    assert stages == [f"trigger: a CI webhook about {SHA[:12]}"]


def test_a_settled_fix_or_another_commit_is_left_alone(server: ThreadServer) -> None:
    project_id = _project(server, "gitea")
    attempt_id = _waiting_fix(server, project_id, ci_state="merged")

    def gitea(sha: str) -> httpx.Response:
        body = json.dumps({"sha": sha, "state": "success", "context": "ci"}).encode()
        digest = hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
        return httpx.post(f"{server.url}/api/v1/webhooks/forgejo/{project_id}", content=body,
                          headers={"X-Forgejo-Event": "status", "X-Forgejo-Signature": digest})

    assert gitea(SHA).json()["accepted"] is False
    assert gitea("cd" * 20).json()["accepted"] is False
    database = server.database()
    with database.session() as session:
        attempt = session.get(FixAttempt, attempt_id)
        assert attempt is not None and attempt.status == "fixed"
    database.dispose()


def test_gitlab_authenticates_by_its_token_header(server: ThreadServer) -> None:
    project_id = _project(server, "gitlab")
    attempt_id = _waiting_fix(server, project_id)
    body = json.dumps({"object_kind": "pipeline",
                       "object_attributes": {"sha": SHA, "status": "failed"}})
    url = f"{server.url}/api/v1/webhooks/gitlab/{project_id}"
    headers = {"X-Gitlab-Event": "Pipeline Hook"}
    assert httpx.post(url, content=body, headers=headers).status_code == 401
    response = httpx.post(url, content=body, headers=headers | {"X-Gitlab-Token": SECRET})
    assert response.status_code == 202 and response.json()["fix"] == attempt_id
    assert httpx.post(url, content=b"not json", headers=headers | {
        "X-Gitlab-Token": SECRET}).status_code == 400


def test_the_settings_page_makes_a_secret_shown_once_that_the_endpoint_accepts(
    server: ThreadServer, tmp_path: Path
) -> None:
    from tests.web.conftest import Browser, create_project

    browser = Browser(server.url)
    try:
        assert browser.sign_up("ada@example.com").status_code == 200
        project_id, _ = create_project(browser, "shop", "/nowhere")
        browser.get(f"/projects/{project_id}/settings")
        page = browser.post(f"/projects/{project_id}/settings", {
            "repository": "/nowhere", "forge_kind": "github", "forge_repository": "acme/shop",
            "merge_policy": "review", "generate_webhook_secret": "on"}).text
        found = re.search(r"webhook secret, shown only now: ([\w-]+)", page)
        assert found, page[-3000:]
        again = browser.get(f"/projects/{project_id}/settings").text
        assert found.group(1) not in again and "webhook_secret" in again
        assert f"/api/v1/webhooks/github/{project_id}" in again
    finally:
        browser.close()
    accepted = _github(server, project_id, _DONE, secret=found.group(1))
    assert accepted.status_code == 202 and accepted.json()["accepted"] is False
    assert _github(server, project_id, _DONE).status_code == 401
