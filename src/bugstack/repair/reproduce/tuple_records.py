"""Named tuples sent back as the JSON lists sentry-sdk made of them.

sentry-sdk serialises every tuple as a list, a ``NamedTuple`` included: a parameter
``readings: Iterable[Reading]`` arrives as ``[[datetime(...), 17.6, 'C'], ...]``, and
calling the function again with lists fails on ``reading.at`` before it reaches the
production error. When the parameter's annotation names a named tuple the crashing module
defines, each captured list is given back that type, field by field in order, which is
all a tuple ever held.
"""

from __future__ import annotations

import ast
import re
from typing import Any

__all__ = ["named_tuples", "rebuilt_records"]

#: Annotation heads whose items are the record: ``Iterable[Reading]``, ``list[Reading]``.
_COLLECTIONS = {"Iterable", "Sequence", "Collection", "list", "List", "Iterator"}


def named_tuples(module_source: str) -> dict[str, int]:
    """The named tuples a module defines at its top, with how many fields each has."""
    try:
        tree = ast.parse(module_source)
    except SyntaxError:
        return {}
    found: dict[str, int] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and any(
                ast.unparse(base).rsplit(".", 1)[-1] == "NamedTuple" for base in node.bases):
            found[node.name] = sum(1 for item in node.body
                                   if isinstance(item, ast.AnnAssign)
                                   and isinstance(item.target, ast.Name))
        elif (isinstance(node, ast.Assign) and len(node.targets) == 1
              and isinstance(node.targets[0], ast.Name) and isinstance(node.value, ast.Call)
              and ast.unparse(node.value.func).rsplit(".", 1)[-1] == "namedtuple"
              and len(node.value.args) == 2):
            fields = node.value.args[1]
            if isinstance(fields, ast.List | ast.Tuple):
                found[node.targets[0].id] = len(fields.elts)
            elif isinstance(fields, ast.Constant) and isinstance(fields.value, str):
                found[node.targets[0].id] = len(fields.value.replace(",", " ").split())
    return found


def rebuilt_records(source: str, captured: Any, annotation: str | None,
                    records: dict[str, int]) -> tuple[str, str] | None:
    """``source`` (the rendered captured value) as the named tuples its annotation names,
    with the named tuple's name; None when the annotation names none or the captured
    lists do not fit one."""
    if not annotation or not isinstance(captured, list):
        return None
    plain = re.sub(r"\s*\|\s*None\b|\bNone\s*\|\s*", "", annotation)
    plain = re.sub(r"^Optional\[(.*)\]$", r"\1", plain)
    if plain in records:
        return (f"{plain}(*{source})", plain) if len(captured) == records[plain] else None
    collection = re.fullmatch(r"(?:[\w.]+\.)?(\w+)\[(\w+)\]", plain)
    if collection is None or collection.group(1) not in _COLLECTIONS:
        return None
    head, name = collection.groups()
    if name not in records or not all(
            isinstance(item, list) and len(item) == records[name] for item in captured):
        return None
    rebuilt = f"[{name}(*_fields) for _fields in {source}]"
    return (f"iter({rebuilt})" if head == "Iterator" else rebuilt), name
