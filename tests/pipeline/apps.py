"""The sample app of the end-to-end tests (the demo's lending library) in a real git
repository, run as a real process with bugstack's SDK."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from bugstack.pipeline.demo_app import BUGGY_PATH, write_demo_app
from tests.support.server import free_port

__all__ = ["BUGGY_PATH", "git", "make_app_repo", "running_app", "trigger_the_bug"]

_IDENTITY = {"GIT_AUTHOR_NAME": "dev", "GIT_AUTHOR_EMAIL": "dev@example.test",
             "GIT_COMMITTER_NAME": "dev", "GIT_COMMITTER_EMAIL": "dev@example.test"}


def git(directory: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=directory, capture_output=True, text=True,
                          check=True, env={**os.environ, **_IDENTITY}).stdout


def make_app_repo(directory: Path, bare_remote: Path | None = None) -> str:
    """The app committed on ``main`` (and pushed to a bare remote); returns the commit."""
    write_demo_app(directory)
    git(directory, "init", "--quiet", "--initial-branch=main")
    git(directory, "add", "-A")
    git(directory, "commit", "--quiet", "-m", "lending")
    if bare_remote is not None:
        git(directory.parent, "init", "--quiet", "--bare", "--initial-branch=main",
            str(bare_remote))
        git(directory, "push", "--quiet", str(bare_remote), "main")
    return git(directory, "rev-parse", "HEAD").strip()


@contextmanager
def running_app(directory: Path, api_key: str, server_url: str, release: str
                ) -> Iterator[str]:
    port = free_port()
    env = {**os.environ, "BUGSTACK_API_KEY": api_key, "BUGSTACK_URL": server_url,
           "PORT": str(port), "APP_RELEASE": release}
    log = directory.parent / f"app-{port}.log"
    with log.open("wb") as out:
        process = subprocess.Popen([sys.executable, "run.py"], cwd=directory, env=env,
                                   stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, log.read_text()
            try:
                httpx.get(f"{url}/members/1", timeout=1)
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline, "the sample app did not start"
                time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        process.wait(20)


def trigger_the_bug(app_url: str) -> None:
    assert httpx.get(f"{app_url}/members/1", timeout=10).status_code == 200
    assert httpx.get(f"{app_url}{BUGGY_PATH}", timeout=10).status_code == 500
