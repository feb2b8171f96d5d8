"""Guard a division by ``len(x)`` against an empty ``x``: ``... if x else 0.0``.

Only a ``return`` or a single-name assignment on the crashing line whose value divides
by ``len(NAME)`` is changed; the guard tests the same name, so nothing new is computed.
"""

from __future__ import annotations

import libcst as cst
import libcst.matchers as m

from bugstack.guides.codemod_support import LineScoped, run_transformer

_BY_LEN = m.BinaryOperation(
    operator=m.Divide() | m.FloorDivide(),
    right=m.Call(func=m.Name("len"), args=[m.Arg(value=m.Name(), keyword=None)]),
)


def _guarded(value: cst.BaseExpression) -> cst.BaseExpression | None:
    if not m.matches(value, _BY_LEN):
        return None
    assert isinstance(value, cst.BinaryOperation) and isinstance(value.right, cst.Call)
    name = value.right.args[0].value
    return cst.IfExp(test=name, body=value, orelse=cst.Float("0.0"))


class _GuardEmpty(LineScoped):
    def leave_Return(self, original: cst.Return, updated: cst.Return) -> cst.Return:
        if self.line is None or updated.value is None or not self.covers(original):
            return updated
        new = _guarded(updated.value)
        if new is None:
            return updated
        self.changed = True
        return updated.with_changes(value=new)

    def leave_Assign(self, original: cst.Assign, updated: cst.Assign) -> cst.Assign:
        if self.line is None or len(updated.targets) != 1 or not self.covers(original):
            return updated
        if not isinstance(updated.targets[0].target, cst.Name):
            return updated
        new = _guarded(updated.value)
        if new is None:
            return updated
        self.changed = True
        return updated.with_changes(value=new)


def rewrite(source: str, line: int | None) -> str | None:
    return run_transformer(source, _GuardEmpty(line))
