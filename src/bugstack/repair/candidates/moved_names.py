"""``name 'PASS_MARK' is not defined``: a name the package defines in another module,
used without importing it (a constant or helper moved in a refactor, an import lost in
a merge).

The fix imports it from the one module that defines it, added to that module's existing
``from`` import when there is one, as a person would write it. Defining the name again
where it crashed (the obvious repair) would fork it: the copy keeps the old value while
the moved one is the one the package maintains.

Backing, all of it required: the name is public (no leading ``_``), the crashing module
neither defines nor imports it, and exactly one module of the crashing module's package
(tests left out) defines it at its top level, by assignment, ``def`` or ``class``, once;
the crashing module already imports other names from that module (the lost name joins a
line it has: a module it never used may define the same name for something else, such
as an upload's ``MAX_LENGTH`` for a comment's); no name in scope is close to it (``RATE``
written for the parameter ``rate`` is a misspelling, ``names.py``'s); and the name is
never rebound (``global CURRENT_USER`` in a function: an import would copy its first
value). Two modules defining it back nothing, and neither does a module that imports the
crashing one (the import would be circular).
"""

from __future__ import annotations

import ast
import difflib
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import insert_import
from bugstack.repair.candidates.package_functions import module_name, package_modules

__all__ = ["MovedName"]

_NAME_ERROR = re.compile(r"name '(\w+)' is not defined")


def _defines(tree: ast.Module, name: str) -> bool:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            if node.name == name:
                return True
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == name for t in targets):
                return True
    return False


def _binds(tree: ast.Module, name: str) -> bool:
    """Whether the module binds ``name`` anywhere at its top: defined or imported."""
    if _defines(tree, name):
        return True
    return any(isinstance(node, ast.Import | ast.ImportFrom)
               and any((a.asname or a.name).split(".")[0] == name for a in node.names)
               for node in tree.body)


def _imports(tree: ast.Module, module: str) -> bool:
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module == module or any(
                    f"{node.module}.{a.name}" == module for a in node.names):
                return True
        elif isinstance(node, ast.Import) and any(a.name == module for a in node.names):
            return True
    return False


def with_import(source: str, tree: ast.Module, module: str, name: str) -> str:
    """``source`` importing ``name`` from ``module``: added to a one-line ``from module
    import ...`` the file already has, else as an import line of its own."""
    for node in tree.body:
        if (isinstance(node, ast.ImportFrom) and node.level == 0 and node.module == module
                and node.lineno == node.end_lineno and not any(a.name == "*" for a in node.names)):
            lines = source.splitlines(keepends=True)
            line = lines[node.lineno - 1]
            names = [a.name if a.asname is None else f"{a.name} as {a.asname}"
                     for a in node.names]
            indent = line[: len(line) - len(line.lstrip())]
            rest = line[(node.end_col_offset or len(line.rstrip("\n"))):]
            lines[node.lineno - 1] = (f"{indent}from {module} import "
                                      f"{', '.join([*names, name])}{rest}")
            return "".join(lines)
    return insert_import(source, f"from {module} import {name}")


def _imports_from(tree: ast.Module, module: str) -> bool:
    return any(isinstance(node, ast.ImportFrom) and node.level == 0 and node.module == module
               for node in tree.body)


def _rebound(tree: ast.Module, name: str) -> bool:
    """Bound more than once at the top, or rebound by a function (``global``)."""
    bindings = ast.Assign | ast.AnnAssign | ast.AugAssign
    top = sum(1 for node in tree.body if isinstance(node, bindings)
              and any(isinstance(t, ast.Name) and t.id == name for t in (
                  node.targets if isinstance(node, ast.Assign) else [node.target])))
    return top > 1 or any(isinstance(node, ast.Global) and name in node.names
                          for node in ast.walk(tree))


def _close_in_scope(analysis: Analysis, missing: str) -> bool:
    """A name in scope it may be a misspelling of (``RATE`` for the parameter ``rate``)."""
    assert analysis.tree is not None
    names = {n.id for n in ast.walk(analysis.function or analysis.tree)
             if isinstance(n, ast.Name) and n.id != missing}
    if analysis.function is not None:
        args = analysis.function.args
        names |= {a.arg for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]}
    names |= {node.name for node in analysis.tree.body
              if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)}
    lowered = missing.lower()
    return any(n.lower() == lowered for n in names) or bool(
        difflib.get_close_matches(missing, sorted(names), n=1, cutoff=0.75))


class MovedName:
    name = "moved-name"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        if analysis.exc_type != "NameError" or analysis.crash is None or analysis.tree is None:
            return
        match = _NAME_ERROR.search(analysis.message)
        if match is None or match.group(1).startswith("_"):
            return
        missing = match.group(1)
        if _binds(analysis.tree, missing):
            return  # defined here after all (a del, a conditional import): not this bug
        crash_module = module_name(analysis.crash.path)
        defining: list[tuple[str, ast.Module]] = []
        for path in package_modules(analysis):
            if path == analysis.crash.path:
                continue
            text = analysis.read(path)
            if text is None or missing not in text:
                continue
            try:
                tree = ast.parse(text)
            except SyntaxError:
                continue
            if _defines(tree, missing):
                defining.append((path, tree))
        if len(defining) != 1:
            return
        path, tree = defining[0]
        module = module_name(path)
        if _imports(tree, crash_module) or not _imports_from(analysis.tree, module):
            return
        if _rebound(tree, missing) or _close_in_scope(analysis, missing):
            return
        source = analysis.crash.source
        yield Candidate(
            strategy=self.name,
            description=(f"`{missing}` is defined in `{module}` and used in "
                         f"`{crash_module}` without being imported; the import is added."),
            edits={analysis.crash.path: with_import(source, analysis.tree, module, missing)},
            originals={analysis.crash.path: source},
            plausibility=0.85,
            contract=f"`{missing}` is defined once in the package, in `{module}`",
        )
