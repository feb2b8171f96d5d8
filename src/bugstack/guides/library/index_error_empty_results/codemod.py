"""Return ``None`` instead of indexing an empty result: ``x[0] if x else None``.

Only ``return NAME[0]`` or ``return NAME[-1]`` on the crashing line is changed: the
function then says "nothing found" in the usual Python way, and the name is evaluated
twice only because it is a plain variable.
"""

from __future__ import annotations

import libcst as cst
import libcst.matchers as m

from bugstack.guides.codemod_support import LineScoped, run_transformer

_FIRST_OR_LAST = m.Subscript(
    value=m.Name(),
    slice=[
        m.SubscriptElement(
            slice=m.Index(value=m.Integer("0") | m.UnaryOperation(m.Minus(), m.Integer("1")))
        )
    ],
)


class _NoneWhenEmpty(LineScoped):
    def leave_Return(self, original: cst.Return, updated: cst.Return) -> cst.Return:
        if self.line is None or not self.covers(original):
            return updated
        value = updated.value
        if value is None or not m.matches(value, _FIRST_OR_LAST):
            return updated
        assert isinstance(value, cst.Subscript)
        self.changed = True
        return updated.with_changes(
            value=cst.IfExp(test=value.value, body=value, orelse=cst.Name("None"))
        )


def rewrite(source: str, line: int | None) -> str | None:
    return run_transformer(source, _NoneWhenEmpty(line))
