"""Running the app's processes: its environment, its repository, its suite and hidden check."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from corpus.model import HIDDEN_CHECK_NAME, Case

__all__ = [
    "SuiteRun",
    "deploy",
    "git",
    "prepare_repository",
    "run",
    "run_hidden_check",
    "run_suite",
    "tool_environment",
]

_SUITE_TIMEOUT = 300.0


def tool_environment() -> dict[str, str]:
    """The environment for the app's processes: this interpreter's ``bin`` first on PATH,
    so a case's ``python -m pytest`` runs with the packages the corpus was written for."""
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env.pop("PYTHONPATH", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    # pytest's own cache would leave files in the repository the engine is handed. The
    # hypothesis and schemathesis plugins (installed here for bugstack's own tests, used
    # by no case) cost seconds per pytest start, which would otherwise dominate the suite
    # times measured (the engine switches them off for these apps too).
    env["PYTEST_ADDOPTS"] = "-p no:cacheprovider -p no:hypothesispytest -p no:schemathesis"
    return env


def run(
    args: Sequence[str], cwd: Path, timeout: float, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        list(args),
        cwd=cwd,
        env=env or tool_environment(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def git(repo: Path, *args: str) -> str:
    done = run(["git", *args], repo, 60)
    if done.returncode != 0:
        raise RuntimeError(f"git {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout.strip()


def prepare_repository(case: Case, destination: Path) -> str:
    """Copy the case's app into ``destination`` as a one-commit git repository.

    Returns the commit id, which the event names as its ``release``.
    """
    shutil.copytree(case.app_dir, destination, ignore=shutil.ignore_patterns("__pycache__"))
    git(destination, "init", "-q", "-b", "main")
    git(destination, "config", "user.email", "corpus@bugstack.invalid")
    git(destination, "config", "user.name", "bugstack corpus")
    git(destination, "config", "commit.gpgsign", "false")
    git(destination, "add", "-A")
    git(destination, "commit", "-q", "-m", f"release of {case.id}")
    return git(destination, "rev-parse", "HEAD")


def deploy(case: Case, destination: Path) -> Path:
    """A deployed copy: the same files at another path, as on a production server."""
    shutil.copytree(case.app_dir, destination, ignore=shutil.ignore_patterns("__pycache__"))
    return destination


@dataclass(frozen=True, slots=True)
class SuiteRun:
    passed: bool
    seconds: float
    output: str


def run_suite(repo: Path, test_command: str, timeout: float = _SUITE_TIMEOUT) -> SuiteRun:
    started = time.perf_counter()
    try:
        done = run(shlex.split(test_command), repo, timeout)
    except subprocess.TimeoutExpired:
        return SuiteRun(False, time.perf_counter() - started, f"timed out after {timeout:.0f}s")
    seconds = time.perf_counter() - started
    return SuiteRun(done.returncode == 0, seconds, (done.stdout + done.stderr)[-4000:])


def run_hidden_check(case: Case, repo: Path, timeout: float = _SUITE_TIMEOUT) -> SuiteRun:
    """Copy the hidden check into the repository's ``tests/`` and run it alone."""
    target = repo / "tests" / HIDDEN_CHECK_NAME
    target.parent.mkdir(exist_ok=True)
    shutil.copyfile(case.hidden_check, target)
    rel = target.relative_to(repo).as_posix()
    return run_suite(repo, f"python -m pytest -q {rel}", timeout)
