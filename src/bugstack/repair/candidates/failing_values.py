"""The value a conversion failed on, as the crash captured it.

``sibling_helpers`` proposes a project helper only when the helper's documentation shows
it reading that very value (``"12,50"`` for ``"450,50"``), so it needs the value itself:
from the frame's captured locals (a name, a field of a captured model repr, a key of a
captured dict) or from the captured request (its form, JSON body or query string). This
is kept apart because it reads what the crash report holds, not the code.
"""

from __future__ import annotations

import ast
import urllib.parse
from typing import Any

from bugstack.domain import CrashSite

__all__ = ["failing_value"]

_FORM_SOURCES = ("form", "json", "data", "values", "POST", "get_json()")
_QUERY_SOURCES = ("args", "GET", "query_params")


def _literal(text: Any) -> object:
    if not isinstance(text, str):
        return None
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return None


def failing_value(subject: ast.expr, variables: Any, site: CrashSite) -> object:
    """The value the conversion got, from the captured locals or the captured request."""
    if isinstance(subject, ast.Name):
        return _literal(variables.get(subject.id))
    if isinstance(subject, ast.Attribute) and isinstance(subject.value, ast.Name):
        return _field(variables.get(subject.value.id), subject.attr)
    key: ast.expr | None = None
    base: ast.expr | None = None
    if isinstance(subject, ast.Subscript):
        key, base = subject.slice, subject.value
    elif isinstance(subject, ast.Call) and isinstance(subject.func, ast.Attribute) \
            and subject.func.attr == "get" and subject.args:
        key, base = subject.args[0], subject.func.value
    if not (isinstance(key, ast.Constant) and isinstance(key.value, str) and base is not None):
        return None
    if isinstance(base, ast.Name):
        mapping = variables.get(base.id)
        return _literal(mapping.get(key.value)) if isinstance(mapping, dict) else None
    request = site.event.request
    where = ast.unparse(base)
    if request is None or not where.startswith("request."):
        return None
    if where.endswith(_FORM_SOURCES) and isinstance(request.data, dict):
        found = request.data.get(key.value)
        return found if isinstance(found, str | int | float) else None
    if where.endswith(_QUERY_SOURCES) and request.query_string:
        values = urllib.parse.parse_qs(request.query_string).get(key.value)
        return values[0] if values else None
    return None


def _field(text: Any, name: str) -> object:
    """``limit`` of a captured model repr such as ``BudgetIn(limit='450,50')``."""
    if not isinstance(text, str):
        return None
    try:
        made = ast.parse(text, mode="eval").body
    except SyntaxError:
        return None
    if not isinstance(made, ast.Call):
        return None
    value = next((k.value for k in made.keywords if k.arg == name), None)
    return _literal(ast.unparse(value)) if value is not None else None
