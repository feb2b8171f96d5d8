"""Await a call to an ``async def`` function whose result is used as a value.

Inside the ``async def`` function covering the crashing line, a call to an async
function defined in the same file is awaited when it is either assigned to a name that
the crashing line uses, or itself indexed, called or read from on the crashing line.
Calls passed on as coroutines (to ``gather``, ``create_task``...) are left alone.
"""

from __future__ import annotations

import libcst as cst
import libcst.matchers as m

from bugstack.guides.codemod_support import LineScoped, run_transformer


def _async_functions(module: cst.Module) -> set[str]:
    return {
        stmt.name.value
        for stmt in module.body
        if isinstance(stmt, cst.FunctionDef) and stmt.asynchronous is not None
    }


def _is_local_async_call(node: cst.BaseExpression, names: set[str]) -> bool:
    return (
        isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value in names
    )


class _AddAwait(LineScoped):
    def __init__(self, line: int | None) -> None:
        super().__init__(line)
        self.async_names: set[str] = set()
        self.used_on_line: set[str] = set()
        self.in_async = 0

    def visit_Module(self, node: cst.Module) -> None:
        self.async_names = _async_functions(node)

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        if self.line is None or node.asynchronous is None or not self.covers(node):
            return
        self.in_async += 1
        self.used_on_line = {
            n.value
            for n in m.findall(node.body, m.Name())
            if isinstance(n, cst.Name) and self.covers(n)
        }

    def leave_FunctionDef(
        self, original: cst.FunctionDef, updated: cst.FunctionDef
    ) -> cst.FunctionDef:
        if self.line is not None and original.asynchronous is not None and self.covers(original):
            self.in_async -= 1
        return updated

    def leave_Assign(self, original: cst.Assign, updated: cst.Assign) -> cst.Assign:
        if not self.in_async or not _is_local_async_call(updated.value, self.async_names):
            return updated
        targets = [t.target for t in updated.targets]
        if not all(isinstance(t, cst.Name) and t.value in self.used_on_line for t in targets):
            return updated
        self.changed = True
        return updated.with_changes(value=cst.Await(expression=updated.value))

    def _await_inside(self, value: cst.BaseExpression) -> cst.BaseExpression | None:
        if not _is_local_async_call(value, self.async_names):
            return None
        self.changed = True
        return cst.Await(expression=value, lpar=[cst.LeftParen()], rpar=[cst.RightParen()])

    def leave_Subscript(
        self, original: cst.Subscript, updated: cst.Subscript
    ) -> cst.BaseExpression:
        if not self.in_async or not self.covers(original):
            return updated
        new = self._await_inside(updated.value)
        return updated if new is None else updated.with_changes(value=new)

    def leave_Attribute(
        self, original: cst.Attribute, updated: cst.Attribute
    ) -> cst.BaseExpression:
        if not self.in_async or not self.covers(original):
            return updated
        new = self._await_inside(updated.value)
        return updated if new is None else updated.with_changes(value=new)


def rewrite(source: str, line: int | None) -> str | None:
    return run_transformer(source, _AddAwait(line))
