"""Declare the distribution behind a missing module in the project's requirement file.

``ModuleNotFoundError: No module named 'yaml'`` in production, while the module imports
fine where the code was written, means the distribution was installed by hand (or came
along with another package) and never declared. The crash site must be an ``import`` of
that module, the module must not be part of the repository, and its distribution must
be installed in the app's environment (its version there is pinned) or be a well-known
one (PyYAML for ``yaml``, declared without a version).
The fix is not in the Python code: the distribution is added to the file the project
declares its dependencies in (see ``bugstack.guides.requirement_files``).
"""

from __future__ import annotations

import ast
import re

from bugstack.domain import CrashSite
from bugstack.guides.declared import app_installed, canonical, declared_distributions, providers
from bugstack.guides.requirement_files import add_requirement

__all__ = ["fix_site", "missing_module", "rewrite"]

_MESSAGE = re.compile(r"^No module named '([\w.]+)'")


def rewrite(source: str, line: int | None) -> str | None:
    """The Python code is never what changes: the requirement file is (``fix_site``)."""
    return None


def missing_module(site: CrashSite) -> str | None:
    """The top-level module the crash could not import, if the crash line imports it."""
    found = _MESSAGE.match(site.exception.value)
    crash = site.crash
    if found is None or crash is None:
        return None
    top = found.group(1).split(".")[0]
    try:
        tree = ast.parse(crash.source)
    except SyntaxError:
        return None
    for node in ast.walk(tree):
        if not isinstance(node, ast.Import | ast.ImportFrom):
            continue
        if not node.lineno <= crash.lineno <= (node.end_lineno or node.lineno):
            continue
        if isinstance(node, ast.ImportFrom):
            names = [node.module or ""] if node.level == 0 else []
        else:
            names = [alias.name for alias in node.names]
        if any(name.split(".")[0] == top for name in names):
            return top
    return None


def _is_local(site: CrashSite, top: str) -> bool:
    """A module of the repository itself is not a dependency (a wrong path, not a package)."""
    return any(site.read(candidate) is not None for candidate in (
        f"{top}.py", f"{top}/__init__.py", f"src/{top}.py", f"src/{top}/__init__.py"))


def fix_site(site: CrashSite) -> dict[str, str]:
    if site.root is None:
        return {}
    top = missing_module(site)
    if top is None or _is_local(site, top):
        return {}
    app = app_installed(site.root, top)
    found = list(app.providers) if app is not None and app.providers else providers(top)
    if len(found) != 1:
        return {}  # unknown, or several distributions ship it: which one is a guess
    dist = found[0]
    if canonical(dist) in declared_distributions(site.root):
        return {}  # declared already: the environment is broken some other way
    edit = add_requirement(site, dist, app.version if app is not None else None)
    return {edit.path: edit.text} if edit is not None else {}
