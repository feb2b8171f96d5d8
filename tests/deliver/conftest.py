"""Real git repositories for delivery tests: a project with a bug, and its fix as a diff."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from bugstack.deliver import IssueRef
from bugstack.domain import FixProposal, FixStatus

BUGGY = "def ratio(a, b):\n    return a / b\n"
FIXED = "def ratio(a, b):\n    if b == 0:\n        return 0.0\n    return a / b\n"
TEST = (
    "from app.calc import ratio\n\n\ndef test_ratio_by_zero():\n"
    "    assert ratio(1, 0) == 0.0\n"
)


def git(cwd: Path, *args: str) -> str:
    env_args = ["-c", "user.name=Dev Person", "-c", "user.email=dev@example.com",
                "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"]
    return subprocess.run(
        ["git", *env_args, *args], cwd=cwd, check=True, capture_output=True, text=True
    ).stdout


@dataclass
class Project:
    work: Path  # a developer's clone, with main checked out
    remote: Path  # the bare repository that serves as the remote
    base: str  # the commit the event came from

    def make_patch(self) -> str:
        (self.work / "app" / "calc.py").write_text(FIXED)
        patch = git(self.work, "diff")
        git(self.work, "checkout", "--", "app/calc.py")
        return patch


@pytest.fixture
def project(tmp_path: Path) -> Project:
    remote = tmp_path / "remote.git"
    git(tmp_path, "init", "--bare", "--quiet", str(remote))
    work = tmp_path / "work"
    git(tmp_path, "clone", "--quiet", str(remote), str(work))
    (work / "app").mkdir()
    (work / "app" / "__init__.py").write_text("")
    (work / "app" / "calc.py").write_text(BUGGY)
    git(work, "add", ".")
    git(work, "commit", "--quiet", "-m", "initial")
    git(work, "push", "--quiet", "origin", "HEAD:main")
    base = git(work, "rev-parse", "HEAD").strip()
    return Project(work=work, remote=remote, base=base)


@pytest.fixture
def issue() -> IssueRef:
    return IssueRef(
        id=42, title="ZeroDivisionError: division by zero", culprit="app.calc in ratio",
        link="http://127.0.0.1:8000/issues/42", location="app/calc.py:2 in ratio",
    )


def make_proposal(project: Project, **changes: object) -> FixProposal:
    fields: dict[str, object] = dict(
        status=FixStatus.FIXED, patch=project.make_patch(),
        regression_test_path="tests/test_bugstack_42.py", regression_test=TEST,
        explanation="ratio() divides by b without checking that b is non-zero.",
        strategy="guard-zero-division", guide_id="zero-division", safe=True,
        base_commit=project.base, candidates_tried=3,
        # The fix engine's own keys (bugstack.repair.pipeline).
        checks={"reproduced": True, "scenario": "ratio(1, 0) from the crash's locals",
                "suite_before": {"passed": 4, "failed": 0, "skipped": 0, "returncode": 0},
                "suite_after": {"passed": 5, "failed": 0, "skipped": 0, "returncode": 0},
                "regression_test_before": "failed", "regression_test_after": "passed"},
    )
    fields.update(changes)
    return FixProposal(**fields)  # type: ignore[arg-type]


@pytest.fixture
def proposal(project: Project) -> FixProposal:
    return make_proposal(project)
