"""A value read as a mapping (``customer["id"]``) that arrived as something else (the id
string itself), where sibling code reads the analogous value through a project function
that takes both shapes.

``parse_charge`` does ``customer["id"]`` and fails for ``'cus_NffrFeUfNV2Hib'``, while
``parse_refund`` reads ``data["charge"]`` with ``id_of(...)``, whose parameter is
``str | dict[str, Any] | None`` and whose body reads ``value["id"]`` only
``if isinstance(value, dict)``. The read becomes ``id_of(customer)``, and the other
mapping reads of the same value in the function keep their own answer for "no object"
but ask the helper's question: ``customer.get("email") if customer else None`` becomes
``... if isinstance(customer, dict) else None``.

Nothing is proposed unless all of this holds:

* the captured value's type is one the helper's parameter admits (its annotation,
  through the module's aliases), and the helper reads the same key of it under an
  ``isinstance`` test of another type;
* sibling code calls the helper on an analogous value: the same name, or the same key,
  or a key of a mapping of the same name and annotation whose key the helper's
  documentation names alongside (``customer`` among "``customer``, ``charge``");
* one helper only qualifies (siblings that disagree back nothing);
* every other mapping read of the value in the function sits in a conditional whose test
  is the value itself, so the helper's test can take its place.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass

from bugstack.repair.analyse import Analysis, origin_of
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.captured_types import annotation_names, captured_type
from bugstack.repair.candidates.package_functions import (
    PackageFunction,
    SiblingCall,
    documentation,
    package_functions,
    required_parameter,
    sibling_calls,
    with_helper,
)

__all__ = ["analogous_reads"]

_NOT_A_MAPPING = re.compile(
    r"string indices must be integers|'(\w+)' object is not subscriptable"
    r"|'(\w+)' object has no attribute '(get|items|keys|values)'")


@dataclass(frozen=True, slots=True)
class _Qualified:
    helper: PackageFunction
    #: The type the helper tests for before reading the key (``dict``).
    mapping_type: str
    sibling: SiblingCall
    why_analogous: str


def analogous_reads(analysis: Analysis, strategy: str) -> Iterator[Candidate]:
    assert analysis.crash is not None and analysis.function is not None
    assert analysis.statement is not None and analysis.tree is not None
    if analysis.exc_type not in ("TypeError", "AttributeError") \
            or not _NOT_A_MAPPING.search(analysis.message):
        return
    for read in ast.walk(analysis.statement):
        keyed = _key_read(read)
        if keyed is None:
            continue
        name, key = keyed
        kind = captured_type(analysis, ast.Name(id=name))
        if kind is None or kind in ("dict", "NoneType"):
            continue
        found = [q for helper in package_functions(analysis)
                 if (q := _qualifies(analysis, helper, name, key, kind)) is not None]
        if len({q.helper.node.name for q in found}) != 1:
            continue  # no helper, or siblings that read it through different ones
        chosen = found[0]
        replacements = _replacements(analysis, name, key, chosen)
        if replacements is None:
            continue
        helper, test = chosen.helper, f"isinstance({name}, {chosen.mapping_type})"
        guarded = any(text == test for _, text in replacements)
        yield Candidate(
            strategy=strategy,
            description=f"`{name}` can be a {kind} (it was {analysis.values.get(name, '?')}) "
                        f"as well as a {chosen.mapping_type}; it is now read with "
                        f"`{helper.reference}`, which takes both, as "
                        f"`{chosen.sibling.function.name}` does"
                        + (f", and its other reads ask `{test}` first, as "
                           f"`{helper.node.name}` does." if guarded else "."),
            edits={analysis.crash.path: with_helper(analysis, helper, replacements)},
            originals={analysis.crash.path: analysis.crash.source}, plausibility=0.9,
            contract=f"`{helper.node.name}` takes a {kind} as well as a "
                     f"{chosen.mapping_type} (its parameter's type), and "
                     f"`{chosen.sibling.function.name}` already reads "
                     f"{chosen.why_analogous} through it",
        )
        return


def _qualifies(analysis: Analysis, helper: PackageFunction, name: str, key: str,
               kind: str) -> _Qualified | None:
    parameter = required_parameter(helper.node)
    if parameter is None or kind not in annotation_names(parameter.annotation, helper.module):
        return None
    mapping_type = _tested_before_reading(helper.node, parameter.arg, key)
    if mapping_type is None or mapping_type == kind:
        return None
    for sibling in sibling_calls(analysis, helper):
        if len(sibling.call.args) != 1 or sibling.call.keywords:
            # `id_of(data["charge"], required=True)` shows the helper asked with more than
            # the value; `id_of(customer)` alone would answer another question (a missing
            # customer quietly None), and the sibling's arguments are for its own field.
            continue
        why = _analogous(analysis, sibling, name, helper)
        if why is not None:
            return _Qualified(helper, mapping_type, sibling, why)
    return None


def _tested_before_reading(helper: ast.FunctionDef, parameter: str, key: str) -> str | None:
    """``dict`` for ``if isinstance(value, dict): return value["id"]``."""
    for node in ast.walk(helper):
        if not (isinstance(node, ast.If | ast.IfExp) and isinstance(node.test, ast.Call)
                and isinstance(node.test.func, ast.Name) and node.test.func.id == "isinstance"
                and len(node.test.args) == 2 and isinstance(node.test.args[0], ast.Name)
                and node.test.args[0].id == parameter):
            continue
        body = node.body if isinstance(node.body, list) else [node.body]
        reads = any(isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name)
                    and n.value.id == parameter and isinstance(n.slice, ast.Constant)
                    and n.slice.value == key for part in body for n in ast.walk(part))
        tested = node.test.args[1]
        if reads and isinstance(tested, ast.Name | ast.Attribute):
            return tested.attr if isinstance(tested, ast.Attribute) else tested.id
    return None


def _key_read(node: ast.AST) -> tuple[str, str] | None:
    """``_keyed`` of a read that gives nothing else for a missing key: ``value["id"]`` or
    ``value.get("id")``, not ``value.get("id", default)`` (whose default the helper
    would not give)."""
    if isinstance(node, ast.Subscript) and not isinstance(node.ctx, ast.Load):
        return None
    if isinstance(node, ast.Call) and (len(node.args) != 1 or node.keywords):
        return None
    return _keyed(node) if isinstance(node, ast.expr) else None


def _keyed(expression: ast.expr | None) -> tuple[str, str] | None:
    """``("data", "customer")`` for ``data["customer"]`` or ``data.get("customer")``."""
    if isinstance(expression, ast.Subscript) and isinstance(expression.value, ast.Name) \
            and isinstance(expression.slice, ast.Constant) \
            and isinstance(expression.slice.value, str):
        return expression.value.id, expression.slice.value
    if isinstance(expression, ast.Call) and isinstance(expression.func, ast.Attribute) \
            and expression.func.attr == "get" and isinstance(expression.func.value, ast.Name) \
            and expression.args and isinstance(expression.args[0], ast.Constant) \
            and isinstance(expression.args[0].value, str):
        return expression.func.value.id, expression.args[0].value
    return None


def _annotation_of(function: ast.FunctionDef | ast.AsyncFunctionDef, name: str) -> str | None:
    for argument in (*function.args.posonlyargs, *function.args.args, *function.args.kwonlyargs):
        if argument.arg == name:
            return ast.unparse(argument.annotation) if argument.annotation else None
    return None


def _analogous(analysis: Analysis, sibling: SiblingCall, name: str,
               helper: PackageFunction) -> str | None:
    """How the sibling's argument is the same kind of value as ``name``, if it is."""
    assert analysis.function is not None and analysis.statement is not None
    argument = sibling.call.args[0]
    if isinstance(argument, ast.Name) and argument.id == name:
        return f"`{name}`"
    origin = _keyed(origin_of(analysis.function, name, analysis.statement.lineno))
    theirs = _keyed(argument)
    if origin is None or theirs is None or origin[0] != theirs[0]:
        return None
    mapping, key = origin
    shown = ast.get_source_segment(sibling.source, argument) or ast.unparse(argument)
    if theirs[1] == key:
        return f"`{shown}`"
    ours_annotation = _annotation_of(analysis.function, mapping)
    if ours_annotation is None or ours_annotation != _annotation_of(sibling.function, mapping):
        return None
    if re.search(rf"``{re.escape(key)}``|\b{re.escape(key)}\b", documentation(helper)) is None:
        return None
    return f"`{shown}`, another field of `{mapping}: {ours_annotation}` that " \
           f"`{helper.node.name}`'s documentation lists with `{key}`,"


