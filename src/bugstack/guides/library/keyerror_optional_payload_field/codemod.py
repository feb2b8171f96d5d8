"""Read an optional field with ``.get`` instead of ``[...]``, on the crashing line.

Only subscripts with a string key on a function parameter (data that arrived from the
outside: a request body, a message, a webhook payload) are rewritten; when the event
names the missing key, only that key is.
"""

from __future__ import annotations

import ast

import libcst as cst

from bugstack.domain import CrashSite
from bugstack.guides.codemod_support import LineScoped, run_transformer


class _UseGet(LineScoped):
    def __init__(self, line: int | None, key: str | None) -> None:
        super().__init__(line)
        self.key = key
        self.params: list[set[str]] = []
        self.targets = 0

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        params = node.params
        self.params.append(
            {p.name.value for p in (*params.posonly_params, *params.params, *params.kwonly_params)}
        )

    def leave_FunctionDef(
        self, original: cst.FunctionDef, updated: cst.FunctionDef
    ) -> cst.FunctionDef:
        self.params.pop()
        return updated

    # Subscripts being assigned or deleted are not reads; leave them alone.
    def visit_AssignTarget(self, node: cst.AssignTarget) -> None:
        self.targets += 1

    def leave_AssignTarget(
        self, original: cst.AssignTarget, updated: cst.AssignTarget
    ) -> cst.AssignTarget:
        self.targets -= 1
        return updated

    def visit_Del(self, node: cst.Del) -> bool:
        return False

    def leave_Subscript(
        self, original: cst.Subscript, updated: cst.Subscript
    ) -> cst.BaseExpression:
        if self.line is None or self.targets or not self.params or not self.covers(original):
            return updated
        if not isinstance(updated.value, cst.Name) or updated.value.value not in self.params[-1]:
            return updated
        if len(updated.slice) != 1 or not isinstance(updated.slice[0].slice, cst.Index):
            return updated
        key = updated.slice[0].slice.value
        if not isinstance(key, cst.SimpleString):
            return updated
        if self.key is not None and key.evaluated_value != self.key:
            return updated
        self.changed = True
        return cst.Call(
            func=cst.Attribute(value=updated.value, attr=cst.Name("get")),
            args=[cst.Arg(value=key)],
        )


def rewrite(source: str, line: int | None, key: str | None = None) -> str | None:
    return run_transformer(source, _UseGet(line, key))


def fix_site(site: CrashSite) -> dict[str, str]:
    try:
        key = ast.literal_eval(site.exception.value)
    except (ValueError, SyntaxError):
        return {}
    if not isinstance(key, str):
        return {}
    for frame in reversed(site.frames):
        new = rewrite(frame.source, frame.lineno, key)
        if new is not None:
            return {frame.path: new}
    return {}
