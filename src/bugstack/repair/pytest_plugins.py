"""Which installed pytest plugins an app's suite loads, when it runs on bugstack's interpreter.

An app without a virtual environment of its own runs its tests with the interpreter that
runs bugstack, whose pytest plugins (hypothesis, schemathesis, ...) belong to bugstack,
not to the app. Autoloading them costs seconds on every pytest start, which is most of a
small suite's time and is paid for the baseline, the suite with the fix and the
regression test alike. Those plugins are switched off with ``-p no:NAME``; a plugin stays
when the project declares its distribution or its tests or configuration name it (an
``asyncio`` marker, an ``anyio`` fixture), so a suite that needs one still has it. With
the repository's own environment nothing is switched off: its plugins are the app's.
"""

from __future__ import annotations

import importlib.metadata
import os
import re
import sys
from functools import lru_cache
from pathlib import Path

from bugstack.guides.declared import canonical, declared_distributions

__all__ = ["unused_plugin_args"]

_CONFIG_FILES = ("pytest.ini", "pyproject.toml", "setup.cfg", "tox.ini", "conftest.py")


def _project_text(root: Path) -> str:
    """The test configuration and test sources, where a plugin in use is named."""
    parts = [(root / name).read_text(encoding="utf-8", errors="replace")
             for name in _CONFIG_FILES if (root / name).is_file()]
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).parts
        if {".venv", "venv", "env", "site-packages", "node_modules"}.intersection(rel):
            continue
        if path.name.startswith("test") or path.name == "conftest.py" or "tests" in rel:
            parts.append(path.read_text(encoding="utf-8", errors="replace"))
    return "\n".join(parts)


@lru_cache(maxsize=32)
def _unused(root: Path) -> tuple[str, ...]:
    declared = declared_distributions(root)
    text = _project_text(root)
    unused = []
    for entry in importlib.metadata.entry_points(group="pytest11"):
        dist = canonical(entry.dist.name) if entry.dist is not None else ""
        words = {entry.name, dist, dist.removeprefix("pytest-")} - {""}
        if dist in declared or any(re.search(rf"\b{re.escape(w)}", text) for w in words):
            continue
        unused.append(entry.name)
    return tuple(sorted(unused))


def unused_plugin_args(root: Path, python: str) -> list[str]:
    """``-p no:NAME`` for bugstack's own pytest plugins the app at ``root`` does not use."""
    if os.path.abspath(python) != os.path.abspath(sys.executable):
        return []  # the app's own environment: its plugins are its own
    return [arg for name in _unused(root.resolve()) for arg in ("-p", f"no:{name}")]
