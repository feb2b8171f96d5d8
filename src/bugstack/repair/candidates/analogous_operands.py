"""Two values of different types compared (or subtracted) where sibling code compares the
same value only after converting it with a project function.

``orders_since`` does ``o.placed_at >= first_day`` (a datetime against a date) while
``orders_on`` does ``shop_day(o.placed_at) == day``, and ``shop_day(moment: datetime) ->
date`` is documented as "the shop's calendar day". The obvious ``o.placed_at.date()``
would take the day in the timestamp's own zone, not the one the project means; the fix
does what the sibling does: ``shop_day(o.placed_at) >= first_day``.

Nothing is proposed unless all of this holds:

* the message names the two types, and the helper's one required parameter is annotated
  with the type of the operand it converts and its return with the other's;
* a sibling compares (or subtracts) the helper's result for the same value: the same
  attribute, key or name;
* no sibling treats that value, in such an operation, any other way (another helper, a
  method such as ``.date()``);
* the operand's type, where the frame captured it, is the helper's parameter type.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.captured_types import annotation_names, captured_type
from bugstack.repair.candidates.package_functions import (
    PackageFunction,
    SiblingCall,
    package_functions,
    package_modules,
    required_parameter,
    sibling_calls,
    with_helper,
)

__all__ = ["analogous_operands"]

_TYPES = (
    re.compile(r"can't compare ([\w.]+) to ([\w.]+)"),
    re.compile(r"not supported between instances of '([\w.]+)' and '([\w.]+)'"),
    re.compile(r"unsupported operand type\(s\) for [^:]+: '([\w.]+)' and '([\w.]+)'"),
)


def _message_types(message: str) -> tuple[str, str] | None:
    for pattern in _TYPES:
        match = pattern.search(message)
        if match:
            return match.group(1).rsplit(".", 1)[-1], match.group(2).rsplit(".", 1)[-1]
    return None


def _operand_pairs(statement: ast.stmt) -> Iterator[tuple[ast.expr, ast.expr]]:
    for node in ast.walk(statement):
        if isinstance(node, ast.Compare) and len(node.comparators) == 1:
            yield node.left, node.comparators[0]
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Sub):
            yield node.left, node.right


def _subject(expression: ast.expr) -> str | None:
    """What value an operand is: ``placed_at`` for ``o.placed_at`` or ``row["placed_at"]``."""
    if isinstance(expression, ast.Attribute):
        return expression.attr
    if isinstance(expression, ast.Subscript) and isinstance(expression.slice, ast.Constant) \
            and isinstance(expression.slice.value, str):
        return expression.slice.value
    return expression.id if isinstance(expression, ast.Name) else None


def analogous_operands(analysis: Analysis, strategy: str) -> Iterator[Candidate]:
    assert analysis.crash is not None and analysis.statement is not None
    if analysis.exc_type != "TypeError":
        return
    types = _message_types(analysis.message)
    if types is None or types[0] == types[1]:
        return
    for left, right in _operand_pairs(analysis.statement):
        for operand, other in ((left, right), (right, left)):
            subject = _subject(operand)
            if subject is None:
                continue
            for source_type, target_type in (types, types[::-1]):
                if captured_type(analysis, operand) not in (None, source_type) or \
                        captured_type(analysis, other) not in (None, target_type):
                    continue
                found = _helper_for(analysis, subject, source_type, target_type)
                if found is None:
                    continue
                helper, sibling = found
                shown = ast.get_source_segment(analysis.crash.source, operand) \
                    or ast.unparse(operand)
                yield Candidate(
                    strategy=strategy,
                    description=f"`{shown}` (a {source_type}) is turned into a {target_type} "
                                f"with `{helper.reference}` before it meets one, as "
                                f"`{sibling.function.name}` does.",
                    edits={analysis.crash.path: with_helper(
                        analysis, helper, [(operand, f"{helper.reference}({shown})")])},
                    originals={analysis.crash.path: analysis.crash.source},
                    plausibility=0.9,
                    contract=f"`{helper.node.name}` takes a {source_type} and returns a "
                             f"{target_type} (its signature), and `{sibling.function.name}` "
                             f"already compares `{subject}` through it",
                )
                return


def _helper_for(analysis: Analysis, subject: str, source_type: str,
                target_type: str) -> tuple[PackageFunction, SiblingCall] | None:
    """The one helper siblings use on ``subject`` to meet a ``target_type``, if they agree."""
    chosen: list[tuple[PackageFunction, SiblingCall]] = []
    for helper in package_functions(analysis):
        parameter = required_parameter(helper.node)
        if parameter is None or annotation_names(parameter.annotation, helper.module) \
                != {source_type} or annotation_names(helper.node.returns, helper.module) \
                != {target_type}:
            continue
        for sibling in sibling_calls(analysis, helper):
            if sibling.call.args and _subject(sibling.call.args[0]) == subject \
                    and _in_operation(sibling):
                if len(sibling.call.args) > 1 or sibling.call.keywords:
                    # shop_day(o.placed_at, o.shop.zone): the sibling passes more than the
                    # value, and a call with the helper's defaults would mean another day.
                    return None
                chosen.append((helper, sibling))
                break
    if len({helper.node.name for helper, _ in chosen}) != 1:
        return None
    if _treated_otherwise(analysis, subject, chosen[0][0].node.name):
        return None
    return chosen[0]


def _in_operation(sibling: SiblingCall) -> bool:
    """The sibling's call is an operand of a comparison or subtraction."""
    for node in ast.walk(sibling.function):
        if isinstance(node, ast.Compare) and len(node.comparators) == 1 \
                and sibling.call in (node.left, node.comparators[0]):
            return True
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Sub) \
                and sibling.call in (node.left, node.right):
            return True
    return False


def _treated_otherwise(analysis: Analysis, subject: str, helper: str) -> bool:
    """A sibling compares ``subject`` after another conversion: the siblings disagree."""
    assert analysis.crash is not None and analysis.function is not None
    for path in package_modules(analysis):
        text = analysis.crash.source if path == analysis.crash.path else analysis.read(path)
        if not text or subject not in text:
            continue
        try:
            module = ast.parse(text)
        except SyntaxError:
            continue
        for node in ast.walk(module):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) \
                    and node.name == analysis.function.name and path == analysis.crash.path:
                continue
            if not isinstance(node, ast.Compare | ast.BinOp):
                continue
            operands = [node.left, *node.comparators] if isinstance(node, ast.Compare) \
                else [node.left, node.right]
            for operand in operands:
                if _converted_subject(operand) == subject and _conversion(operand) != helper:
                    return True
    return False


def _converted_subject(operand: ast.expr) -> str | None:
    """``placed_at`` for ``f(o.placed_at)`` and ``o.placed_at.date()``."""
    if not isinstance(operand, ast.Call):
        return None
    if operand.args:
        return _subject(operand.args[0])
    if isinstance(operand.func, ast.Attribute):
        return _subject(operand.func.value)
    return None


def _conversion(operand: ast.expr) -> str | None:
    assert isinstance(operand, ast.Call)
    if operand.args:
        func = operand.func
        return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    return f".{operand.func.attr}()" if isinstance(operand.func, ast.Attribute) else None
