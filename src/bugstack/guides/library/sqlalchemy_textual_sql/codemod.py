"""Wrap a raw SQL string passed to ``.execute(...)`` in SQLAlchemy's ``text(...)``.

Only a plain string literal is wrapped (never an f-string or a concatenation, whose
values should become bound parameters rather than be pasted into the SQL).
"""

from __future__ import annotations

import libcst as cst

from bugstack.guides.codemod_support import LineScoped, add_imports, run_transformer


class _WrapText(LineScoped):
    def leave_Call(self, original: cst.Call, updated: cst.Call) -> cst.BaseExpression:
        if self.line is None or not self.covers(original):
            return updated
        func = updated.func
        if not isinstance(func, cst.Attribute) or func.attr.value not in (
            "execute",
            "exec_driver_sql",
        ):
            return updated
        if func.attr.value == "exec_driver_sql" or not updated.args:
            return updated
        first = updated.args[0]
        if first.keyword is not None or not isinstance(first.value, cst.SimpleString):
            return updated
        self.changed = True
        wrapped = cst.Call(func=cst.Name("text"), args=[cst.Arg(value=first.value)])
        return updated.with_changes(args=[first.with_changes(value=wrapped), *updated.args[1:]])


def rewrite(source: str, line: int | None) -> str | None:
    new = run_transformer(source, _WrapText(line))
    return None if new is None else add_imports(new, [("sqlalchemy", "text")])
