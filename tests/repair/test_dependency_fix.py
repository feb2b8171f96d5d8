"""``bugstack fix`` on a ModuleNotFoundError for a distribution installed here but never
declared: reproduced with the module hidden as on the server, fixed in the requirement
file the project uses, with a regression test that checks the declaration."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
from pathlib import Path

import pytest

from tests.repair.apps import capture_event, make_repo, run_fix

pytestmark = pytest.mark.slow

# The server's environment: what pyproject.toml does not declare is not installed there.
_SERVER = """
class _Server:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] == "yaml":
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
import sys
sys.modules.pop("yaml", None)
sys.meta_path.insert(0, _Server())
"""

APP = {
    "pyproject.toml": '''
        [project]
        name = "exports"
        version = "1.0"
        dependencies = [
            "python-dateutil==2.9.0.post0",
        ]

        [tool.pytest.ini_options]
        pythonpath = ["."]
    ''',
    "exports/__init__.py": "",
    "exports/feed.py": '''
        def as_yaml(items: dict[str, int]) -> str:
            """The stock levels, as the warehouse reads them."""
            import yaml  # only the export needs it, so it is imported here

            return yaml.safe_dump(items, sort_keys=True)
    ''',
    "tests/__init__.py": "",
    "tests/test_feed.py": '''
        from exports.feed import as_yaml


        def test_levels() -> None:
            assert as_yaml({"mug": 3}) == "mug: 3\\n"
    ''',
}


def test_an_undeclared_dependency_is_declared_where_the_project_declares_them(
    tmp_path: Path,
) -> None:
    repo = make_repo(tmp_path / "repo", APP)
    event = capture_event(repo, tmp_path / "srv" / "app",
                          _SERVER + "from exports.feed import as_yaml\nas_yaml({'mug': 3})")
    assert event["exception"]["values"][-1]["type"] == "ModuleNotFoundError"

    code, data, stderr = run_fix(repo, event, tmp_path, "--write")
    assert code == 0, stderr
    assert data is not None and data["status"] == "fixed", data
    assert data["guide_id"] == "module-not-found-undeclared-dependency"
    version = importlib.metadata.version("PyYAML")
    # One new line in the dependencies array, indented and quoted like its neighbour.
    assert data["patch"].startswith("--- a/pyproject.toml\n+++ b/pyproject.toml")
    assert f'+    "PyYAML=={version}",\n' in data["patch"]
    assert data["patch"].count("\n+") == 2  # the header line and the one requirement
    assert "PyYAML" in data["explanation"]
    test = data["regression_test"]
    assert test["path"] == "tests/test_regression_as_yaml.py"
    assert "assert undeclared_imports(['yaml'], ROOT) == []" in test["content"]
    assert data["checks"]["regression_test_before"] == "failed"

    # Written into the repository, the regression test passes there, with the app's own.
    assert f'"PyYAML=={version}",' in (repo / "pyproject.toml").read_text()
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
                          cwd=repo, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout[-2000:]
    assert "2 passed" in done.stdout
