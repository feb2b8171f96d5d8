"""The type of a value the crash frame captured, read from sentry-sdk's reprs.

``'cus_NffrFeUfNV2Hib'`` is a ``str``; ``datetime.date(2026, 3, 1)`` a ``date``; the
attribute ``o.placed_at`` of ``Order(id='1', placed_at=datetime.datetime(...))`` a
``datetime``. Only the type's own name is kept (``date``, not ``datetime.date``), as the
messages and annotations that it is compared with write it.
"""

from __future__ import annotations

import ast
from typing import Any

from bugstack.repair.analyse import Analysis

__all__ = ["annotation_names", "captured_type", "repr_type"]


def repr_type(text: Any) -> str | None:
    """The type a repr shows: a literal's type, or the class a call-like repr names."""
    if isinstance(text, list):
        return "list"
    if isinstance(text, dict):
        return "dict"
    if not isinstance(text, str):
        return None
    try:
        made = ast.parse(text, mode="eval").body
    except SyntaxError:
        return None
    return _node_type(made)


def _node_type(made: ast.expr) -> str | None:
    if isinstance(made, ast.Constant):
        return type(made.value).__name__
    if isinstance(made, ast.List | ast.ListComp):
        return "list"
    if isinstance(made, ast.Dict):
        return "dict"
    if isinstance(made, ast.Tuple):
        return "tuple"
    if isinstance(made, ast.Call):
        func = made.func
        return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    return None


def captured_type(analysis: Analysis, expression: ast.expr) -> str | None:
    """The type of ``expression`` (a name, or an attribute of a name) as captured."""
    assert analysis.crash is not None
    variables = analysis.crash.frame.vars or {}
    if isinstance(expression, ast.Name):
        return repr_type(variables.get(expression.id))
    if isinstance(expression, ast.Attribute) and isinstance(expression.value, ast.Name):
        owner = variables.get(expression.value.id)
        if not isinstance(owner, str):
            return None
        try:
            made = ast.parse(owner, mode="eval").body
        except SyntaxError:
            return None
        if isinstance(made, ast.Call):
            value = next((k.value for k in made.keywords if k.arg == expression.attr), None)
            return _node_type(value) if value is not None else None
    return None


def annotation_names(annotation: ast.expr | None, module: ast.Module) -> set[str]:
    """The type names an annotation admits, through the module's own aliases
    (``Expandable = str | dict[str, Any] | None``), outer names only (``dict`` of
    ``dict[str, Any]``)."""
    if annotation is None:
        return set()
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        try:
            annotation = ast.parse(annotation.value, mode="eval").body
        except SyntaxError:
            return set()
    aliases: dict[str, ast.expr] = {}
    for node in module.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name):
            aliases[node.targets[0].id] = node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) \
                and node.value is not None:
            aliases[node.target.id] = node.value
    return _names(annotation, aliases, depth=0)


def _names(node: ast.expr, aliases: dict[str, ast.expr], depth: int) -> set[str]:
    if depth > 5:
        return set()
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _names(node.left, aliases, depth) | _names(node.right, aliases, depth)
    if isinstance(node, ast.Subscript):
        head = node.value
        name = head.attr if isinstance(head, ast.Attribute) else getattr(head, "id", "")
        if name in ("Optional", "Union"):
            inner = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
            found = {"None"} if name == "Optional" else set()
            for element in inner:
                found |= _names(element, aliases, depth)
            return found
        return {name} if name else set()
    if isinstance(node, ast.Constant) and node.value is None:
        return {"None"}
    if isinstance(node, ast.Attribute):
        return {node.attr}
    if isinstance(node, ast.Name):
        if node.id in aliases:
            return _names(aliases[node.id], aliases, depth + 1)
        return {node.id}
    return set()
