"""The app's test command and interpreter, piece by piece: which interpreters a command
needs shown in the sandbox, how they are shown, and the regression test written for a
unittest-only app."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bugstack.repair.app_command import named_interpreters, repository_environments, suite_command
from bugstack.repair.app_interpreter import has_pytest, installed
from bugstack.repair.reproduce import Outcome, Scenario, render_regression_test
from bugstack.repair.reproduce.regression import regression_test_style
from bugstack.repair.sandbox import Isolation, isolation_level, run_sandboxed
from bugstack.repair.verify import run_suite

BASE_PYTHON = str(Path(sys.executable).resolve())


def _venv(where: Path, *, system_site_packages: bool = False) -> Path:
    options = ["--system-site-packages"] if system_site_packages else []
    subprocess.run([BASE_PYTHON, "-m", "venv", "--without-pip", *options, str(where)],
                   check=True, capture_output=True, timeout=120)
    return where / "bin" / "python"


@pytest.fixture(scope="module")
def bare_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An environment with the standard library only: no pytest."""
    return _venv(tmp_path_factory.mktemp("bare") / "env")


# -- the interpreter's answers ---------------------------------------------------------------


def test_the_apps_interpreter_is_asked_not_ours(bare_venv: Path) -> None:
    assert has_pytest(str(bare_venv)) is False
    assert has_pytest(sys.executable) is True
    ours = installed(sys.executable, "yaml")
    assert ours is not None and ours.providers == ("PyYAML",)
    theirs = installed(str(bare_venv), "yaml")
    assert theirs is not None and theirs.providers == () and theirs.version("PyYAML") is None


def test_an_answer_is_kept_only_while_the_environment_is_unchanged(tmp_path: Path) -> None:
    python = _venv(tmp_path / "env")
    assert has_pytest(str(python)) is False
    (site,) = (tmp_path / "env" / "lib").glob("python3*/site-packages")
    (site / "pytest").mkdir()
    (site / "pytest" / "__init__.py").write_text("")
    assert has_pytest(str(python)) is True


def test_an_interpreter_that_cannot_answer_says_so(tmp_path: Path) -> None:
    broken = tmp_path / "bin" / "python"
    broken.parent.mkdir()
    broken.write_text("#!/bin/sh\nexit 3\n")
    broken.chmod(0o755)
    assert has_pytest(str(broken)) is None
    assert installed(str(broken), "yaml") is None


def test_the_default_command_is_unittest_where_there_is_no_pytest(bare_venv: Path) -> None:
    assert suite_command(None, str(bare_venv)) == [str(bare_venv), "-m", "unittest"]
    assert suite_command(None, sys.executable) == [sys.executable, "-m", "pytest", "-q"]
    assert suite_command("python -m unittest -v", sys.executable)[1:] == ["-m", "unittest", "-v"]


# -- what a command needs from outside the workspace ---------------------------------------


def test_interpreters_named_in_a_makefile_are_found(tmp_path: Path, bare_venv: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "Makefile").write_text(
        f"PYTHON := {bare_venv}\nTOOLS = {BASE_PYTHON}\n\n"
        "test:\n\t$(PYTHON) -m unittest\n\tcat /etc/passwd /root/.ssh/id_rsa\n"
        f"\t{tmp_path}/nowhere/bin/python -m pytest\n")
    found = named_interpreters(["make", "test"], repo)
    # Only real Python installations: not the other files, not a path that is not there.
    assert found == [str(bare_venv), BASE_PYTHON]
    assert named_interpreters(["python", "-m", "pytest"], repo) == []
    # A variable naming the environment, used as $(VENV)/bin/python; not any directory.
    (repo / "Makefile").write_text(f"VENV = {bare_venv.parent.parent}\nTMP = {tmp_path}\n\n"
                                   "test:\n\t$(VENV)/bin/python -m unittest\n")
    assert named_interpreters(["make", "test"], repo) == [str(bare_venv)]


