"""Embedded mode end to end: `bugstack serve` (API and worker, SQLite), the sample app with
bugstack's SDK, a request that raises, and the verified fix's branch in the app's repo."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from bugstack.server.storage.models import FixAttempt, Project
from tests.pipeline.apps import git, make_app_repo, running_app, trigger_the_bug
from tests.pipeline.waiting import first_attempt, wait_for
from tests.support.server import start_server_process

pytestmark = pytest.mark.slow

DONE = ("fixed", "not_fixed", "not_reproduced", "unverified", "failed")


class _WebhookReceiver:
    """A project's notification webhook on loopback, keeping what it receives."""

    def __init__(self) -> None:
        bodies: list[dict[str, Any]] = []

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                bodies.append(json.loads(self.rfile.read(length)))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.bodies = bodies
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/hook"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


def _check_branch(repo: Path, branch: str, base: str, tmp_path: Path) -> None:
    """The branch holds one commit on the app's main: the fix and its regression test,
    and the app's suite passes on it."""
    assert git(repo, "rev-list", "--count", f"{base}..{branch}").strip() == "1"
    changed = git(repo, "diff", "--name-only", base, branch).split()
    assert "lending/api.py" in changed
    assert any(p.startswith("tests/test_regression") for p in changed)
    checkout = tmp_path / "review"
    git(tmp_path, "clone", "--quiet", "--branch", branch, str(repo), str(checkout))
    suite = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
                           cwd=checkout, capture_output=True, text=True, check=False)
    assert suite.returncode == 0, suite.stdout + suite.stderr


def test_an_error_in_the_app_becomes_a_branch_in_its_repository(tmp_path: Path) -> None:
    repo = tmp_path / "lending"
    base = make_app_repo(repo)
    (tmp_path / "data").mkdir()
    server = start_server_process(tmp_path / "data")
    try:
        project = server.new_project("lending", repository=str(repo))
        with running_app(repo, project.api_key, server.url, base) as app:
            trigger_the_bug(app)
            database = server.database()
            attempt_id = first_attempt(database)
            trigger_the_bug(app)  # the same issue again: no second job
            story = wait_for(database, attempt_id, lambda s: s["fix"]["status"] in DONE)
        fix = story["fix"]
        assert fix["status"] == "fixed", story
        stages = [(s["name"], s["status"]) for s in story["stages"]]
        for name in ("queued", "workspace", "reproduced", "analysed", "candidates",
                     "verified", "delivered"):
            assert (name, "done") in stages, stages
        assert all(s["finished_at"] for s in story["stages"])
        assert fix["branch"] in git(repo, "branch", "--list", "bugstack/*")
        _check_branch(repo, fix["branch"], base, tmp_path)
        assert git(repo, "status", "--porcelain") == ""  # the checkout is untouched
        assert git(repo, "symbolic-ref", "--short", "HEAD").strip() == "main"
        issue = server.issues(project.id)
        assert [(i["status"], i["event_count"]) for i in issue] == [("fix_proposed", 2)]
        listed = server.cli("fixes", "list", "--json")
        assert len(json.loads(listed.stdout)) == 1
        shown = server.cli("fixes", "show", str(attempt_id))
        for part in ("reproduced", "verified", "delivered", fix["branch"], "none-propagation"):
            assert part in shown.stdout, part
        database.dispose()
    finally:
        server.stop()


def test_a_repository_url_gets_the_branch_pushed_to_its_remote(tmp_path: Path) -> None:
    repo, remote = tmp_path / "lending", tmp_path / "remote.git"
    base = make_app_repo(repo, bare_remote=remote)
    (tmp_path / "data").mkdir()
    server = start_server_process(tmp_path / "data")
    try:
        project = server.new_project("lending", repository=remote.as_uri())
        database = server.database()
        hook = _WebhookReceiver()
        with database.session() as session:
            session.execute(update(Project).where(Project.id == project.id).values(
                forge_kind="git", notifications=json.dumps([{
                    "type": "webhook", "url": hook.url, "secret": "s3cret",
                    "events": ["fix_proposed", "fix_failed"]}])))
            session.commit()
        with running_app(repo, project.api_key, server.url, base) as app:
            trigger_the_bug(app)
            attempt_id = first_attempt(database)
            story = wait_for(database, attempt_id, lambda s: s["fix"]["status"] in DONE)
        assert story["fix"]["status"] == "fixed", story
        branch = story["fix"]["branch"]
        assert git(remote, "branch", "--list", "bugstack/*").split() == [branch]
        _check_branch(remote, branch, base, tmp_path)
        hook.stop()
        # Every event with its details on failure: a second one once came in a loaded CI run.
        assert [b["event"] for b in hook.bodies] == ["fix_proposed"], hook.bodies
        assert branch in json.dumps(hook.bodies[0])
        # By hand, from the CLI: one job at a time for the issue.
        made = json.loads(server.cli("fixes", "run", "1", "--json").stdout)
        again = json.loads(server.cli("fixes", "run", "1", "--json").stdout)
        assert made["created"] is True
        if again["created"]:
            # The worker may end the first job before the second command starts (a loaded
            # machine starts a CLI slowly): a new job is then right, but only after it.
            with database.session() as session:
                first = session.get(FixAttempt, made["fix_id"])
                second = session.get(FixAttempt, again["fix_id"])
                assert first is not None and second is not None
                assert first.finished_at is not None, (first.status, again)
                assert _aware(first.finished_at) <= _aware(second.created_at), again
        else:
            assert again["fix_id"] == made["fix_id"], again
        database.dispose()
    finally:
        server.stop()


def _aware(moment: datetime) -> datetime:
    """SQLite hands timestamps back without their zone; they were written in UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
