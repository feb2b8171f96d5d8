"""Make "now" timezone-aware in the function where naive and aware datetimes meet.

``datetime.utcnow()`` and ``datetime.now()`` without a zone are naive; inside the
crashing function they become ``datetime.now(timezone.utc)``. ``timezone`` is imported
the way the file already imports ``datetime`` (class or module).
"""

from __future__ import annotations

import libcst as cst

from bugstack.guides.codemod_support import LineScoped, add_imports, dotted_name, run_transformer

_NAIVE_NOW = {
    "datetime.utcnow",
    "datetime.now",
    "datetime.datetime.utcnow",
    "datetime.datetime.now",
}


class _AwareNow(LineScoped):
    def __init__(self, line: int | None) -> None:
        super().__init__(line)
        self.depth = 0
        self.module_style = False

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        if self.depth or (self.line is not None and self.covers(node)):
            self.depth += 1

    def leave_FunctionDef(
        self, original: cst.FunctionDef, updated: cst.FunctionDef
    ) -> cst.FunctionDef:
        if self.depth:
            self.depth -= 1
        return updated

    def leave_Call(self, original: cst.Call, updated: cst.Call) -> cst.BaseExpression:
        if not self.depth or updated.args:
            return updated
        name = dotted_name(updated.func)
        if name not in _NAIVE_NOW:
            return updated
        assert isinstance(updated.func, cst.Attribute)
        self.changed = True
        module_style = name.startswith("datetime.datetime.")
        self.module_style = self.module_style or module_style
        zone = "datetime.timezone.utc" if module_style else "timezone.utc"
        return updated.with_changes(
            func=updated.func.with_changes(attr=cst.Name("now")),
            args=[cst.Arg(value=cst.parse_expression(zone))],
        )


def rewrite(source: str, line: int | None) -> str | None:
    transformer = _AwareNow(line)
    new = run_transformer(source, transformer)
    if new is None or transformer.module_style:
        return new
    return add_imports(new, [("datetime", "timezone")])