def test_a_program_of_a_virtual_environment_stands_for_its_python(tmp_path: Path,
                                                                   bare_venv: Path) -> None:
    tool = bare_venv.parent / "pytest-like"
    tool.write_text("#!/bin/sh\n")
    tool.chmod(0o755)
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "run_tests.sh").write_text(f"#!/bin/sh\nexec {tool} -q\n")
    assert named_interpreters(["sh", "run_tests.sh"], repo) == [str(bare_venv)]


def test_the_repositorys_environments_go_with_the_command(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    python = _venv(repo / ".venv")
    (repo / "docs").mkdir()
    (repo / "elsewhere").symlink_to(python.parent.parent)  # a link is never followed
    assert repository_environments(repo) == {".venv": repo / ".venv"}
    command = suite_command("make test", str(python), repo)
    assert command == ["make", "test"]
    assert command.inside == {".venv": repo / ".venv"}
    assert command.programs == [str(python)]


# -- how they are shown --------------------------------------------------------------------


def test_a_directory_is_shown_inside_the_workspace_read_only(tmp_path: Path) -> None:
    environment = tmp_path / "repo" / ".venv"
    (environment / "bin").mkdir(parents=True)
    (environment / "marker.txt").write_text("from the repository\n")
    workspace = tmp_path / "workspace"
    workspace.mkdir()
    script = ("import pathlib; print(pathlib.Path('.venv/marker.txt').read_text().strip()); "
              "pathlib.Path('.venv/new.txt').write_text('x')")
    result = run_sandboxed([sys.executable, "-c", script], workspace,
                           inside={".venv": environment})
    assert "from the repository" in result.stdout, result.stderr
    if isolation_level() is Isolation.BWRAP:
        assert result.returncode != 0 and "Read-only file system" in result.stderr
        assert not (environment / "new.txt").exists()
    # Afterwards the workspace is as it was, and the repository's directory is untouched.
    assert list(workspace.iterdir()) == []
    assert (environment / "marker.txt").read_text() == "from the repository\n"


def test_nothing_is_shown_over_what_the_workspace_has_or_outside_it(tmp_path: Path) -> None:
    source = tmp_path / "source"
    source.mkdir()
    (source / "secret.txt").write_text("not for the sandbox")
    workspace = tmp_path / "workspace"
    (workspace / ".venv").mkdir(parents=True)
    script = "import os; print(sorted(os.listdir('.venv')), os.path.exists('../escape'))"
    result = run_sandboxed([sys.executable, "-c", script], workspace,
                           inside={".venv": source, "../escape": source})
    assert result.stdout.strip() == "[] False", result.stderr


def test_a_pytest_command_runs_a_test_file_with_unittest_where_there_is_no_pytest(
    tmp_path: Path, bare_venv: Path,
) -> None:
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "__init__.py").write_text("")
    (tmp_path / "tests" / "test_one.py").write_text(
        "import unittest\n\n\nclass OneTest(unittest.TestCase):\n"
        "    def test_one(self) -> None:\n        self.assertEqual(1, 1)\n")
    run = run_suite(tmp_path, [str(bare_venv), "-m", "pytest", "-q", "-p", "no:cacheprovider",
                               "tests/test_one.py"], 120)
    assert run.returncode == 0, run.output
    assert run.summary is not None and run.summary.runner == "unittest"
    assert run.summary.passed == 1


# -- the regression test in the project's style ---------------------------------------------


def _project(root: Path, tests: dict[str, str]) -> Path:
    for rel, text in tests.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    return root


def test_the_style_follows_the_projects_tests(tmp_path: Path, bare_venv: Path) -> None:
    testcase = "import unittest\n\nclass T(unittest.TestCase):\n    pass\n"
    unittest_only = _project(tmp_path / "a", {"tests/test_a.py": testcase})
    mixed = _project(tmp_path / "b", {"tests/test_a.py": testcase,
                                      "tests/test_b.py": "def test_b() -> None:\n    pass\n"})
    assert regression_test_style(unittest_only, sys.executable) == "unittest"
    assert regression_test_style(mixed, sys.executable) == "pytest"
    # No pytest to run anything else with: unittest, whatever the tests look like.
    assert regression_test_style(mixed, str(bare_venv)) == "unittest"


