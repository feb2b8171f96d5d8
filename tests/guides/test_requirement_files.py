"""Declaring a distribution in the file the project uses, written like the lines around it,
and reading what a project declares."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bugstack.domain import CrashSite, ErrorEvent
from bugstack.guides.declared import declared_distributions, undeclared_imports
from bugstack.guides.requirement_files import add_requirement


def _site(root: Path) -> CrashSite:
    event = ErrorEvent.from_dict({"exception": {"values": [
        {"type": "ModuleNotFoundError", "value": "No module named 'yaml'"}]}})
    assert event.primary is not None
    return CrashSite(event=event, exception=event.primary, frames=(), root=root)


def _project(tmp_path: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return tmp_path


CASES = {
    "sorted requirements keep their order": (
        "requirements.txt",
        "# server\nFlask==3.0.0\nrequests==2.32.3\n",
        "# server\nFlask==3.0.0\nPyYAML==6.0.4\nrequests==2.32.3\n",
    ),
    "unsorted requirements get it at the end, with the file's operator": (
        "requirements.txt",
        "requests>=2.0\nflask>=3.0",
        "requests>=2.0\nflask>=3.0\nPyYAML>=6.0.4\n",
    ),
    "pyproject array, one entry a line": (
        "pyproject.toml",
        '[project]\nname = "x"\ndependencies = [\n  "flask==3.0.0",\n  "requests==2.32.3"\n]\n'
        "\n[tool.ruff]\nline-length = 100\n",
        '[project]\nname = "x"\ndependencies = [\n  "flask==3.0.0",\n  "PyYAML==6.0.4",\n'
        '  "requests==2.32.3"\n]\n\n[tool.ruff]\nline-length = 100\n',
    ),
    "pyproject array on one line, single quotes": (
        "pyproject.toml",
        "[project]\nname = 'x'\ndependencies = ['flask==3.0.0']\n",
        "[project]\nname = 'x'\ndependencies = ['flask==3.0.0', 'PyYAML==6.0.4']\n",
    ),
    "setup.cfg install_requires": (
        "setup.cfg",
        "[metadata]\nname = x\n\n[options]\ninstall_requires =\n    flask==3.0.0\n"
        "packages = find:\n",
        "[metadata]\nname = x\n\n[options]\ninstall_requires =\n    flask==3.0.0\n"
        "    PyYAML==6.0.4\npackages = find:\n",
    ),
    "Pipfile packages": (
        "Pipfile",
        '[packages]\nflask = "==3.0.0"\n\n[dev-packages]\npytest = "*"\n',
        '[packages]\nflask = "==3.0.0"\nPyYAML = "==6.0.4"\n\n[dev-packages]\npytest = "*"\n',
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_the_requirement_is_added_like_its_neighbours(name: str, tmp_path: Path) -> None:
    path, before, after = CASES[name]
    root = _project(tmp_path, {path: before})
    assert "pyyaml" not in declared_distributions(root)
    edit = add_requirement(_site(root), "PyYAML", "6.0.4")
    assert edit is not None
    assert (edit.path, edit.text) == (path, after)
    (root / path).write_text(edit.text, encoding="utf-8")
    # What was written is what the reader of declarations finds.
    assert "pyyaml" in declared_distributions(root)


def test_requirements_txt_is_preferred_and_includes_are_followed(tmp_path: Path) -> None:
    root = _project(tmp_path, {
        "requirements.txt": "-r requirements/base.txt\n",
        "requirements/base.txt": "python-dateutil==2.9.0.post0  # dates\n",
        "pyproject.toml": '[project]\nname = "x"\ndependencies = []\n',
    })
    assert declared_distributions(root) == {"python-dateutil"}
    edit = add_requirement(_site(root), "PyYAML", None)
    assert edit is not None and edit.path == "requirements.txt"
    assert edit.text == "-r requirements/base.txt\nPyYAML\n"


def test_a_project_without_a_requirement_file_gets_no_edit(tmp_path: Path) -> None:
    assert add_requirement(_site(tmp_path), "PyYAML", "6.0.4") is None


def test_undeclared_imports_map_import_names_to_distributions(tmp_path: Path) -> None:
    root = _project(tmp_path, {"requirements.txt": "pyyaml\n"})
    # yaml is PyYAML (declared); dateutil is python-dateutil (not); json is no distribution.
    assert undeclared_imports(["yaml", "dateutil.parser", "json"], root) == ["dateutil"]
