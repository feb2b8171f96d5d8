"""Declare ``global NAME`` in a function that updates a module-level variable.

Applies when the crashing function binds NAME only by assignment or ``+=``-style updates
(never as a parameter, loop variable, import or ``with`` target), reads it, and the
module itself assigns NAME at top level.
"""

from __future__ import annotations

import ast
import re

import libcst as cst

from bugstack.domain import CrashSite
from bugstack.guides.codemod_support import LineScoped, run_transformer

_MESSAGE = re.compile(r"local variable '(\w+)' (?:where it is not associated|referenced before)")


def _module_names(source: str) -> set[str]:
    names: set[str] = set()
    for stmt in ast.parse(source).body:
        targets: list[ast.expr] = []
        if isinstance(stmt, ast.Assign):
            targets = list(stmt.targets)
        elif isinstance(stmt, ast.AnnAssign | ast.AugAssign):
            targets = [stmt.target]
        names.update(t.id for t in targets if isinstance(t, ast.Name))
    return names


def _local_bindings(func: ast.FunctionDef | ast.AsyncFunctionDef) -> dict[str, set[str]]:
    """Name -> kinds of binding in the function body itself (nested scopes excluded)."""
    kinds: dict[str, set[str]] = {}
    for arg in (*func.args.posonlyargs, *func.args.args, *func.args.kwonlyargs):
        kinds.setdefault(arg.arg, set()).add("param")
    stack: list[ast.AST] = list(func.body)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef | ast.Lambda):
            continue
        if isinstance(node, ast.Global | ast.Nonlocal):
            for name in node.names:
                kinds.setdefault(name, set()).add("declared")
        if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
            kinds.setdefault(node.target.id, set()).add("update")
            stack.append(node.value)
            continue
        if isinstance(node, ast.Assign) and all(isinstance(t, ast.Name) for t in node.targets):
            for target in node.targets:
                assert isinstance(target, ast.Name)
                kinds.setdefault(target.id, set()).add("assign")
            stack.append(node.value)
            continue
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            kinds.setdefault(node.id, set()).add("other")
        stack.extend(ast.iter_child_nodes(node))
    return kinds


def _first_lines(func: ast.FunctionDef | ast.AsyncFunctionDef, *, store: bool) -> dict[str, int]:
    """Name -> first line it is read (``+=`` counts as a read) or plainly assigned."""
    first: dict[str, int] = {}
    for node in ast.walk(func):
        name = None
        if store and isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    first[target.id] = min(first.get(target.id, node.lineno), node.lineno)
            continue
        if not store and isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
            name = node.target.id
        elif not store and isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            name = node.id
        if name is not None:
            line: int = getattr(node, "lineno", 0)
            first[name] = min(first.get(name, line), line)
    return first


class _DeclareGlobal(LineScoped):
    def __init__(self, line: int | None, names: set[str], wanted: str | None) -> None:
        super().__init__(line)
        self.module_names = names
        self.wanted = wanted
        self.inside = 0

    def leave_FunctionDef(
        self, original: cst.FunctionDef, updated: cst.FunctionDef
    ) -> cst.FunctionDef:
        if self.line is None or self.changed or not self.covers(original):
            return updated
        code = cst.Module(body=[original.with_changes(decorators=[], leading_lines=[])]).code
        tree = ast.parse(code).body[0]
        assert isinstance(tree, ast.FunctionDef | ast.AsyncFunctionDef)
        reads = {
            n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)
        }
        reads |= {
            n.target.id
            for n in ast.walk(tree)
            if isinstance(n, ast.AugAssign) and isinstance(n.target, ast.Name)
        }
        names = []
        first_read = _first_lines(tree, store=False)
        first_assign = _first_lines(tree, store=True)
        for name, kinds in sorted(_local_bindings(tree).items()):
            # A function that assigns the name before it ever reads it has a real local.
            if first_assign.get(name, 10**9) < first_read.get(name, 10**9):
                continue
            if self.wanted is not None and name != self.wanted:
                continue
            if (
                name in self.module_names
                and name in reads
                and kinds <= {"assign", "update"}
                and ("update" in kinds or self.wanted is not None)
            ):
                names.append(name)
        if not names:
            return updated
        self.changed = True
        declaration = cst.SimpleStatementLine(
            body=[cst.Global(names=[cst.NameItem(cst.Name(n)) for n in names])]
        )
        body = list(updated.body.body)
        at = 0
        if body and isinstance(body[0], cst.SimpleStatementLine):
            first = body[0].body[0]
            if isinstance(first, cst.Expr) and isinstance(first.value, cst.SimpleString):
                at = 1  # keep the docstring first
        body.insert(at, declaration)
        return updated.with_changes(body=updated.body.with_changes(body=body))


def rewrite(source: str, line: int | None, wanted: str | None = None) -> str | None:
    return run_transformer(source, _DeclareGlobal(line, _module_names(source), wanted))


def fix_site(site: CrashSite) -> dict[str, str]:
    found = _MESSAGE.search(site.exception.value)
    if found is None or site.crash is None:
        return {}
    crash = site.crash
    new = rewrite(crash.source, crash.lineno, found.group(1))
    return {crash.path: new} if new is not None else {}
