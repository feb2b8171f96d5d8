"""What a project helper does to a value after reading it, and where its answer goes.

``sibling_helpers`` may replace ``Decimal(text)`` by ``parse_amount(text)`` because the
helper reads text written like the value that failed. A helper that only reads
(``Decimal(text.replace(",", "."))``) changes nothing else. One that goes on to shape
what it read does more: ``.quantize(CENT)`` rounds an exchange rate of ``1,0835`` to the
cent, ``* 1000`` turns a price per kilogram into grams. Such a helper is the right one
only for values of its own kind, and the code says which those are by what it does with
them next: the budget limit read by hand goes to ``format_amount`` exactly as the
expense's amount read by ``parse_amount`` does. A rate that goes nowhere an amount goes
is not an amount, whatever the words around it.
"""

from __future__ import annotations

import ast
import builtins

__all__ = ["consumers_of", "shaping"]

# Calls after reading that only state the zone a moment is in: the instant stays.
_ZONE_ONLY = ("astimezone",)
_GENERIC = frozenset(dir(builtins)) | {"Decimal", "Fraction", "datetime", "date", "append",
                                       "format", "dumps", "jsonify", "JSONResponse", "get"}


def shaping(helper: ast.FunctionDef, reads: tuple[str, ...]) -> str | None:
    """How ``helper`` goes beyond reading with one of ``reads`` before it answers
    (``"`.quantize(...)`"``), or None when every answer is what the reading gave."""
    assigned: dict[str, ast.expr] = {}
    for node in ast.walk(helper):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name):
            assigned[node.targets[0].id] = node.value
    for node in ast.walk(helper):
        if not isinstance(node, ast.Return) or node.value is None:
            continue
        answer = node.value
        if isinstance(answer, ast.Name) and answer.id in assigned:
            answer = assigned[answer.id]
        if not _plain_reading(answer, reads, assigned):
            return f"`{ast.unparse(node.value)}`"
    return None


def _plain_reading(answer: ast.expr, reads: tuple[str, ...],
                   assigned: dict[str, ast.expr]) -> bool:
    if not isinstance(answer, ast.Call):
        return False
    func = answer.func
    name = func.attr if isinstance(func, ast.Attribute) else (
        func.id if isinstance(func, ast.Name) else None)
    if name in reads:
        return True
    if isinstance(func, ast.Attribute) and (
            name in _ZONE_ONLY or (name == "replace" and [k.arg for k in answer.keywords]
                                   == ["tzinfo"] and not answer.args)):
        inner = func.value
        if isinstance(inner, ast.Name) and inner.id in assigned:
            inner = assigned[inner.id]
        return _plain_reading(inner, reads, assigned)
    return False


def consumers_of(function: ast.FunctionDef | ast.AsyncFunctionDef,
                 call: ast.Call) -> frozenset[str]:
    """The project's own callables ``function`` hands ``call``'s answer to, directly
    (``format_amount(parse_amount(x))``) or through the name it is bound to, as it is or
    in a sum (``format_amount(net * VAT)``)."""
    names: set[str] = set()
    bound: str | None = None
    for node in ast.walk(function):
        if isinstance(node, ast.Assign) and node.value is call and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name):
            bound = node.targets[0].id
    for node in ast.walk(function):
        if not isinstance(node, ast.Call):
            continue
        given = [*node.args, *(k.value for k in node.keywords)]
        if any(_carries(a, call, bound) for a in given):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else (
                func.id if isinstance(func, ast.Name) else None)
            if name is not None and name not in _GENERIC:
                names.add(name)
    return frozenset(names)


def _carries(argument: ast.expr, call: ast.Call, bound: str | None) -> bool:
    """Whether ``argument`` is the value, or a sum with it, not something another call
    made of it (``str(amount)`` hands a string on)."""
    if argument is call or (isinstance(argument, ast.Name) and argument.id == bound):
        return True
    if isinstance(argument, ast.Call):
        return False
    return any(_carries(child, call, bound) for child in ast.iter_child_nodes(argument)
               if isinstance(child, ast.expr))
