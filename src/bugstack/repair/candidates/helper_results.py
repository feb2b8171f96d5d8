"""What a project helper does to a value after reading it, and where its answer goes.

``sibling_helpers`` may replace ``Decimal(text)`` by ``parse_amount(text)`` because the
helper reads text written like the value that failed. A helper that only reads
(``Decimal(text.replace(",", "."))``) changes nothing else. One that goes on to shape
what it read does more: ``.quantize(CENT)`` rounds an exchange rate of ``1,0835`` to the
cent, ``* 1000`` turns a price per kilogram into grams, ``text.lstrip("-")`` before the
reading drops the sign of a stock correction. Such a helper is the right one only for
values of its own kind, and the code says which those are by what it does with them next:
the budget limit read by hand goes to ``format_amount(value: Decimal)`` exactly as the
expense's amount read by ``parse_amount`` does. Only a consumer that takes the value *as
its kind* says so: a parameter annotated with the helper's return type, in a function that
does more with it than store it away. ``store(key, value)`` takes anything, and a rate
multiplied into an amount (``format_amount(amount * rate)``) is not an amount itself.
"""

from __future__ import annotations

import ast
import builtins
import re
from collections.abc import Callable, Sequence

__all__ = ["Definitions", "consumers_of", "kind_of", "shaping"]

#: Finds the package's top-level functions of a name (empty when it is not the project's).
Definitions = Callable[[str], Sequence[ast.FunctionDef | ast.AsyncFunctionDef]]

# Calls after reading that only state the zone a moment is in: the instant stays.
_ZONE_ONLY = ("astimezone",)
_GENERIC = frozenset(dir(builtins)) | {"Decimal", "Fraction", "datetime", "date", "append",
                                       "format", "dumps", "jsonify", "JSONResponse", "get"}
# Cleaning of the text read that keeps every digit and sign: whitespace, and separators a
# user may type (decimal comma, thousands space or apostrophe, underscores).
_STRIPS = ("strip", "rstrip", "lstrip")
_SEPARATORS = frozenset({",", ".", " ", "\u00a0", "_", "'"})
# Readers of a Unix time, whose input may be divided into seconds (``ms / 1000``).
_TIMESTAMP_READERS = ("fromtimestamp", "utcfromtimestamp", "gmtime", "localtime", "ctime")
# Types that say nothing of a value's kind: a parameter so annotated takes anything.
_ANY_KIND = frozenset({"object", "Any", "typing.Any"})
# Methods that put a value into a container as it is.
_STORING = frozenset({"append", "appendleft", "add", "insert", "extend", "setdefault", "put",
                      "put_nowait", "update", "set"})


def shaping(helper: ast.FunctionDef, reads: tuple[str, ...]) -> str | None:
    """How ``helper`` goes beyond reading with one of ``reads`` before it answers
    (``"`.quantize(...)`"``, ``"`text.lstrip('-')`"``), or None when every answer is what
    the reading gave of the helper's parameter, cleaned only of blanks and separators."""
    assigned: dict[str, ast.expr] = {}
    for node in ast.walk(helper):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name):
            assigned[node.targets[0].id] = node.value
    positional = [*helper.args.posonlyargs, *helper.args.args]
    parameter = positional[0].arg if positional else None
    for node in ast.walk(helper):
        if not isinstance(node, ast.Return) or node.value is None:
            continue
        answer = node.value
        if isinstance(answer, ast.Name) and answer.id in assigned:
            answer = assigned[answer.id]
        how = _reading_shapes(answer, reads, assigned, parameter)
        if how is not None:
            return how or f"`{ast.unparse(node.value)}`"
    return None


def _reading_shapes(answer: ast.expr, reads: tuple[str, ...], assigned: dict[str, ast.expr],
                    parameter: str | None) -> str | None:
    """None when ``answer`` is a plain reading; else how it shapes (``""``: the answer
    itself says it)."""
    if not isinstance(answer, ast.Call):
        return ""
    func = answer.func
    name = func.attr if isinstance(func, ast.Attribute) else (
        func.id if isinstance(func, ast.Name) else None)
    if name in reads:
        read = answer.args[0] if answer.args else None
        if read is None or _plain_input(read, parameter, assigned, name or ""):
            return None
        return f"`{ast.unparse(read)}`"
    if isinstance(func, ast.Attribute) and (
            name in _ZONE_ONLY or (name == "replace" and [k.arg for k in answer.keywords]
                                   == ["tzinfo"] and not answer.args)):
        inner = func.value
        if isinstance(inner, ast.Name) and inner.id in assigned:
            inner = assigned[inner.id]
        return _reading_shapes(inner, reads, assigned, parameter)
    return ""


def _plain_input(read: ast.expr, parameter: str | None, assigned: dict[str, ast.expr],
                 reader: str, seen: int = 0) -> bool:
    """Whether what the reading is given is the helper's parameter as it came, or only
    cleaned of blanks (``.strip()``) and separators (``.replace(",", ".")``): anything
    else (``.lstrip("-")``, ``[1:]``, ``abs(...)``, arithmetic) changes the value read.
    A timestamp's unit divisor (``ms / 1000``) only states the unit, and stays plain."""
    if seen > 20:
        return False
    if isinstance(read, ast.Name):
        if read.id == parameter:
            return True
        return read.id in assigned and _plain_input(assigned[read.id], parameter, assigned,
                                                    reader, seen + 1)
    if isinstance(read, ast.BinOp) and isinstance(read.op, ast.Div) \
            and reader in _TIMESTAMP_READERS \
            and isinstance(read.right, ast.Constant) \
            and isinstance(read.right.value, int | float) \
            and not isinstance(read.right.value, bool):
        return _plain_input(read.left, parameter, assigned, reader, seen + 1)
    if not (isinstance(read, ast.Call) and isinstance(read.func, ast.Attribute)):
        return False
    method, arguments = read.func.attr, read.args
    if method in _STRIPS and not arguments and not read.keywords:
        return _plain_input(read.func.value, parameter, assigned, reader, seen + 1)
    if method == "replace" and len(arguments) == 2 and not read.keywords and all(
            isinstance(a, ast.Constant) and isinstance(a.value, str) for a in arguments) \
            and isinstance(arguments[0], ast.Constant) and arguments[0].value in _SEPARATORS:
        return _plain_input(read.func.value, parameter, assigned, reader, seen + 1)
    return False


