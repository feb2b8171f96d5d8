"""Adversarial end-to-end checks: the engine either declines, or the fix it reports
behaves as a careful reviewer says it must.

The reviewer's expectation is a "hidden assertion": code run against the repository
after ``bugstack fix --write``, which writes only a fix it reports as ``fixed``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.repair.apps import capture_event, make_repo, run_fix

__all__ = ["app_files", "expect_fixed", "fix_and_check", "raises_or", "shown"]


def app_files(package: str, module: str, source: str, tests: str,
              extra: dict[str, str] | None = None) -> dict[str, str]:
    """A one-module app: ``package/module.py``, its tests in ``tests/test_<module>.py``,
    and any ``extra`` files."""
    return {f"{package}/__init__.py": "", f"{package}/{module}.py": source,
            "tests/__init__.py": "", f"tests/test_{module}.py": tests, **(extra or {})}


def _hidden_assertion_holds(repo: Path, check: str) -> tuple[bool, str]:
    done = subprocess.run([sys.executable, "-c", check], cwd=repo, capture_output=True,
                          text=True, timeout=120, check=False,
                          env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(repo)})
    return done.returncode == 0, done.stderr[-2000:]


def fix_and_check(tmp: Path, files: dict[str, str], trigger: str, check: str,
                  framework: str = "library") -> dict[str, Any] | None:
    """Capture ``trigger``'s crash, run the engine with ``--write``, and assert that a
    ``fixed`` answer passes ``check`` (Python run in the repository). Returns the
    engine's JSON answer."""
    repo = make_repo(tmp / "repo", files)
    event = capture_event(repo, tmp / "srv" / "app", trigger, framework=framework)
    code, data, stderr = run_fix(repo, event, tmp, "--write")
    assert data is not None, stderr
    # A crash the engine cannot reproduce tests nothing here: the app must be written so
    # that it reproduces.
    assert data["status"] != "not_reproduced", data["explanation"]
    # Nor does an app whose own suite fails: it passes in production, as here.
    suite = data["checks"].get("suite_before") or {}
    assert suite.get("passed", 0) > 0 and suite.get("failed", 0) == 0, suite
    if data["status"] == "fixed":
        holds, why = _hidden_assertion_holds(repo, check)
        assert holds, f"a wrong fix was reported as fixed:\n{data['patch']}\n{why}"
    else:
        assert code == 1, stderr
    return data


def raises_or(call: str, ok: str, what: str) -> str:
    """A hidden assertion: ``call`` raises, or its answer ``got`` satisfies ``ok``."""
    return (f'try:\n    got = {call}\nexcept Exception:\n    pass\n'
            f'else:\n    assert {ok}, f"{what}: {{got!r}}"\n')


def shown(data: dict[str, Any] | None) -> None:
    """What the engine answered, for a review's report (visible with ``-s``): its status,
    explanation and patch, and each candidate it tried."""
    if data is not None:
        print(f"\nSTATUS={data['status']} STRATEGY={data.get('strategy')} "
              f"SCENARIO={data['checks'].get('scenario')}\n"
              f"{data.get('explanation')}\n{data.get('patch') or ''}")
        for tried in data["checks"].get("candidates") or []:
            print(f"  tried {tried.get('strategy')}: holds={tried.get('holds')} "
                  f"({tried.get('reason')}); contract={tried.get('contract')}")


def expect_fixed(data: dict[str, Any] | None) -> None:
    """An over-block check: the app's words back the fix, so the engine must fix it."""
    shown(data)
    assert data is not None
    assert data["status"] == "fixed", (data["status"], data.get("explanation"))