def test_a_regression_test_as_a_testcase() -> None:
    scenario = Scenario("call", "describe(7)", imports={"from shop.users import describe"},
                        action=["result = describe(user_id=7)"], test_style="unittest",
                        environment={"SHOP_REGION": "bugstack-shop_region", "SHOP_KEY": None})
    outcome = Outcome(ran=True, value={"repr": "''", "type": "str"})
    source = render_regression_test(scenario, outcome, "describe", "returns []")
    assert source == (
        '"""Regression test written by bugstack: returns []"""\n'
        "\n"
        "import os\n"
        "import unittest\n"
        "from shop.users import describe\n"
        "from unittest import mock\n"
        "\n"
        "\n"
        "class DescribeRegressionTest(unittest.TestCase):\n"
        "    def test_describe_regression(self) -> None:\n"
        "        with mock.patch.dict(os.environ, {'SHOP_REGION': 'bugstack-shop_region'}):\n"
        "            os.environ.pop('SHOP_KEY', None)\n"
        "            result = describe(user_id=7)\n"
        "            self.assertEqual(result, '')\n"
    )
    pytest_style = Scenario("call", "describe(7)", imports={"from shop.users import describe"},
                            action=["result = describe(user_id=7)"])
    assert render_regression_test(pytest_style, outcome, "describe", "returns []").endswith(
        "def test_describe_regression() -> None:\n"
        "    result = describe(user_id=7)\n"
        "    assert result == ''\n")


def test_a_raised_error_and_a_response_as_a_testcase() -> None:
    call = Scenario("call", "item(4)", imports={"from shop.api import item"},
                    action=["result = item(item_id=4)"], test_style="unittest")
    raised = Outcome(ran=True, raised=True, exc_type="HTTPException",
                     exc_module="fastapi.exceptions", value={"status": 404})
    source = render_regression_test(call, raised, "item", "answers 404")
    compile(source, "test.py", "exec")
    assert "        with self.assertRaises(HTTPException) as caught:\n" \
           "            result = item(item_id=4)\n" \
           "        self.assertEqual(caught.exception.status_code, 404)\n" in source
    assert "pytest" not in source
    request = Scenario("request", "GET /items/4", framework="flask", test_style="unittest",
                       imports={"from shop.web import app"},
                       action=["client = app.test_client()", "result = client.get('/items/4')"])
    answered = Outcome(ran=True, value={"status": 200, "json": None, "json_ok": True})
    source = render_regression_test(request, answered, "item", "answers null")
    assert "self.assertEqual(result.status_code, 200)\n" in source
    assert "self.assertIsNone(result.get_json())\n" in source


def test_an_interpreter_named_by_the_repository_shows_only_the_installations_parts(
    tmp_path: Path, bare_venv: Path,
) -> None:
    from bugstack.repair.sandbox.model import SandboxLimits
    from bugstack.repair.sandbox.mounts import MountPlan

    # A "virtual environment" at the root of an installation that keeps its data there.
    server = tmp_path / "srv"
    (server / "bin").mkdir(parents=True)
    (server / "bin" / "python").symlink_to(bare_venv.resolve())
    (server / "pyvenv.cfg").write_text((bare_venv.parent.parent / "pyvenv.cfg").read_text())
    (server / "data").mkdir()
    (server / "lib64").symlink_to("lib")
    workspace = tmp_path / "workspace"
    workspace.mkdir()
    plan = MountPlan(limits=SandboxLimits(), workspace=workspace, uid=None,
                     programs=[str(server / "bin" / "python")])
    argv = plan.argv(["make", "test"], "bwrap", None)
    plan.close()
    mounted = {argv[i + 2]: argv[i + 1] for i, part in enumerate(argv[:-2])
               if part in ("--ro-bind", "--symlink")}
    assert mounted[str(server / "bin")] == str(server / "bin")
    assert mounted[str(server / "pyvenv.cfg")] == str(server / "pyvenv.cfg")
    assert mounted[str(server / "lib64")] == "lib"
    assert str(server) not in mounted and str(server / "data") not in mounted