def kind_of(annotation: ast.expr | None) -> str | None:
    """The type an annotation names, without its module (``decimal.Decimal`` ->
    ``Decimal``), or None when it names none or a type that takes anything (``Any``)."""
    if annotation is None:
        return None
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        try:
            annotation = ast.parse(annotation.value, mode="eval").body
        except SyntaxError:
            return None
    text = re.sub(r"\b[A-Za-z_]\w*\.", "", ast.unparse(annotation)).replace(" ", "")
    return None if text in _ANY_KIND or text == "None" else text


def consumers_of(function: ast.FunctionDef | ast.AsyncFunctionDef, call: ast.Call,
                 kind: str | None, definitions: Definitions) -> frozenset[str]:
    """The project's own functions ``function`` hands ``call``'s answer to as a value of
    ``kind`` (the helper's return type): directly (``format_amount(parse_amount(x))``) or
    through the name it is bound to, as it is or in a sum (``format_amount(net + fee)``),
    to a parameter annotated ``kind`` that the function does more with than store away.
    A helper without a return annotation (``kind`` None) has no consumer: nothing says
    what kind of value it answers."""
    if kind is None:
        return frozenset()
    names: set[str] = set()
    bound: str | None = None
    for node in ast.walk(function):
        if isinstance(node, ast.Assign) and node.value is call and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name):
            bound = node.targets[0].id
    for node in ast.walk(function):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else (
            func.id if isinstance(func, ast.Name) else None)
        if name is None or name in _GENERIC:
            continue
        given: list[tuple[int | str, ast.expr]] = [
            *enumerate(node.args), *((k.arg, k.value) for k in node.keywords if k.arg)]
        if any(isinstance(a, ast.Starred) for a in node.args):
            continue  # which parameter takes what cannot be told
        for slot, argument in given:
            if not _carries(argument, call, bound):
                continue
            found = definitions(name)
            if found and all(_takes_as(d, slot, kind) for d in found):
                names.add(name)
    return frozenset(names)


def _takes_as(definition: ast.FunctionDef | ast.AsyncFunctionDef, slot: int | str,
              kind: str) -> bool:
    """Whether the parameter ``slot`` (a position or a keyword) of ``definition`` is
    annotated ``kind`` and is used as one, not only stored."""
    arguments = definition.args
    positional = [*arguments.posonlyargs, *arguments.args]
    if isinstance(slot, int):
        parameter = positional[slot] if slot < len(positional) else None
    else:
        parameter = next((a for a in [*arguments.args, *arguments.kwonlyargs]
                          if a.arg == slot), None)
    if parameter is None or kind_of(parameter.annotation) != kind:
        return False
    return _used_as_value(definition, parameter.arg)


def _used_as_value(definition: ast.FunctionDef | ast.AsyncFunctionDef, name: str) -> bool:
    """Whether ``definition`` does something with ``name`` beyond keeping it as it is
    (``SETTINGS[key] = value``, ``items.append(value)``, ``return value``): a function
    that only stores what it gets accepts any value, whatever its annotation says."""
    parents: dict[int, ast.AST] = {}
    for node in ast.walk(definition):
        for child in ast.iter_child_nodes(node):
            parents[id(child)] = node
    for node in ast.walk(definition):
        if not (isinstance(node, ast.Name) and node.id == name
                and isinstance(node.ctx, ast.Load)):
            continue
        parent = parents.get(id(node))
        if isinstance(parent, ast.Assign | ast.AnnAssign | ast.Return) \
                and parent.value is node:
            continue
        if isinstance(parent, ast.Dict | ast.List | ast.Tuple | ast.Set):
            continue
        if isinstance(parent, ast.Call) and node in parent.args \
                and isinstance(parent.func, ast.Attribute) and parent.func.attr in _STORING:
            continue
        return True
    return False


def _carries(argument: ast.expr, call: ast.Call, bound: str | None) -> bool:
    """Whether ``argument`` is the value, or a sum or difference with it, or its negation:
    what keeps the value's kind (an amount plus a fee is an amount). A product or a
    quotient makes another kind (a rate times an amount is an amount, the rate is not),
    and another call makes something of its own (``str(amount)`` hands a string on)."""
    if argument is call or (isinstance(argument, ast.Name) and argument.id == bound):
        return True
    if isinstance(argument, ast.BinOp) and isinstance(argument.op, ast.Add | ast.Sub):
        return _carries(argument.left, call, bound) or _carries(argument.right, call, bound)
    if isinstance(argument, ast.UnaryOp) and isinstance(argument.op, ast.USub | ast.UAdd):
        return _carries(argument.operand, call, bound)
    if isinstance(argument, ast.IfExp):  # the value or another in its place
        return _carries(argument.body, call, bound) or _carries(argument.orelse, call, bound)
    return False
