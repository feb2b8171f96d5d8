"""Add the missing ``self`` parameter to a method called on an instance.

The event names the method (``Cart.total() takes 0 positional arguments but 1 was
given``); the recipe adds ``self`` as the first parameter of that method, unless it is a
static or class method, or its first parameter is already ``self``.
"""

from __future__ import annotations

import re

import libcst as cst

from bugstack.domain import CrashSite
from bugstack.guides.codemod_support import LineScoped, dotted_name, run_transformer

_MESSAGE = re.compile(
    r"(?P<cls>\w+)\.(?P<method>\w+)\(\) takes (?P<n>\d+) positional arguments? but"
)
_SKIP_DECORATORS = {"staticmethod", "classmethod", "property"}


def _lacks_self(func: cst.FunctionDef) -> bool:
    if any(dotted_name(d.decorator) in _SKIP_DECORATORS for d in func.decorators):
        return False
    params = [*func.params.posonly_params, *func.params.params]
    return not params or params[0].name.value not in ("self", "cls")


def _add_self(func: cst.FunctionDef) -> cst.FunctionDef:
    params = func.params
    first = cst.Param(name=cst.Name("self"))
    if params.posonly_params:
        return func.with_changes(
            params=params.with_changes(posonly_params=[first, *params.posonly_params])
        )
    if params.params or params.star_arg != cst.MaybeSentinel.DEFAULT or params.kwonly_params:
        first = first.with_changes(comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" ")))
    return func.with_changes(params=params.with_changes(params=[first, *params.params]))


class _AddSelf(LineScoped):
    """With a line: methods called as ``x.method(...)`` on that line; else named ones."""

    def __init__(self, line: int | None, cls: str | None, method: str | None) -> None:
        super().__init__(line)
        self.cls = cls
        self.method = method
        self.called: set[str] = set()

    def visit_Module(self, node: cst.Module) -> None:
        if self.line is None or self.method is not None:
            return
        for call in _calls(node):
            if isinstance(call.func, cst.Attribute) and self.covers(call):
                self.called.add(call.func.attr.value)

    def leave_ClassDef(self, original: cst.ClassDef, updated: cst.ClassDef) -> cst.ClassDef:
        if self.cls is not None and updated.name.value != self.cls:
            return updated
        wanted = {self.method} if self.method is not None else self.called
        if not wanted:
            return updated
        if not isinstance(updated.body, cst.IndentedBlock):
            return updated
        body: list[cst.BaseStatement] = []
        for stmt in updated.body.body:
            if (
                isinstance(stmt, cst.FunctionDef)
                and stmt.name.value in wanted
                and _lacks_self(stmt)
            ):
                stmt = _add_self(stmt)
                self.changed = True
            body.append(stmt)
        return updated.with_changes(body=updated.body.with_changes(body=body))


def _calls(node: cst.CSTNode) -> list[cst.Call]:
    import libcst.matchers as m

    return [c for c in m.findall(node, m.Call()) if isinstance(c, cst.Call)]


def rewrite(source: str, line: int | None) -> str | None:
    if line is None:
        return None
    return run_transformer(source, _AddSelf(line, None, None))


def fix_site(site: CrashSite) -> dict[str, str]:
    found = _MESSAGE.search(site.exception.value)
    if found is None:
        return {}
    for path, source in site.sources.items():
        try:
            new = run_transformer(source, _AddSelf(None, found["cls"], found["method"]))
        except cst.ParserSyntaxError:
            continue
        if new is not None:
            return {path: new}
    return {}
