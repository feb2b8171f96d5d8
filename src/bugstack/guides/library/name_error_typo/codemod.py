"""Replace a misspelt name on the crashing line with the one defined name it resembles.

The candidates are the names the file binds (functions, classes, parameters, variables,
imports) and the builtins; the replacement must be the single closest one, or nothing
changes: two equally good spellings mean the recipe cannot know which was meant.
"""

from __future__ import annotations

import ast
import builtins
import difflib
import re

import libcst as cst

from bugstack.domain import CrashSite
from bugstack.guides.codemod_support import LineScoped, run_transformer

_MISSING = re.compile(r"name '(\w+)' is not defined")


def _bound_names(source: str) -> set[str]:
    names = set(dir(builtins))
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store | ast.Del):
            names.add(node.id)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.arg):
            names.add(node.arg)
        elif isinstance(node, ast.alias):
            names.add((node.asname or node.name).split(".")[0])
        elif isinstance(node, ast.ExceptHandler) and node.name:
            names.add(node.name)
    return names


def _suggest(missing: str, bound: set[str]) -> str | None:
    scored = sorted(
        ((difflib.SequenceMatcher(None, missing, b).ratio(), b) for b in bound if b != missing),
        reverse=True,
    )
    if not scored or scored[0][0] < 0.8:
        return None
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    return scored[0][1]


class _Rename(LineScoped):
    def __init__(self, line: int | None, bound: set[str], missing: str | None) -> None:
        super().__init__(line)
        self.bound = bound
        self.missing = missing
        self.not_variables: set[int] = set()

    def visit_Attribute(self, node: cst.Attribute) -> None:
        self.not_variables.add(id(node.attr))

    def visit_Arg(self, node: cst.Arg) -> None:
        if node.keyword is not None:
            self.not_variables.add(id(node.keyword))

    def leave_Name(self, original: cst.Name, updated: cst.Name) -> cst.Name:
        if self.line is None or id(original) in self.not_variables:
            return updated
        name = original.value
        if name in self.bound or (self.missing is not None and name != self.missing):
            return updated
        if not self.covers(original):
            return updated
        better = _suggest(name, self.bound)
        if better is None:
            return updated
        self.changed = True
        return updated.with_changes(value=better)


def rewrite(source: str, line: int | None, missing: str | None = None) -> str | None:
    return run_transformer(source, _Rename(line, _bound_names(source), missing))


def fix_site(site: CrashSite) -> dict[str, str]:
    found = _MISSING.search(site.exception.value)
    if found is None or site.crash is None:
        return {}
    crash = site.crash
    new = rewrite(crash.source, crash.lineno, found.group(1))
    return {crash.path: new} if new is not None else {}
