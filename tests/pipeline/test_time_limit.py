"""A job over its time limit is stopped: the engine and everything it started are killed,
the attempt says why, the issue is open again, and the next automatic try waits."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.pipeline.apps import git, make_app_repo, running_app, trigger_the_bug
from tests.pipeline.waiting import first_attempt, wait_for
from tests.support.server import start_server_process

pytestmark = pytest.mark.slow

HANGING_TEST = '''\
import time


def test_waits_for_a_service_that_never_answers() -> None:
    time.sleep(900)
'''


def test_a_job_over_its_time_limit_is_stopped_and_cleaned_up(tmp_path: Path) -> None:
    repo = tmp_path / "lending"
    make_app_repo(repo)
    (repo / "tests" / "test_hangs.py").write_text(HANGING_TEST)
    git(repo, "add", "-A")
    git(repo, "commit", "--quiet", "-m", "a test that hangs")
    base = git(repo, "rev-parse", "HEAD").strip()
    data = tmp_path / "data"
    data.mkdir()
    server = start_server_process(data, extra_env={"BUGSTACK_FIX_TIME_LIMIT": "20"})
    try:
        project = server.new_project("lending", repository=str(repo))
        database = server.database()
        with running_app(repo, project.api_key, server.url, base) as app:
            trigger_the_bug(app)
            attempt_id = first_attempt(database)
        story = wait_for(database, attempt_id,
                         lambda s: s["fix"]["status"] not in ("queued", "running"),
                         timeout=240, what="for the time limit")
        fix = story["fix"]
        assert fix["status"] == "failed" and "time limit of 20s" in fix["error"], story
        assert fix["branch"] is None
        assert server.issues(project.id)[0]["status"] == "unresolved"
        assert not (data / "sandboxes" / f"fix-{attempt_id}").exists()
        # Nothing the engine started is still running (the hanging test included).
        ps = subprocess.run(["ps", "-eo", "pid,args"], capture_output=True, text=True,
                            check=True).stdout
        assert not [line for line in ps.splitlines()
                    if str(data / "sandboxes") in line and str(os.getpid()) not in line]
        assert git(repo, "branch", "--list", "bugstack/*") == ""
        database.dispose()
    finally:
        server.stop()
