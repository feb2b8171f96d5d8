"""Whether a None came from looking up a record the caller asked for.

``find_member(member_id)`` given a parameter of the view (or what the request carries
from the caller: its query, form, body or path values) looks a record up, and its None is
a missing record, for which the module's "not found" answer (a sibling's 404) fits. A
None read from the app's own data, from who is signed in or from a request header names
no record the caller asked for. ``none_guard`` asks this to choose a guard's fallbacks
(``fallbacks(..., lookup=...)``); it lives apart because it reads where the value came
from, not the crash itself.
"""

from __future__ import annotations

import ast

from bugstack.repair.analyse import Analysis, origin_of

__all__ = ["is_lookup"]


def is_lookup(analysis: Analysis, culprit: str) -> bool:
    """Whether the None came from looking a record up (a call), not from an optional field."""
    if analysis.function is None or analysis.crash is None:
        return False
    try:
        expression = ast.parse(culprit, mode="eval").body
    except SyntaxError:
        return False
    if isinstance(expression, ast.Name):
        origin = origin_of(analysis.function, culprit, analysis.crash.lineno)
        if not isinstance(origin, ast.Call | ast.Subscript):
            return False
        expression = origin
    elif not isinstance(expression, ast.Call):
        return False
    # A record is looked up by what the caller asked for: `find_member(member_id)`.
    # `re.search(..., RELEASE["text"])` on the app's own data names no record, and a
    # sibling's 404 would tell clients that /version does not exist (adversarial review).
    return _given_a_parameter(analysis.function, expression, analysis.crash.lineno)


def _given_a_parameter(function: ast.FunctionDef | ast.AsyncFunctionDef, call: ast.expr,
                       before: int) -> bool:
    """``call`` is given what the caller asked for as an argument: a parameter of
    ``function`` or flask's ``request``, directly or through one local. Reading the
    request itself (``request.headers.get("X-Forwarded-For")``) looks no record up."""
    arguments = function.args
    inputs = {a.arg for a in (*arguments.posonlyargs, *arguments.args,
                              *arguments.kwonlyargs)} - {"self", "cls"} | {"request"}
    given = [value for node in ast.walk(call) if isinstance(node, ast.Call)
             for value in (*node.args, *(k.value for k in node.keywords))]
    names = {name for value in given for name in _inputs_read(value)}
    if names & inputs:
        return True
    for name in names:
        origin = origin_of(function, name, before)
        if origin is not None and _inputs_read(origin) & inputs:
            return True
    return False


# What a request carries from the caller: its query, form, body and path values. Who is
# signed in (``request.user``), its session and its headers name no record the caller asked
# for: a user without a cart yet is no missing page.
_ASKED = frozenset({"args", "form", "values", "json", "get_json", "data", "files", "GET",
                    "POST", "query_params", "path_params", "view_args", "match_info"})


def _inputs_read(value: ast.AST) -> set[str]:
    """The names ``value`` reads; ``request`` only through what the caller sent."""
    names = {n.id for n in ast.walk(value) if isinstance(n, ast.Name) and n.id != "request"}
    if any(isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name)
           and n.value.id == "request" and n.attr in _ASKED for n in ast.walk(value)):
        names.add("request")
    return names
