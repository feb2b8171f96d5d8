"""Fall back to the declared default when a text parameter is not a valid integer.

``size = int(query.get("per_page", 20))`` on the crashing line becomes a ``try`` whose
``except ValueError`` assigns the same default (20). Only that shape is changed: the
default is already written in the code, so the recipe invents no value.
"""

from __future__ import annotations

import libcst as cst
import libcst.matchers as m

from bugstack.guides.codemod_support import LineScoped, run_transformer

_INT_OF_GET = m.Call(
    func=m.Name("int"),
    args=[
        m.Arg(
            value=m.Call(
                func=m.Attribute(attr=m.Name("get")),
                args=[m.Arg(keyword=None), m.Arg(value=m.Integer(), keyword=None)],
            ),
            keyword=None,
        )
    ],
)


class _FallBack(LineScoped):
    def __init__(self, line: int | None) -> None:
        super().__init__(line)
        self.guarded = 0

    def visit_Try(self, node: cst.Try) -> None:
        self.guarded += 1

    def leave_Try(self, original: cst.Try, updated: cst.Try) -> cst.Try:
        self.guarded -= 1
        return updated

    def leave_SimpleStatementLine(
        self, original: cst.SimpleStatementLine, updated: cst.SimpleStatementLine
    ) -> cst.BaseStatement:
        if self.line is None or self.guarded or len(updated.body) != 1:
            return updated  # code inside a try already has its error handling decided
        if not self.covers(original):
            return updated
        assign = updated.body[0]
        if not m.matches(
            assign, m.Assign(targets=[m.AssignTarget(target=m.Name())], value=_INT_OF_GET)
        ):
            return updated
        assert isinstance(assign, cst.Assign) and isinstance(assign.value, cst.Call)
        inner = assign.value.args[0].value
        assert isinstance(inner, cst.Call)
        default = inner.args[1].value
        fallback = cst.SimpleStatementLine(body=[cst.Assign(targets=assign.targets, value=default)])
        self.changed = True
        return cst.Try(
            body=cst.IndentedBlock(body=[updated.with_changes(leading_lines=[])]),
            handlers=[
                cst.ExceptHandler(
                    body=cst.IndentedBlock(body=[fallback]),
                    type=cst.Name("ValueError"),
                )
            ],
            leading_lines=updated.leading_lines,
        )


def rewrite(source: str, line: int | None) -> str | None:
    return run_transformer(source, _FallBack(line))
