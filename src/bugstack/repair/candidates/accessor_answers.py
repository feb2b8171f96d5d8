"""What a project function answers for the case that crashed: a key missing from a module
table, or an attribute that is None.

``sibling_accessors`` offers such a function (an accessor) in place of a raw read, and
only one whose body answers the very case: ``lookup(table, key)`` testing ``key in
table`` or reading ``table.get(key)``, ``location_of(sku)`` returning ``SHELVES.get(sku,
INBOUND_DOCK)``, ``display_name(member)`` returning ``member.full_name or
member.username``. These readers of a function's body and signature (and of the module
tables it may read) are kept apart from the strategy, which looks at the crash and at
how sibling code calls the accessor.
"""

from __future__ import annotations

import ast

from bugstack.repair.candidates.package_functions import required_parameter

__all__ = ["class_of", "fallback_attribute", "guards_table", "module_tables", "table_read_by"]


def module_tables(tree: ast.Module) -> dict[str, int]:
    """Module-level names bound to a dict literal, with their line."""
    tables: dict[str, int] = {}
    for statement in tree.body:
        targets: list[ast.expr] = []
        if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Dict):
            targets = list(statement.targets)
        elif isinstance(statement, ast.AnnAssign) and isinstance(statement.value, ast.Dict):
            targets = [statement.target]
        tables |= {t.id: statement.lineno for t in targets if isinstance(t, ast.Name)}
    return tables


def guards_table(helper: ast.FunctionDef) -> bool:
    """Whether the body of ``helper(table, key, ...)`` answers a key missing from ``table``."""
    positional = [*helper.args.posonlyargs, *helper.args.args]
    if len(positional) < 2:
        return False
    table = positional[0].arg
    for node in ast.walk(helper):
        if isinstance(node, ast.Compare) and any(isinstance(op, ast.In | ast.NotIn)
                                                 for op in node.ops) and any(
                isinstance(c, ast.Name) and c.id == table for c in node.comparators):
            return True
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "get" and isinstance(node.func.value, ast.Name)
                and node.func.value.id == table):
            return True
    return False


def table_read_by(helper: ast.FunctionDef, parameter: str) -> str | None:
    """``SHELVES`` when the helper answers its parameter's absence from that module table:
    ``SHELVES.get(sku, ...)`` or ``sku in SHELVES``, and nothing else done with it."""
    found: set[str] = set()
    for node in ast.walk(helper):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "get" and isinstance(node.func.value, ast.Name)
                and node.args and isinstance(node.args[0], ast.Name)
                and node.args[0].id == parameter):
            found.add(node.func.value.id)
        elif (isinstance(node, ast.Compare) and isinstance(node.left, ast.Name)
              and node.left.id == parameter and len(node.ops) == 1
              and isinstance(node.ops[0], ast.In | ast.NotIn)
              and isinstance(node.comparators[0], ast.Name)):
            found.add(node.comparators[0].id)
    return found.pop() if len(found) == 1 else None


def fallback_attribute(helper: ast.FunctionDef) -> str | None:
    """``full_name`` when the helper's one required parameter ``p`` is returned as
    ``p.full_name or ...`` (or ``... if p.full_name is None else p.full_name``)."""
    parameter = required_parameter(helper)
    if parameter is None or parameter.annotation is None:
        return None
    found: set[str] = set()
    for node in ast.walk(helper):
        if not isinstance(node, ast.Return) or node.value is None:
            continue
        value = node.value
        reads: list[ast.expr] = []
        if isinstance(value, ast.BoolOp) and isinstance(value.op, ast.Or):
            reads = [value.values[0]]
        elif isinstance(value, ast.IfExp):
            reads = [value.body, value.orelse]
        for read in reads:
            if (isinstance(read, ast.Attribute) and isinstance(read.value, ast.Name)
                    and read.value.id == parameter.arg):
                found.add(read.attr)
    return found.pop() if len(found) == 1 else None


def class_of(helper: ast.FunctionDef) -> str | None:
    """``Member`` when the helper's one required parameter is annotated ``Member`` (or
    ``models.Member``, or ``"Member"``)."""
    parameter = required_parameter(helper)
    annotation = parameter.annotation if parameter is not None else None
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        return annotation.value.rsplit(".", 1)[-1]
    if isinstance(annotation, ast.Name | ast.Attribute):
        return ast.unparse(annotation).rsplit(".", 1)[-1]
    return None