def _replacements(analysis: Analysis, name: str, key: str,
                  chosen: _Qualified) -> list[tuple[ast.AST, str]] | None:
    """The key's reads through the helper; the value's other mapping reads behind the
    helper's own test, or None when one cannot be."""
    assert analysis.function is not None
    reference = chosen.helper.reference
    replacements: list[tuple[ast.AST, str]] = []
    handled: set[int] = set()
    parents = {id(child): parent for parent in ast.walk(analysis.function)
               for child in ast.iter_child_nodes(parent)}
    for node in ast.walk(analysis.function):
        if _key_read(node) == (name, key):
            replacements.append((node, f"{reference}({name})"))
            handled.update(id(n) for n in ast.walk(node))
    for node in ast.walk(analysis.function):
        if id(node) in handled or not _mapping_read(node, name):
            continue
        guard = _guarding_conditional(node, name, parents)
        if guard is None:
            return None
        if id(guard) not in handled:
            handled.add(id(guard))
            replacements.append((guard.test, f"isinstance({name}, {chosen.mapping_type})"))
    return replacements


def _mapping_read(node: ast.AST, name: str) -> bool:
    if isinstance(node, ast.Subscript):
        return isinstance(node.value, ast.Name) and node.value.id == name
    return isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
        and node.value.id == name and node.attr in ("get", "items", "keys", "values")


def _guarding_conditional(node: ast.AST, name: str, parents: dict[int, ast.AST]) -> (
        ast.IfExp | None):
    """``a if name else <constant>`` around ``node`` (in its ``a``)."""
    current: ast.AST = node
    while (parent := parents.get(id(current))) is not None and isinstance(parent, ast.expr):
        if isinstance(parent, ast.IfExp) and parent.body is current:
            if isinstance(parent.test, ast.Name) and parent.test.id == name \
                    and isinstance(parent.orelse, ast.Constant):
                return parent
            return None
        current = parent
    return None
