"""Distributed mode: an API process with no workers and two `bugstack worker` processes on
PostgreSQL (database and job queue). The worker running the job is killed -9 mid-job; the
other one takes the job over when the lease runs out and completes it, once."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from tests.pipeline.apps import git, make_app_repo, running_app, trigger_the_bug
from tests.pipeline.processes import POSTGRES_URL, Worker, api_server, fresh_schema
from tests.pipeline.waiting import first_attempt, wait_for

pytestmark = [
    pytest.mark.slow,
    pytest.mark.postgres,
    pytest.mark.skipif(POSTGRES_URL is None, reason="BUGSTACK_TEST_POSTGRES_URL is not set"),
]


def test_a_worker_killed_mid_job_loses_nothing_and_the_job_runs_once(tmp_path: Path) -> None:
    repo = tmp_path / "lending"
    base = make_app_repo(repo)
    with fresh_schema() as database_url:
        env = {"BUGSTACK_DATABASE_URL": database_url,
               "BUGSTACK_SECRET_KEY": Fernet.generate_key().decode(),
               # Short enough for a test: a dead worker's job moves after a few seconds.
               "BUGSTACK_FIX_LEASE": "6", "BUGSTACK_REAP_EVERY": "1"}
        server = api_server(tmp_path / "api", env)
        host = tmp_path / "worker-host"
        workers = [Worker(host, env, "a"), Worker(host, env, "b")]
        try:
            project = server.new_project("lending", repository=str(repo))
            database = server.database()
            with running_app(repo, project.api_key, server.url, base) as app:
                trigger_the_bug(app)
                attempt_id = first_attempt(database)
            # Mid-job: the engine has made its workspace and is working on the error.
            story = wait_for(database, attempt_id, lambda s: any(
                st["name"] == "workspace" for st in s["stages"]), what="for the workspace")
            holder = int(story["fix"]["worker"].split(":")[1])  # host:pid:thread
            (doomed,) = [w for w in workers if w.pid == holder]
            (survivor,) = [w for w in workers if w.pid != holder]
            doomed.kill()
            assert (host / "sandboxes" / f"fix-{attempt_id}").exists()  # left behind

            story = wait_for(database, attempt_id,
                             lambda s: s["fix"]["status"] not in ("queued", "running"),
                             timeout=400, what="for the job to finish")
            fix = story["fix"]
            assert fix["status"] == "fixed", (story, survivor.log.read_text())
            assert fix["tries"] == 2
            names = [(s["name"], s["status"]) for s in story["stages"]]
            assert ("queued", "retried") in names
            assert [n for n, _ in names].count("delivered") == 1
            assert git(repo, "branch", "--list", "bugstack/*").split() == [fix["branch"]]
            assert git(repo, "rev-list", "--count", f"{base}..{fix['branch']}").strip() == "1"
            assert not (host / "sandboxes" / f"fix-{attempt_id}").exists()
            assert survivor.process.poll() is None
            database.dispose()
        finally:
            for worker in workers:
                worker.stop()
            server.stop()
