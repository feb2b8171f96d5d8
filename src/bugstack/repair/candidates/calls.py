"""What a call names and what it passes: shared by the strategies that follow a value from a
call site into the function it calls, or a function's result back to its callers."""

from __future__ import annotations

import ast

from bugstack.repair.analyse import FunctionNode

__all__ = ["argument_for", "called_name"]


def called_name(call: ast.Call) -> str | None:
    """``f`` for ``f(...)`` and for ``obj.f(...)``; None for a call of anything else."""
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return call.func.id if isinstance(call.func, ast.Name) else None


def argument_for(call: ast.Call, function: FunctionNode, name: str) -> ast.expr | None:
    """The expression ``call`` passes for ``function``'s parameter ``name``; None when it
    passes none, or when a ``*args`` hides which one it is."""
    for keyword in call.keywords:
        if keyword.arg == name:
            return keyword.value
    positional = [p.arg for p in [*function.args.posonlyargs, *function.args.args]]
    if isinstance(call.func, ast.Attribute) and positional[:1] in (["self"], ["cls"]):
        positional = positional[1:]  # bound: the object is not among the call's arguments
    if any(isinstance(a, ast.Starred) for a in call.args) or name not in positional:
        return None
    index = positional.index(name)
    return call.args[index] if index < len(call.args) else None
