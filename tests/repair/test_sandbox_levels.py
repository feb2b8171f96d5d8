"""Each isolation level does what docs/sandbox.md says, and the engine's runs still work:
the repository's own virtual environment (wherever it lives), pytest writing its cache in
the workspace, files the run leaves given back to the server's user."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bugstack.repair.sandbox import Isolation, SandboxLimits, isolation_level, run_sandboxed
from bugstack.repair.sandbox.levels import CAP_VARIABLE
from bugstack.repair.workspace import find_interpreter, prepare_workspace

_LEVELS = [level for level in Isolation if level.rank <= isolation_level().rank]


@pytest.fixture(params=_LEVELS, ids=str)
def level(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Isolation:
    monkeypatch.setenv(CAP_VARIABLE, str(request.param))
    assert isolation_level() is request.param
    return Isolation(request.param)


def _python(code: str, cwd: Path, **limits: object) -> tuple[int, str, str]:
    result = run_sandboxed([sys.executable, "-c", code], cwd,
                           SandboxLimits(**limits))  # type: ignore[arg-type]
    return result.returncode, result.stdout, result.stderr


def test_each_level_is_reported_and_strips_the_environment(
    tmp_path: Path, level: Isolation, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BUGSTACK_SECRET_KEY", "level-secret")
    result = run_sandboxed([sys.executable, "-c", "import os; print(dict(os.environ))"],
                           tmp_path)
    assert result.ok, result.stderr
    assert result.isolation is level
    assert result.isolated_network is (level is not Isolation.LIMITS)
    assert "level-secret" not in result.stdout


def test_only_bwrap_hides_the_rest_of_the_machine(tmp_path: Path, level: Isolation) -> None:
    elsewhere = tmp_path / "server-data"
    elsewhere.mkdir()
    (elsewhere / "bugstack.db").write_text("rows")
    workspace = tmp_path / "workspace"
    workspace.mkdir()
    code, out, err = _python(
        f"import os; print(os.path.exists({str(elsewhere / 'bugstack.db')!r}));"
        "open('made-here.txt', 'w').write('x')", workspace)
    assert code == 0, err
    assert out.strip() == str(level is not Isolation.BWRAP)
    made = workspace / "made-here.txt"
    # Whatever uid the run had, what it left is the server's user's again.
    assert made.read_text() == "x" and made.stat().st_uid == os.getuid()


def test_the_repositorys_own_virtual_environment_runs_pytest_in_the_workspace(
    tmp_path: Path, level: Isolation
) -> None:
    repo = tmp_path / "repo"
    (repo / "tests").mkdir(parents=True)
    (repo / "calc.py").write_text("def add(a, b):\n    return a + b\n")
    (repo / "tests" / "test_calc.py").write_text(
        "from calc import add\n\n\ndef test_add():\n    assert add(2, 3) == 5\n")
    # A .venv inside the repository that sees our packages (pytest), as a developer's
    # would see its own.
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", "--system-site-packages",
                    str(repo / ".venv")], check=True, capture_output=True)
    site = subprocess.run([sys.executable, "-c", "import site; print(site.getsitepackages()[0])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    venv_site = next((repo / ".venv" / "lib").glob("python3*/site-packages"))
    (venv_site / "host-packages.pth").write_text(site + "\n")
    workspace = prepare_workspace(repo, None, root=tmp_path)
    try:
        python = find_interpreter(repo)
        assert python == str(repo / ".venv" / "bin" / "python")
        result = run_sandboxed([python, "-m", "pytest", "-q"], workspace.path,
                               SandboxLimits(timeout=120))
        assert result.ok, result.stdout + result.stderr
        assert "1 passed" in result.stdout
        assert (workspace.path / ".pytest_cache").is_dir()  # pytest wrote its cache
    finally:
        workspace.remove()


def test_a_daemon_leaving_the_group_dies_with_the_run_only_under_bwrap(
    tmp_path: Path, level: Isolation
) -> None:
    marker = tmp_path / "alive"  # in the workspace, which the daemon could write to
    daemon = f"import pathlib, time; time.sleep(4); pathlib.Path({str(marker)!r}).write_text('x')"
    code = ("import subprocess, sys\n"
            f"subprocess.Popen([sys.executable, '-c', {daemon!r}], start_new_session=True)\n")
    returncode, _, err = _python(code, tmp_path)
    assert returncode == 0, err
    # bwrap: the daemon died with the PID namespace, and could not write there anyway.
    if level is not Isolation.BWRAP:
        pytest.skip("without a PID namespace a setsid daemon outlives the run (documented)")
    subprocess.run([sys.executable, "-c", "import time; time.sleep(6)"], check=True)
    assert not marker.exists()
