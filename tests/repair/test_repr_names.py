"""A class named in a captured repr is imported from the module defining it when the
frame's module does not bind it; every other import is left as it was."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.reproduce.repr_names import imported_from_definitions
from bugstack.repair.workspace import Workspace


def _workspace(root: Path, files: dict[str, str]) -> Workspace:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return Workspace(repo=root, path=root, commit=None)


FILES = {
    "rbac/__init__.py": "",
    "rbac/workspace.py": "class Member:\n    pass\n\n\nclass Workspace:\n    pass\n",
    "rbac/access.py": "from rbac.workspace import Workspace\n\n\ndef can(w):\n    return w\n",
}


def test_a_class_the_module_never_imports_comes_from_its_definition(tmp_path: Path) -> None:
    workspace = _workspace(tmp_path, FILES)
    imports = {"from rbac.access import Member", "from rbac.access import Workspace",
               "from rbac.access import can", "import datetime"}
    assert imported_from_definitions(imports, workspace) == {
        "from rbac.workspace import Member", "from rbac.access import Workspace",
        "from rbac.access import can", "import datetime"}


def test_two_definitions_or_a_star_import_leave_the_import_alone(tmp_path: Path) -> None:
    twice = {**FILES, "rbac/legacy.py": "class Member:\n    pass\n"}
    assert imported_from_definitions({"from rbac.access import Member"},
                                     _workspace(tmp_path / "a", twice)) == {
        "from rbac.access import Member"}
    star = {**FILES, "rbac/access.py": "from rbac.workspace import *\n"}
    assert imported_from_definitions({"from rbac.access import Member"},
                                     _workspace(tmp_path / "b", star)) == {
        "from rbac.access import Member"}
