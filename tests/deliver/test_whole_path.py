"""The whole path through the server and the pipeline, on each forge.

A real app in a real git repository (pushed to a real bare repository, the "remote"),
an error captured from it by the real sentry-sdk and sent through the server's real
ingest, the project set up through the dashboard's forms, the fix job run for real (the
fix engine in its child process), the forge played by its loopback fake that the real
client library talks to, CI played by the test, and the forge's CI webhooks sent to the
server's endpoint signed with the project's secret:

    verified fix → branch pushed → pull request with the body → a failing check → one
    more attempt, knowing what CI said → green → the merge policy decides

The first fix is the error guide's recipe (marked safe). When CI rejects it, the second
attempt cannot propose it again and takes the engine's next candidate, a template's fix,
which is not marked safe: it is left for review, whatever the policy. When CI passes the
first fix, ``auto-merge`` merges it through the forge.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from bugstack.pipeline import PipelineSettings
from bugstack.pipeline.job import FixJob
from bugstack.server.storage.models import FixAttempt, FixStage, Issue
from tests.deliver.forge_cases import TOKEN, ForgeCase, forge_case
from tests.pipeline.waiting import first_attempt
from tests.repair.apps import capture_event, make_repo
from tests.support.server import ThreadServer

# The dashboard tests' fixtures: a server in a thread and its first user.
from tests.web.conftest import Browser, admin, create_project, new_browser, server  # noqa: F401

pytestmark = pytest.mark.slow

SECRET = "hook-secret-123"
APP = {
    "cms/__init__.py": "",
    "cms/articles.py": '''
        def tag_names(article: dict) -> list[str]:
            """The article's tag names, upper-cased; drafts may have no tags."""
            names = []
            for tag in article.get("tags"):  # drafts arrive without tags
                names.append(tag.upper())
            return names
        ''',
    "tests/__init__.py": "",
    "tests/test_articles.py": '''
        from cms.articles import tag_names


        def test_tag_names():
            assert tag_names({"tags": ["a", "b"]}) == ["A", "B"]
        ''',
    "pyproject.toml": '''
        [tool.pytest.ini_options]
        pythonpath = ["."]
        ''',
}
TRIGGER = '''
from cms.articles import tag_names
tag_names({"title": "Draft", "tags": None})
'''
CI_FAILURE = ("2026-01-01T00:00:00.0000000Z FAILED tests/test_articles.py::test_tag_names"
              " - AssertionError: CI runs on Python 3.13")


def git(directory: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(directory), *args], capture_output=True,
                          text=True, check=True).stdout.strip()


class Project:
    """The app, its remote, and the bugstack project made for it through the dashboard."""

    def __init__(self, tmp: Path, running: ThreadServer, browser: Browser, forge: str,
                 fake: Any) -> None:
        self.repo = make_repo(tmp / "app", APP)
        self.base = git(self.repo, "rev-parse", "HEAD")
        self.remote = tmp / "remote.git"
        subprocess.run(["git", "init", "--quiet", "--bare", "--initial-branch=main",
                        str(self.remote)], check=True)
        git(self.repo, "push", "--quiet", str(self.remote), "main")
        self.event = capture_event(self.repo, tmp / "deployed", TRIGGER)
        self.server, self.admin, self.forge, self.fake = running, browser, forge, fake
        self.id, self.key = create_project(browser, f"cms-{forge}", self.remote.as_uri())

    def configure(self, merge_policy: str) -> None:
        """The project's settings, through the settings form as a person fills it in."""
        url = "" if self.fake is None else self.fake.url
        if self.forge == "github":
            url += "/api/v3"
        self.admin.get(f"/projects/{self.id}/settings")
        response = self.admin.post(f"/projects/{self.id}/settings", {
            "repository": self.remote.as_uri(), "test_command": "", "default_branch": "main",
            "auto_fix": "on", "merge_policy": merge_policy, "forge_kind": self.forge,
            "forge_url": url, "forge_repository": "acme/shop" if self.forge != "git" else "",
            "credential_token": TOKEN, "credential_webhook_secret": SECRET})
        assert response.status_code == 200 and "settings saved" in response.text, \
            response.text[-2000:]
        if self.forge != "git":
            assert f"/api/v1/webhooks/{self.forge}/{self.id}" in response.text

    def send_error(self, release: str | None = None) -> int:
        """The captured event through the real ingest (as sent again by the app running
        ``release``, when given); the first fix attempt."""
        event = self.event if release is None else {
            **self.event, "release": release, "event_id": uuid.uuid4().hex}
        response = httpx.post(
            f"{self.server.url}/api/{self.id}/store/", json=event, timeout=30,
            headers={"X-Sentry-Auth": f"Sentry sentry_version=7, sentry_key={self.key}"})
        assert response.status_code == 200, response.text
        database = self.server.database()
        try:
            return first_attempt(database)
        finally:
            database.dispose()

    def run_job(self, attempt_id: int) -> FixAttempt:
        """One run of the fix job, as a worker runs it; the attempt row afterwards. CI is
        polled for a second only: what comes later arrives by webhook."""
        settings = PipelineSettings(server=self.server.settings, lease=3.0, ci_wait=1.0,
                                    time_limit=600.0)
        database = self.server.database()
        try:
            FixJob(database, settings).run(attempt_id)
            with database.session() as session:
                attempt = session.get(FixAttempt, attempt_id)
                assert attempt is not None
                session.expunge(attempt)
                return attempt
        finally:
            database.dispose()

    def first_fix(self) -> tuple[int, FixAttempt]:
        """Set up with ``auto-merge``, send the error, run the job to its pull request (CI
        not heard of yet): the attempt's id and row."""
        self.configure("auto-merge")
        attempt_id = self.send_error()
        first = self.run_job(attempt_id)
        assert (first.status, first.ci_state) == ("fixed", "checks_pending"), \
            (first.error, self.stages(attempt_id))
        assert first.branch is not None and first.commit_sha is not None
        return attempt_id, first

    def stages(self, attempt_id: int) -> list[tuple[str, str, str]]:
        database = self.server.database()
        try:
            with database.session() as session:
                return [(s.name, s.status, s.detail or "") for s in session.scalars(
                    select(FixStage).where(FixStage.fix_id == attempt_id)
                    .order_by(FixStage.id))]
        finally:
            database.dispose()

    def issue_status(self, issue_id: int) -> str:
        database = self.server.database()
        try:
            with database.session() as session:
                issue = session.get(Issue, issue_id)
                assert issue is not None
                return issue.status
        finally:
            database.dispose()

    def wait_for_status(self, issue_id: int, status: str, timeout: float = 180.0) -> None:
        deadline = time.monotonic() + timeout
        while self.issue_status(issue_id) != status:
            assert time.monotonic() < deadline, (
                f"issue {issue_id} is still {self.issue_status(issue_id)}, not {status}")
            time.sleep(0.5)

    def head(self, branch: str) -> str:
        return git(self.remote, "rev-parse", branch)

    def webhook(self, sha: str, outcome: str, secret: str = SECRET) -> httpx.Response:
        """The forge telling the server that CI finished on ``sha``, signed as it signs."""
        headers: dict[str, str] = {"Content-Type": "application/json"}
        if self.forge == "github":
            run = ({"status": "in_progress"} if outcome == "pending"
                   else {"status": "completed", "conclusion": outcome})
            body = json.dumps({"action": run["status"],
                               "check_run": {"head_sha": sha, **run}}).encode()
            digest = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
            headers |= {"X-GitHub-Event": "check_run", "X-Hub-Signature-256": f"sha256={digest}"}
        elif self.forge == "gitlab":
            body = json.dumps({"object_kind": "pipeline", "object_attributes": {
                "sha": sha, "status": "failed" if outcome == "failure" else outcome}}).encode()
            headers |= {"X-Gitlab-Event": "Pipeline Hook", "X-Gitlab-Token": secret}
        else:
            body = json.dumps({"sha": sha, "state": outcome, "context": "tests"}).encode()
            digest = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
            headers |= {"X-Gitea-Event": "status", "X-Gitea-Signature": digest}
        return httpx.post(f"{self.server.url}/api/v1/webhooks/{self.forge}/{self.id}",
                          content=body, headers=headers, timeout=30)


@pytest.fixture(params=["github", "gitlab", "gitea"])
def forge(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ForgeCase]:
    # The fake reads and merges the bare repository the project is made with.
    with forge_case(request.param, str(tmp_path / "remote.git")) as made:
        yield made


def test_failing_ci_gets_one_more_attempt_then_green_is_left_for_review(
    forge: ForgeCase, server: ThreadServer, admin: Browser, tmp_path: Path  # noqa: F811
) -> None:
    project = Project(tmp_path, server, admin, forge.name, forge.fake)
    # The verified fix: the branch on the remote, the pull request with its body.
    attempt_id, first = project.first_fix()
    assert first.pr_number == 1 and first.branch is not None
    assert project.head(first.branch) == first.commit_sha
    pull = forge.fake.pulls[1]
    for part in ("## The error", "'NoneType' object is not iterable", "## Root cause",
                 "nonetype-not-iterable", f"/issues/{first.issue_id}", "| before the fix |"):
        assert part in pull.body, part
    assert "or ()" in git(project.remote, "show", f"{first.commit_sha}:cms/articles.py")

    # CI fails; the forge's webhook says so. A forged one is refused first.
    forge.fake.ci(first.commit_sha, "lint", "success")
    forge.fake.ci(first.commit_sha, "tests", "failure", CI_FAILURE)
    assert project.webhook(first.commit_sha, "failure", secret="wrong").status_code == 401
    nudged = project.webhook(first.commit_sha, "failure")
    assert nudged.status_code == 202 and nudged.json()["fix"] == attempt_id, nudged.text

    # One more attempt, knowing what CI said: another fix, pushed on top of the first.
    second = project.run_job(attempt_id)
    assert (second.status, second.ci_state) == ("fixed", "checks_pending"), \
        (second.error, project.stages(attempt_id))
    assert second.commit_sha != first.commit_sha
    assert project.head(first.branch) == second.commit_sha
    assert git(project.remote, "rev-parse", f"{second.commit_sha}^") == first.commit_sha
    fixed = git(project.remote, "show", f"{second.commit_sha}:cms/articles.py")
    assert "is None" in fixed and "or ()" not in fixed
    assert any("CI failed (tests)" in c for c in pull.comments), pull.comments
    assert "## Attempt 2" in pull.body and "test_tag_names" in pull.body
    retried = [s for s in project.stages(attempt_id) if s[0] == "ci_retry"]
    assert [s[1] for s in retried] == ["done"] and "test_tag_names" in retried[0][2]

    # CI passes on the second attempt; its recipe is not marked safe: left for review.
    forge.fake.ci(second.commit_sha, "tests", "success")
    assert project.webhook(second.commit_sha, "success").json()["fix"] == attempt_id
    third = project.run_job(attempt_id)
    assert third.ci_state == "awaiting_review", (third.error, project.stages(attempt_id))
    assert "not marked safe" in project.stages(attempt_id)[-1][2]
    assert project.head("main") == project.base
    # Nothing waits on this commit any more: a late webhook changes nothing.
    late = project.webhook(second.commit_sha, "success").json()
    assert late["accepted"] is False

    # The fix story's actions: close the pull request, then reopen it.
    page = admin.get(f"/issues/{first.issue_id}").text
    assert "Close the pull request" in page
    closed = admin.post(f"/issues/{first.issue_id}/pull-request", {"action": "close"})
    assert "pull request #1 closed" in closed.text and forge.fake.pulls[1].state == "closed"
    assert "Reopen the pull request" in closed.text
    reopened = admin.post(f"/issues/{first.issue_id}/pull-request", {"action": "reopen"})
    assert "pull request #1 reopened" in reopened.text
    assert forge.fake.pulls[1].state == "open"
    assert admin.post(f"/issues/{first.issue_id}/pull-request", {"action": "close"},
                      csrf=False).status_code == 403


def test_green_ci_merges_under_auto_merge(
    forge: ForgeCase, server: ThreadServer, admin: Browser, tmp_path: Path  # noqa: F811
) -> None:
    project = Project(tmp_path, server, admin, forge.name, forge.fake)
    attempt_id, first = project.first_fix()
    assert first.commit_sha is not None
    forge.fake.ci(first.commit_sha, "tests", "pending")
    running = project.webhook(first.commit_sha, "pending").json()
    assert running["accepted"] is False
    forge.fake.ci(first.commit_sha, "tests", "success")
    assert project.webhook(first.commit_sha, "success").json()["fix"] == attempt_id
    merged = project.run_job(attempt_id)
    assert merged.ci_state == "merged" and merged.merged_at is not None, \
        (merged.error, project.stages(attempt_id))
    main = project.head("main")
    assert main != project.base and merged.merge_commit == main
    assert "or ()" in git(project.remote, "show", "main:cms/articles.py")
    assert forge.fake.pulls[1].merged

    # The team deploys main; the same error comes back from that release, through the
    # real ingest: the recurrence watch marks the issue regressed and says so on the PR.
    project.send_error(release=main)
    project.wait_for_status(merged.issue_id, "regressed")
    deadline = time.monotonic() + 60
    while not any("came back in release" in c for c in forge.fake.pulls[1].comments):
        assert time.monotonic() < deadline, forge.fake.pulls[1].comments
        time.sleep(0.5)


def test_a_second_red_ci_stops_and_says_so_on_the_pull_request_and_the_fix(
    server: ThreadServer, admin: Browser, tmp_path: Path  # noqa: F811
) -> None:
    with forge_case("gitea", str(tmp_path / "remote.git")) as gitea:
        project = Project(tmp_path, server, admin, "gitea", gitea.fake)
        attempt_id, first = project.first_fix()
        assert first.commit_sha is not None
        gitea.fake.ci(first.commit_sha, "tests", "failure", CI_FAILURE)
        project.webhook(first.commit_sha, "failure")
        second = project.run_job(attempt_id)
        assert second.commit_sha is not None and second.commit_sha != first.commit_sha
        gitea.fake.ci(second.commit_sha, "tests", "failure", CI_FAILURE)
        assert project.webhook(second.commit_sha, "failure").json()["fix"] == attempt_id
        last = project.run_job(attempt_id)
        assert last.ci_state == "gave_up", project.stages(attempt_id)
        assert last.error is not None and "CI failed again on attempt 2" in last.error
        assert "bugstack stops here" in gitea.fake.pulls[1].comments[-1]
        assert [s[0] for s in project.stages(attempt_id)].count("ci_retry") == 1
        assert project.issue_status(last.issue_id) == "unresolved"
        assert project.head("main") == project.base


def test_a_plain_git_remote_gets_the_branch_only(
    server: ThreadServer, admin: Browser, tmp_path: Path  # noqa: F811
) -> None:
    project = Project(tmp_path, server, admin, "git", None)
    project.configure("auto-merge")
    attempt_id = project.send_error()
    done = project.run_job(attempt_id)
    assert done.status == "fixed" and done.pr_number is None, project.stages(attempt_id)
    assert done.branch is not None and project.head(done.branch) == done.commit_sha
    assert project.head("main") == project.base
