"""bugstack's own pytest plugins are switched off for an app that runs on bugstack's
interpreter and does not use them; a plugin the app declares or names stays on."""

from __future__ import annotations

import sys
from pathlib import Path

from bugstack.repair.pytest_plugins import unused_plugin_args
from bugstack.repair.verify import run_suite


def _app(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def _off(args: list[str]) -> set[str]:
    return {arg.removeprefix("no:") for arg in args if arg.startswith("no:")}


def test_plugins_the_app_does_not_use_are_switched_off(tmp_path: Path) -> None:
    root = _app(tmp_path, {"tests/test_a.py": "def test_a() -> None:\n    assert 1\n"})
    off = _off(unused_plugin_args(root, sys.executable))
    assert {"hypothesispytest", "schemathesis"} <= off


def test_plugins_the_app_declares_or_names_stay_on(tmp_path: Path) -> None:
    root = _app(tmp_path, {
        "requirements.txt": "hypothesis==6.155.2\n",
        "tests/test_a.py": "import pytest\n\n\n@pytest.mark.asyncio\nasync def test_a():\n"
                           "    assert 1\n",
    })
    off = _off(unused_plugin_args(root, sys.executable))
    assert "hypothesispytest" not in off and "asyncio" not in off
    assert "schemathesis" in off


def test_the_apps_own_environment_keeps_every_plugin(tmp_path: Path) -> None:
    assert unused_plugin_args(tmp_path, str(tmp_path / ".venv" / "bin" / "python")) == []


def test_a_suite_that_needs_a_plugin_still_runs_with_it(tmp_path: Path) -> None:
    root = _app(tmp_path, {
        "tests/test_a.py": "import pytest\n\n\n@pytest.mark.asyncio\nasync def test_a():\n"
                           "    assert 1\n\n\ndef test_b():\n    assert 1\n",
    })
    run = run_suite(root, [sys.executable, "-m", "pytest", "-q"], 120)
    assert run.returncode == 0, run.output
    assert len(run.passed) == 2
