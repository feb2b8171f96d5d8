"""``bugstack fix`` on apps as they really are: their own interpreter (a virtual
environment without pytest), unittest suites, ``make test`` naming an interpreter by path,
and the versions installed in the app's environment rather than in bugstack's."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.repair.apps import capture_event, make_repo, run_fix

pytestmark = pytest.mark.slow

#: The Python bugstack's own environment was made from: an app's environment is made from
#: it too, as a developer's would be (a fast ``venv`` without pip).
BASE_PYTHON = str(Path(sys.executable).resolve())

USERS = '''
    USERS: dict[int, list[str]] = {1: ["admin", "editor"], 2: []}


    def roles_of(user_id: int) -> list[str]:
        """The roles of a user."""
        if user_id in USERS:
            return USERS[user_id]
        return None


    def describe(user_id: int) -> str:
        roles = roles_of(user_id)
        return ", ".join(sorted(roles))
'''

UNITTEST_APP = {
    ".gitignore": ".venv/\n",
    "shop/__init__.py": "",
    "shop/users.py": USERS,
    "tests/__init__.py": "",
    "tests/test_users.py": '''
        import unittest

        from shop.users import describe


        class DescribeTest(unittest.TestCase):
            def test_describe(self) -> None:
                self.assertEqual(describe(1), "admin, editor")
    ''',
}

PYTEST_APP = {
    ".gitignore": ".venv/\n",
    "shop/__init__.py": "",
    "shop/users.py": USERS,
    "tests/__init__.py": "",
    "tests/test_users.py": '''
        from shop.users import describe


        def test_describe() -> None:
            assert describe(1) == "admin, editor"
    ''',
}


def make_venv(where: Path, *, system_site_packages: bool) -> Path:
    """A real virtual environment (without pip, which it does not need); its python."""
    options = ["--system-site-packages"] if system_site_packages else []
    subprocess.run([BASE_PYTHON, "-m", "venv", "--without-pip", *options, str(where)],
                   check=True, capture_output=True, timeout=120)
    return where / "bin" / "python"


def _describe_event(repo: Path, tmp_path: Path) -> dict[str, object]:
    return capture_event(repo, tmp_path / "srv" / "app",
                         "from shop.users import describe\ndescribe(7)")


def _has_pytest(python: Path) -> bool:
    done = subprocess.run([str(python), "-c", "import pytest"], capture_output=True,
                          timeout=120, check=False)
    return done.returncode == 0


# -- 1. unittest-only apps whose environment has no pytest --------------------------------


@pytest.mark.parametrize("test_command", [None, "python -m unittest"])
def test_a_unittest_app_without_pytest_gets_a_verified_fix(
    test_command: str | None, tmp_path: Path,
) -> None:
    repo = make_repo(tmp_path / "repo", UNITTEST_APP)
    python = make_venv(repo / ".venv", system_site_packages=False)
    assert not _has_pytest(python)
    event = _describe_event(repo, tmp_path)

    extra = ["--test-command", test_command] if test_command else []
    code, data, stderr = run_fix(repo, event, tmp_path, "--write", *extra)
    assert code == 0, (stderr, data)
    assert data is not None and data["status"] == "fixed", data
    assert "return []" in data["patch"]
    test = data["regression_test"]
    assert test["path"] == "tests/test_regression_describe.py"
    # The project's style: a TestCase with unittest's assertions, no pytest anywhere.
    assert "class DescribeRegressionTest(unittest.TestCase):" in test["content"]
    assert "self.assertEqual(result, '')" in test["content"]
    assert "pytest" not in test["content"]
    checks = data["checks"]
    assert checks["suite_before"]["passed"] == 1 and checks["suite_before"]["failed"] == 0
    assert checks["suite_after"]["passed"] == 2 and checks["suite_after"]["failed"] == 0
    assert checks["regression_test_before"] == "failed"

    # Written into the repository, the app's own runner finds the new test, and it passes.
    done = subprocess.run([str(python), "-m", "unittest"], cwd=repo, capture_output=True,
                          text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Ran 2 tests" in done.stderr


@pytest.mark.parametrize("command", ["{missing} -m unittest", "python -m pytest -q"])
def test_a_test_command_that_cannot_start_is_said_plainly(command: str, tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", UNITTEST_APP)
    make_venv(repo / ".venv", system_site_packages=False)
    event = _describe_event(repo, tmp_path)

    missing = tmp_path / "nowhere" / "bin" / "python"
    code, data, _ = run_fix(repo, event, tmp_path, "--test-command",
                            command.format(missing=missing))
    assert code == 1
    assert data is not None and data["status"] == "not_fixed", data
    assert "test command could not run" in data["explanation"]
    # The reason names what is missing: the interpreter, or pytest in the app's one.
    assert (str(missing) if "missing" in command else "No module named pytest") \
        in data["explanation"]


def test_a_suite_that_fails_without_naming_tests_is_said_plainly(tmp_path: Path) -> None:
    app = {**UNITTEST_APP, "run_tests.sh": "echo 'the test database is not set up'\nexit 3\n"}
    repo = make_repo(tmp_path / "repo", app)
    make_venv(repo / ".venv", system_site_packages=False)
    event = _describe_event(repo, tmp_path)

    code, data, _ = run_fix(repo, event, tmp_path, "--test-command", "sh run_tests.sh")
    assert code == 1
    assert data is not None and data["status"] == "not_fixed", data
    assert "fails before any change (exit status 3)" in data["explanation"]
    assert "suite_after" not in data["checks"]


# -- 2. `make test` naming an interpreter by path ------------------------------------------


def test_make_test_with_the_repository_environment_by_relative_path(tmp_path: Path) -> None:
    app = dict(PYTEST_APP)
    app["Makefile"] = "test:\n\t.venv/bin/python -m pytest -q -p no:cacheprovider tests\n"
    repo = make_repo(tmp_path / "repo", app)
    make_venv(repo / ".venv", system_site_packages=True)
    event = _describe_event(repo, tmp_path)

    code, data, stderr = run_fix(repo, event, tmp_path, "--test-command", "make test")
    assert code == 0, (stderr, data)
    assert data is not None and data["status"] == "fixed", data
    assert data["checks"]["suite_before"]["passed"] == 1
    assert data["checks"]["suite_after"]["passed"] == 2
    # The environment was lent to the sandbox, never copied into the repository.
    assert not (repo / ".venv" / "tests").exists()
    assert subprocess.run(["git", "-C", str(repo), "status", "--porcelain"],
                          capture_output=True, text=True, check=True).stdout == ""


def test_make_test_with_an_interpreter_outside_the_repository(tmp_path: Path) -> None:
    tools = make_venv(tmp_path / "tools" / "py", system_site_packages=True)
    app = dict(PYTEST_APP)
    app["Makefile"] = f"PYTHON = {tools}\n\ntest:\n\t$(PYTHON) -m pytest -q -p no:cacheprovider\n"
    repo = make_repo(tmp_path / "repo", app)
    event = _describe_event(repo, tmp_path)

    code, data, stderr = run_fix(repo, event, tmp_path, "--test-command", "make test")
    assert code == 0, (stderr, data)
    assert data is not None and data["status"] == "fixed", data
    assert data["checks"]["suite_before"]["passed"] == 1
    assert data["checks"]["suite_after"]["passed"] == 2


# -- 3. the version pinned is the app's, not bugstack's -------------------------------------


def _install_fake_distribution(python: Path, name: str, version: str, module: str,
                               source: str) -> None:
    """A distribution installed into the environment by hand, as pip would leave it."""
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()"
                           "['purelib'])"], capture_output=True, text=True, check=True,
                          timeout=120).stdout.strip()
    package = Path(site) / module
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(textwrap.dedent(source), encoding="utf-8")
    info = Path(site) / f"{name}-{version}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n",
                                   encoding="utf-8")
    (info / "top_level.txt").write_text(f"{module}\n", encoding="utf-8")
    (info / "RECORD").write_text(f"{module}/__init__.py,,\n", encoding="utf-8")


def test_an_undeclared_dependency_is_pinned_to_the_apps_version(tmp_path: Path) -> None:
    from tests.repair.test_dependency_fix import _SERVER, APP

    app = {**APP, ".gitignore": ".venv/\n"}
    repo = make_repo(tmp_path / "repo", app)
    python = make_venv(repo / ".venv", system_site_packages=True)
    _install_fake_distribution(python, "PyYAML", "5.3.1", "yaml", '''
        def safe_dump(data, sort_keys=True):
            return "".join(f"{key}: {value}\\n" for key, value in sorted(data.items()))
    ''')
    event = capture_event(repo, tmp_path / "srv" / "app",
                          _SERVER + "from exports.feed import as_yaml\nas_yaml({'mug': 3})")

    code, data, stderr = run_fix(repo, event, tmp_path)
    assert code == 0, (stderr, data)
    assert data is not None and data["status"] == "fixed", data
    assert '+    "PyYAML==5.3.1",\n' in data["patch"]
