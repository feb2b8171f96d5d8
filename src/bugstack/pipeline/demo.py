"""``bugstack demo``: the whole promise in one command, on the embedded default.

It starts bugstack (server and worker, SQLite), copies the bundled example app (see
``demo_app.py``) into a new git repository, runs the app with the SDK, sends the request
that fails, follows the fix stage by stage until the branch exists, and says where to
look. Everything lives in one directory, printed at the end.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from bugstack.pipeline.demo_app import BUGGY_PATH, write_demo_app
from bugstack.pipeline.story import attempt_story, follow
from bugstack.server.projects import create_project
from bugstack.server.storage.database import Database
from bugstack.server.storage.models import FixAttempt

__all__ = ["DemoError", "DemoResult", "run_demo"]

_BOT = {"GIT_AUTHOR_NAME": "bugstack demo", "GIT_AUTHOR_EMAIL": "demo@bugstack.invalid",
        "GIT_COMMITTER_NAME": "bugstack demo", "GIT_COMMITTER_EMAIL": "demo@bugstack.invalid"}


class DemoError(Exception):
    """The demo could not go on; the message says where it stopped."""


@dataclass(frozen=True, slots=True)
class DemoResult:
    home: Path
    app_dir: Path
    server_url: str
    fix_id: int
    issue_id: int
    status: str
    branch: str | None
    diff: str


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str, timeout: float = 5.0) -> int:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code)


def _wait_up(url: str, process: subprocess.Popen[bytes], what: str, log: Path,
             timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise DemoError(f"{what} exited with {process.returncode}; its log:\n"
                            + log.read_text(errors="replace")[-3000:])
        try:
            _get(url, timeout=1.0)
            return
        except (OSError, urllib.error.URLError):
            time.sleep(0.2)
    raise DemoError(f"{what} did not answer at {url} within {timeout:.0f}s")


def _git(directory: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=directory, capture_output=True, text=True,
                          env={**os.environ, **_BOT}, check=False)
    if done.returncode != 0:
        raise DemoError(f"git {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout


@contextmanager
def _process(argv: list[str], log: Path, env: dict[str, str], cwd: Path | None = None
             ) -> Iterator[subprocess.Popen[bytes]]:
    with log.open("ab") as out:
        process = subprocess.Popen(argv, stdout=out, stderr=subprocess.STDOUT, env=env,
                                   cwd=cwd, stdin=subprocess.DEVNULL)
    try:
        yield process
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def run_demo(say: Callable[[str], None], home: Path | None = None, port: int | None = None,
             timeout: float = 600.0, keep_running: Callable[[str], None] | None = None
             ) -> DemoResult:
    home = (home or Path(tempfile.mkdtemp(prefix="bugstack-demo-"))).resolve()
    data_dir, app_dir = home / "bugstack-data", home / "lending"
    home.mkdir(parents=True, exist_ok=True)
    port = port or _free_port()
    url = f"http://127.0.0.1:{port}"
    say(f"1. Copying the example app into a new git repository: {app_dir}")
    if app_dir.exists():
        raise DemoError(f"{app_dir} exists already; give another --dir")
    write_demo_app(app_dir)
    _git(app_dir, "init", "--quiet", "--initial-branch=main")
    _git(app_dir, "add", "-A")
    _git(app_dir, "commit", "--quiet", "-m", "lending: members API")
    release = _git(app_dir, "rev-parse", "HEAD").strip()

    env = {**os.environ, "BUGSTACK_PUBLIC_URL": url, "BUGSTACK_DATA_DIR": str(data_dir)}
    env.pop("BUGSTACK_DATABASE_URL", None)  # the demo is the embedded default
    say(f"2. Starting bugstack (server and fix worker, SQLite in {data_dir}) on {url}")
    data_dir.mkdir(parents=True, exist_ok=True)
    database = Database(f"sqlite:///{data_dir / 'bugstack.db'}")
    database.migrate()
    with _process([sys.executable, "-m", "bugstack", "serve", "--data-dir", str(data_dir),
                   "--port", str(port), "--log-level", "warning"],
                  home / "bugstack.log", env) as server:
        _wait_up(f"{url}/healthz", server, "bugstack serve", home / "bugstack.log")
        with database.session() as session:
            made = create_project(session, "lending", repository=str(app_dir))
            session.commit()
            project_id = made.project.id
        say(f"   project 'lending' (id {project_id}) watches {app_dir}")
        app_port = _free_port()
        app_env = {**os.environ, "BUGSTACK_API_KEY": str(made.key), "BUGSTACK_URL": url,
                   "PORT": str(app_port), "APP_RELEASE": release}
        say(f"3. Running the app with the bugstack SDK on http://127.0.0.1:{app_port}")
        with _process([sys.executable, "run.py"], home / "app.log", app_env, app_dir) as app:
            _wait_up(f"http://127.0.0.1:{app_port}/members/1", app, "the example app",
                     home / "app.log")
            status = _get(f"http://127.0.0.1:{app_port}{BUGGY_PATH}")
            say(f"4. GET {BUGGY_PATH} answered {status}: a member without a library card "
                "crashes the member page")
            attempt_id, issue_id = _wait_for_attempt(database, project_id, timeout)
            say(f"5. bugstack grouped the error as issue {issue_id} and queued fix "
                f"{attempt_id}; its stages:")

            def read() -> dict[str, object]:
                with database.session() as session:
                    story = attempt_story(session, attempt_id)
                assert story is not None
                return story

            story = follow(read, timeout, lambda line: say(line))
            if keep_running is not None:
                keep_running(url)
    database.dispose()
    fix = story["fix"]
    assert isinstance(fix, dict)
    branch = fix.get("branch")
    diff = _git(app_dir, "diff", f"main...{branch}") if branch else ""
    return DemoResult(home=home, app_dir=app_dir, server_url=url, fix_id=attempt_id,
                      issue_id=issue_id, status=str(fix["status"]),
                      branch=str(branch) if branch else None, diff=diff)


def _wait_for_attempt(database: Database, project_id: int, timeout: float) -> tuple[int, int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with database.session() as session:
            row = session.execute(select(FixAttempt.id, FixAttempt.issue_id)
                                  .where(FixAttempt.project_id == project_id)
                                  .order_by(FixAttempt.id).limit(1)).first()
        if row is not None:
            return int(row[0]), int(row[1])
        time.sleep(0.3)
    raise DemoError("no fix job started: see bugstack.log in the demo directory")
