"""Give ``.get(key)`` a default of ``0`` where its result is used in arithmetic.

On the crashing line, a ``.get(...)`` call with no default that is an operand of
``+ - * /`` (or of ``+=``-style updates) gets ``0`` as its default. The event must say
that the other operand is a number, so a string concatenation is never changed.
"""

from __future__ import annotations

import re

import libcst as cst

from bugstack.domain import CrashSite
from bugstack.guides.codemod_support import LineScoped, run_transformer

_MESSAGE = re.compile(
    r"unsupported operand type\(s\) for [-+*/]=?: "
    r"'(int|float|NoneType)' and '(int|float|NoneType)'"
)
_ARITHMETIC = (cst.Add, cst.Subtract, cst.Multiply, cst.Divide, cst.FloorDivide)
_AUGMENTED = (cst.AddAssign, cst.SubtractAssign, cst.MultiplyAssign, cst.DivideAssign)


def _bare_get(node: cst.BaseExpression) -> bool:
    return (
        isinstance(node, cst.Call)
        and isinstance(node.func, cst.Attribute)
        and node.func.attr.value == "get"
        and len(node.args) == 1
        and node.args[0].keyword is None
        and node.args[0].star == ""
    )


def _with_zero(node: cst.BaseExpression) -> cst.BaseExpression:
    assert isinstance(node, cst.Call)
    first = node.args[0].with_changes(comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" ")))
    return node.with_changes(args=[first, cst.Arg(value=cst.Integer("0"))])


class _DefaultZero(LineScoped):
    def leave_BinaryOperation(
        self, original: cst.BinaryOperation, updated: cst.BinaryOperation
    ) -> cst.BaseExpression:
        if self.line is None or not isinstance(updated.operator, _ARITHMETIC):
            return updated
        if not self.covers(original):
            return updated
        left, right = updated.left, updated.right
        if _bare_get(left) and not _bare_get(right):
            self.changed = True
            return updated.with_changes(left=_with_zero(left))
        if _bare_get(right) and not _bare_get(left):
            self.changed = True
            return updated.with_changes(right=_with_zero(right))
        return updated

    def leave_AugAssign(self, original: cst.AugAssign, updated: cst.AugAssign) -> cst.AugAssign:
        if self.line is None or not isinstance(updated.operator, _AUGMENTED):
            return updated
        if not self.covers(original) or not _bare_get(updated.value):
            return updated
        self.changed = True
        return updated.with_changes(value=_with_zero(updated.value))


def rewrite(source: str, line: int | None) -> str | None:
    return run_transformer(source, _DefaultZero(line))


def fix_site(site: CrashSite) -> dict[str, str]:
    found = _MESSAGE.search(site.exception.value)
    # Exactly one side must be None, the other a number: then 0 is a neutral default.
    if found is None or [found[1], found[2]].count("NoneType") != 1:
        return {}
    for frame in reversed(site.frames):
        new = rewrite(frame.source, frame.lineno)
        if new is not None:
            return {frame.path: new}
    return {}
