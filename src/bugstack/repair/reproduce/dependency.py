"""Reproducing a ``ModuleNotFoundError`` for a dependency that is installed here.

Production builds its environment from the project's declared requirements; a developer's
machine (and the engine's) often has more. The error is reproduced by running the code
with the undeclared module hidden (``bugstack.guides.declared.hide_undeclared``, set up by
the probe), and a module that fails while being imported is reproduced by importing it.
"""

from __future__ import annotations

import re

from bugstack.domain import CrashSite, LocatedFrame
from bugstack.repair.reproduce.model import Scenario, is_test_file, module_name
from bugstack.repair.workspace import Workspace

__all__ = ["import_scenario", "missing_dependency"]

_NO_MODULE = re.compile(r"^No module named '([\w.]+)'")


def missing_dependency(site: CrashSite, workspace: Workspace) -> str | None:
    """The top-level module a ``ModuleNotFoundError`` names, unless the repository has it."""
    if site.exception.type.rsplit(".", 1)[-1] != "ModuleNotFoundError":
        return None
    found = _NO_MODULE.match(site.exception.value)
    if found is None:
        return None
    top = found.group(1).split(".")[0]
    local = (f"{top}.py", f"{top}/__init__.py", f"src/{top}.py", f"src/{top}/__init__.py")
    if any((workspace.path / rel).exists() for rel in local):
        return None  # the app's own module: a path problem, not a missing distribution
    return top


def import_scenario(frame: LocatedFrame) -> Scenario | None:
    """Import the frame's module again, for an error raised by its top-level code."""
    if frame.frame.function != "<module>" or is_test_file(frame.path):
        return None
    module = module_name(frame.path)
    if not module:
        return None
    return Scenario("import", f"import {module}", imports={"import importlib"},
                    action=[f"result = importlib.import_module({module!r})"], module=module)
