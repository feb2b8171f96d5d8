"""Classes named in a captured repr, imported from where they are defined.

A repr is evaluated as if in the frame's module, so ``Member(user_id=7, role='support')``
inside a ``Workspace`` repr becomes ``from rbac.access import Member``. When ``access``
never imports ``Member`` (it only needed ``Workspace``), that import fails and the replay
raises ImportError instead of the captured error. The class is then imported from the one
module of the repository that defines it at its top level; with none or several, the
import is left as it was and the replay says why it failed.
"""

from __future__ import annotations

import ast
import re

from bugstack.repair.reproduce.model import module_name
from bugstack.repair.workspace import Workspace

__all__ = ["imported_from_definitions"]

_FROM_IMPORT = re.compile(r"^from (?P<module>[\w.]+) import (?P<name>\w+)$")


def imported_from_definitions(imports: set[str], workspace: Workspace) -> set[str]:
    modules = {module_name(rel): rel for rel in workspace.files()}
    trees: dict[str, ast.Module | None] = {}

    def tree(rel: str) -> ast.Module | None:
        if rel not in trees:
            try:
                trees[rel] = ast.parse(workspace.read(rel))
            except (OSError, SyntaxError, UnicodeDecodeError):
                trees[rel] = None
        return trees[rel]

    result = set()
    for line in imports:
        match = _FROM_IMPORT.match(line)
        rel = modules.get(match.group("module")) if match else None
        parsed = tree(rel) if rel else None
        bound = _bound(parsed) if parsed is not None else set()
        if match is None or parsed is None or match.group("name") in bound or "*" in bound:
            result.add(line)
            continue
        name = match.group("name")
        homes = [module for module, other in modules.items()
                 if (defined := tree(other)) is not None and any(
                     isinstance(node, ast.ClassDef) and node.name == name
                     for node in defined.body)]
        result.add(f"from {homes[0]} import {name}" if len(homes) == 1 else line)
    return result


def _bound(tree: ast.Module) -> set[str]:
    """The names a module binds at its top level: what ``from it import X`` can find."""
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
            continue
        for inner in ast.walk(node):  # `try: from x import Y` binds Y too
            if isinstance(inner, ast.Import | ast.ImportFrom):
                names |= {(alias.asname or alias.name).split(".")[0] for alias in inner.names}
            elif isinstance(inner, ast.Name) and isinstance(inner.ctx, ast.Store):
                names.add(inner.id)
            elif isinstance(inner, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                names.add(inner.name)
    # A star import or a module __getattr__ may bind anything: leave such imports alone.
    if any(isinstance(node, ast.ImportFrom) and any(a.name == "*" for a in node.names)
           for node in tree.body) or "__getattr__" in names:
        names.add("*")
    return names
