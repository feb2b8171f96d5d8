"""Rename a local variable that hides a builtin the same function still calls.

When the crashing line calls a builtin (``max(...)``, ``list(...)``) whose name the
function has bound to a plain value (a number, string, collection, comprehension or
arithmetic), that local and every non-call use of it become ``<name>_value``; the calls
go back to meaning the builtin.
"""

from __future__ import annotations

import builtins

import libcst as cst
import libcst.matchers as m

from bugstack.guides.codemod_support import LineScoped, run_transformer

_BUILTINS = {n for n in dir(builtins) if not n.startswith("_") and callable(getattr(builtins, n))}
_PLAIN_VALUES = (
    cst.Integer,
    cst.Float,
    cst.SimpleString,
    cst.FormattedString,
    cst.ConcatenatedString,
    cst.List,
    cst.Dict,
    cst.Set,
    cst.Tuple,
    cst.ListComp,
    cst.DictComp,
    cst.SetComp,
    cst.BinaryOperation,
    cst.Subscript,
)


def _plain_bindings(func: cst.FunctionDef) -> dict[str, bool]:
    """Builtin name -> True if the function binds it to plain values only.

    Every binding must be a plain value or another variable, and at least one a plain
    value: a name only ever bound to other names might hold a function.
    """
    found: dict[str, bool] = {}
    literal: set[str] = set()
    for assign in m.findall(func.body, m.Assign() | m.AugAssign() | m.AnnAssign()):
        if isinstance(assign, cst.Assign):
            targets = [t.target for t in assign.targets]
        else:
            assert isinstance(assign, cst.AugAssign | cst.AnnAssign)
            targets = [assign.target]
        value = assign.value
        for target in targets:
            if isinstance(target, cst.Name) and target.value in _BUILTINS:
                is_plain = isinstance(value, _PLAIN_VALUES) or isinstance(assign, cst.AugAssign)
                if is_plain:
                    literal.add(target.value)
                ok = is_plain or isinstance(value, cst.Name)
                found[target.value] = found.get(target.value, True) and ok
    params = func.params
    for param in (*params.posonly_params, *params.params, *params.kwonly_params):
        if param.name.value in _BUILTINS:
            found[param.name.value] = False  # renaming a parameter would break callers
    return {name: ok and name in literal for name, ok in found.items()}


class _RenameVariable(cst.CSTTransformer):
    def __init__(self, name: str, new: str) -> None:
        super().__init__()
        self.name = name
        self.new = new
        self.skip: set[int] = set()

    def visit_Call(self, node: cst.Call) -> None:
        if isinstance(node.func, cst.Name):
            self.skip.add(id(node.func))

    def visit_Attribute(self, node: cst.Attribute) -> None:
        self.skip.add(id(node.attr))

    def visit_Arg(self, node: cst.Arg) -> None:
        if node.keyword is not None:
            self.skip.add(id(node.keyword))

    def visit_FunctionDef(self, node: cst.FunctionDef) -> bool:
        return False  # nested functions have scopes of their own

    def leave_Name(self, original: cst.Name, updated: cst.Name) -> cst.Name:
        if original.value == self.name and id(original) not in self.skip:
            return updated.with_changes(value=self.new)
        return updated


class _Unshadow(LineScoped):
    def leave_FunctionDef(
        self, original: cst.FunctionDef, updated: cst.FunctionDef
    ) -> cst.FunctionDef:
        if self.line is None or self.changed or not self.covers(original):
            return updated
        plain = _plain_bindings(original)
        called_here = {
            call.func.value
            for call in m.findall(original.body, m.Call(func=m.Name()))
            if isinstance(call, cst.Call) and isinstance(call.func, cst.Name) and self.covers(call)
        }
        names = sorted(n for n in called_here if plain.get(n))
        if len(names) != 1:
            return updated
        name = names[0]
        new = f"{name}_value"
        used = {n.value for n in m.findall(original, m.Name()) if isinstance(n, cst.Name)}
        if new in used:
            return updated
        body = updated.body.visit(_RenameVariable(name, new))
        assert isinstance(body, cst.BaseSuite)
        self.changed = True
        return updated.with_changes(body=body)


def rewrite(source: str, line: int | None) -> str | None:
    return run_transformer(source, _Unshadow(line))
