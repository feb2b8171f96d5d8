"""Answer 404 instead of 500: ``Model.objects.get(...)`` in a view -> ``get_object_or_404``.

Only a ``.objects.get(...)`` on the crashing line of a function whose first parameter is
``request`` (a Django view) is rewritten; elsewhere a missing row may be a real bug that
should not turn into an HTTP answer.
"""

from __future__ import annotations

import libcst as cst
import libcst.matchers as m

from bugstack.guides.codemod_support import LineScoped, add_imports, run_transformer

_OBJECTS_GET = m.Call(
    func=m.Attribute(value=m.Attribute(value=m.Name(), attr=m.Name("objects")), attr=m.Name("get"))
)


class _GetOr404(LineScoped):
    def __init__(self, line: int | None) -> None:
        super().__init__(line)
        self.views: list[bool] = []

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        params = node.params.params
        self.views.append(bool(params) and params[0].name.value == "request")

    def leave_FunctionDef(
        self, original: cst.FunctionDef, updated: cst.FunctionDef
    ) -> cst.FunctionDef:
        self.views.pop()
        return updated

    def leave_Call(self, original: cst.Call, updated: cst.Call) -> cst.BaseExpression:
        if self.line is None or not self.views or not self.views[-1]:
            return updated
        if not m.matches(updated, _OBJECTS_GET) or not self.covers(original):
            return updated
        if any(a.star for a in updated.args):
            return updated
        assert isinstance(updated.func, cst.Attribute)
        manager = updated.func.value
        assert isinstance(manager, cst.Attribute)
        model = manager.value
        self.changed = True
        first = cst.Arg(value=model, comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" ")))
        return cst.Call(func=cst.Name("get_object_or_404"), args=[first, *updated.args])


def rewrite(source: str, line: int | None) -> str | None:
    new = run_transformer(source, _GetOr404(line))
    if new is None:
        return None
    return add_imports(new, [("django.shortcuts", "get_object_or_404")])
