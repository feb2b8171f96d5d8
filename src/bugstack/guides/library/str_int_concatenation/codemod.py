"""Wrap a number added to a string literal in ``str(...)``, on the crashing line only.

The operand must be provably numeric from the code itself (a number literal, ``len``,
``int``, ``float``, ``round``, ``sum``, or a name bound to one of those or annotated as
``int``/``float`` in the enclosing function): a guess would risk a wrong fix.
"""

from __future__ import annotations

import libcst as cst
import libcst.matchers as m

from bugstack.guides.codemod_support import LineScoped, run_transformer

_STRINGS = (cst.SimpleString, cst.FormattedString, cst.ConcatenatedString)
_NUMERIC_CALLS = {"len", "int", "float", "round", "sum", "abs"}
_NUMERIC_TYPES = {"int", "float"}


def _is_text(node: cst.BaseExpression) -> bool:
    if isinstance(node, _STRINGS):
        return True
    if isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.Add):
        return _is_text(node.left) or _is_text(node.right)
    return m.matches(node, m.Call(func=m.Name("str")))


def _numeric_names(func: cst.FunctionDef) -> set[str]:
    names: set[str] = set()
    for param in (*func.params.params, *func.params.kwonly_params):
        annotation = param.annotation
        if annotation is not None and m.matches(
            annotation.annotation, m.OneOf(*(m.Name(t) for t in _NUMERIC_TYPES))
        ):
            names.add(param.name.value)
    for assign in m.findall(func.body, m.Assign(targets=[m.AssignTarget(target=m.Name())])):
        assert isinstance(assign, cst.Assign)
        target = assign.targets[0].target
        assert isinstance(target, cst.Name)
        if _is_number(assign.value, set()):
            names.add(target.value)
    return names


def _is_number(node: cst.BaseExpression, names: set[str]) -> bool:
    if isinstance(node, cst.Integer | cst.Float):
        return True
    if isinstance(node, cst.Name):
        return node.value in names
    return isinstance(node, cst.Call) and m.matches(
        node.func, m.OneOf(*(m.Name(c) for c in _NUMERIC_CALLS))
    )


def _as_str(node: cst.BaseExpression) -> cst.Call:
    return cst.Call(func=cst.Name("str"), args=[cst.Arg(value=node)])


class _WrapNumber(LineScoped):
    def __init__(self, line: int | None) -> None:
        super().__init__(line)
        self.scopes: list[set[str]] = [set()]

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        self.scopes.append(_numeric_names(node))

    def leave_FunctionDef(
        self, original: cst.FunctionDef, updated: cst.FunctionDef
    ) -> cst.FunctionDef:
        self.scopes.pop()
        return updated

    def leave_BinaryOperation(
        self, original: cst.BinaryOperation, updated: cst.BinaryOperation
    ) -> cst.BaseExpression:
        if self.line is None or not isinstance(updated.operator, cst.Add):
            return updated
        if not self.covers(original):
            return updated
        names = self.scopes[-1]
        if _is_text(updated.left) and _is_number(updated.right, names):
            self.changed = True
            return updated.with_changes(right=_as_str(updated.right))
        if _is_text(updated.right) and _is_number(updated.left, names):
            self.changed = True
            return updated.with_changes(left=_as_str(updated.left))
        return updated


def rewrite(source: str, line: int | None) -> str | None:
    return run_transformer(source, _WrapNumber(line))
