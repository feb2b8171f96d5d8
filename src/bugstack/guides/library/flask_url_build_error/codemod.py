"""Point a ``url_for`` call at the endpoint that exists, with that route's parameters.

``BuildError: Could not build url for endpoint 'show_book' with values ['id']. Did you
mean 'book_page' instead?`` names the endpoint the call asked for and the values it
passed. The recipe looks for the route the call meant and renames the passed values to
that route's URL variables:

* the endpoint werkzeug suggests (``Did you mean``), or the same endpoint when werkzeug
  says values are missing (``Did you forget to specify values``);
* failing that (werkzeug suggests by name similarity alone), the one endpoint that other
  ``url_for`` calls in the code build from the very values this call passes.

Each URL variable the call does not provide takes the one passed value backed by the
code: another ``url_for`` call for that endpoint passing the same expression for it, or
a value named like it (``number=invoice.number``), or, when another call passes
``order.number`` for it, this call's ``order.id`` read as ``order.number`` (the route moved
to another attribute of the same object). When a variable has no such value, or
several, or a passed value would be left over, the recipe declines: a wrong mapping
builds a URL to the wrong page.
"""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from dataclasses import dataclass

import libcst as cst

from bugstack.domain import CrashSite
from bugstack.guides.codemod_support import dotted_name
from bugstack.guides.wrapper_callers import python_files

_MESSAGE = re.compile(r"Could not build url for endpoint '(?P<endpoint>[\w.]+)'")
_SUGGESTED = re.compile(r"Did you mean '(?P<endpoint>[\w.]+)' instead\?")
_FORGOT = re.compile(r"Did you forget to specify values")
_VARIABLE = re.compile(r"<(?:[^<>:]+:)?(\w+)>")
_ROUTE_METHODS = {"route", "get", "post", "put", "patch", "delete"}


@dataclass(frozen=True, slots=True)
class _Code:
    #: endpoint -> the URL variables of each of its rules
    routes: dict[str, list[frozenset[str]]]
    #: endpoint -> URL variable -> the expressions other url_for calls pass for it
    passed: dict[str, dict[str, set[str]]]


def _url_for_endpoint(call: ast.Call) -> str | None:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
    if name != "url_for" or not call.args:
        return None
    first = call.args[0]
    return first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) \
        else None


def _read(sources: list[str]) -> _Code:
    routes: dict[str, list[frozenset[str]]] = defaultdict(list)
    passed: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for source in sources:
        try:
            tree = ast.parse(source)
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                for decorator in node.decorator_list:
                    _add_route(routes, node.name, decorator)
            elif isinstance(node, ast.Call) and (endpoint := _url_for_endpoint(node)):
                for keyword in node.keywords:
                    if keyword.arg is not None:
                        passed[endpoint][keyword.arg].add(ast.unparse(keyword.value))
    return _Code(dict(routes), {k: dict(v) for k, v in passed.items()})


def _add_route(routes: dict[str, list[frozenset[str]]], function: str,
               decorator: ast.expr) -> None:
    if not (isinstance(decorator, ast.Call) and isinstance(decorator.func, ast.Attribute)
            and decorator.func.attr in _ROUTE_METHODS):
        return
    rule = decorator.args[0] if decorator.args else next(
        (k.value for k in decorator.keywords if k.arg == "rule"), None)
    if not (isinstance(rule, ast.Constant) and isinstance(rule.value, str)):
        return
    named = next((k.value for k in decorator.keywords if k.arg == "endpoint"), None)
    endpoint = named.value if isinstance(named, ast.Constant) else function
    routes[str(endpoint)].append(frozenset(_VARIABLE.findall(rule.value)))


def _variables(code: _Code, endpoint: str) -> frozenset[str] | None:
    """The URL variables of the endpoint's rules, ``None`` when unknown or not one set."""
    # A blueprint's endpoint is 'blueprint.view'; its decorator names only the view.
    rules = code.routes.get(endpoint) or code.routes.get(endpoint.rsplit(".", 1)[-1])
    if not rules or len(set(rules)) != 1:
        return None
    return rules[0]


def _tail(expression: str) -> str:
    return re.split(r"\W+", expression.strip())[-1] if expression.strip() else ""


#: Passed keyword -> (the target's URL variable it carries, the new value or None to keep).
Renames = dict[str, tuple[str, str | None]]


def _same_object(expression: str, variable: str, sibling: set[str]) -> str | None:
    """``order.number`` for a call passing ``order.id`` where another call for the same
    endpoint passes ``order.number`` for ``number``: the same object, read by the attribute
    the route now names."""
    try:
        node = ast.parse(expression, mode="eval").body
    except SyntaxError:
        return None
    if not isinstance(node, ast.Attribute) or not isinstance(node.value, ast.Name):
        return None
    candidate = f"{node.value.id}.{variable}"
    return candidate if candidate in sibling else None


def _renames(call: ast.Call, target: str, code: _Code,
             siblings_only: bool) -> Renames | None:
    """Passed keyword -> the target's URL variable it carries (and, when the route now
    takes another attribute of the same object, that attribute), ``None`` if not backed."""
    variables = _variables(code, target)
    if variables is None or len(call.args) != 1 or any(k.arg is None for k in call.keywords):
        return None
    passed = {k.arg: ast.unparse(k.value) for k in call.keywords if k.arg is not None}
    # url_for's own options (_external, _anchor...) are not values of the route.
    unmatched = [k for k in passed if k not in variables and not k.startswith("_")]
    missing = sorted(variables - set(passed))
    if len(unmatched) != len(missing):
        return None
    sibling = code.passed.get(target, {})
    renames: Renames = {}
    for variable in missing:
        backed = [k for k in unmatched if passed[k] in sibling.get(variable, set())
                  or (not siblings_only and _tail(passed[k]) == variable)]
        if not backed and not siblings_only:
            same = {k: value for k in unmatched if (value := _same_object(
                passed[k], variable, sibling.get(variable, set()))) is not None}
            if len(same) == 1 and next(iter(same)) not in renames:
                key, value = next(iter(same.items()))
                renames[key] = (variable, value)
                continue
        if len(backed) != 1 or backed[0] in renames:
            return None
        renames[backed[0]] = (variable, None)
    if siblings_only and not renames and not any(
        passed[k] in sibling.get(k, set()) for k in passed if k in variables
    ):
        return None  # nothing ties this call to that endpoint
    return renames


def _target(message: str, call: ast.Call, endpoint: str,
            code: _Code) -> tuple[str, Renames] | None:
    suggested = _SUGGESTED.search(message)
    if suggested:
        first = suggested.group("endpoint")
    elif _FORGOT.search(message):
        first = endpoint
    else:
        first = None
    if first is not None:
        renames = _renames(call, first, code, siblings_only=False)
        # Another endpoint the call's values already fit says only that its name is close:
        # url_for("show_author", id=...) is no link to show_book's /books/<id>. Werkzeug's
        # suggestion stands alone only when the values had to be renamed, each backed.
        if renames is not None and (renames or first == endpoint):
            return first, renames
    # Werkzeug's suggestion is only the closest name: take instead the one endpoint the
    # code's other url_for calls build from the values this call passes.
    fits = [(other, renames) for other in code.routes if other != endpoint
            if (renames := _renames(call, other, code, siblings_only=True)) is not None]
    return fits[0] if len(fits) == 1 else None


class _Retarget(cst.CSTTransformer):
    METADATA_DEPENDENCIES = (cst.metadata.PositionProvider,)

    def __init__(self, line: int, endpoint: str, target: str, renames: Renames) -> None:
        super().__init__()
        self.line, self.endpoint, self.target, self.renames = line, endpoint, target, renames
        self.changed = False

    def leave_Call(self, original: cst.Call, updated: cst.Call) -> cst.Call:
        position = self.get_metadata(cst.metadata.PositionProvider, original)
        name = dotted_name(updated.func) or ""
        if not position.start.line <= self.line <= position.end.line \
                or name.rsplit(".", 1)[-1] != "url_for" or not updated.args:
            return updated
        first = updated.args[0].value
        if not isinstance(first, cst.SimpleString) or first.evaluated_value != self.endpoint:
            return updated
        self.changed = True
        quote = first.quote
        literal = cst.SimpleString(f"{first.prefix}{quote}{self.target}{quote}")
        args = [updated.args[0].with_changes(value=literal)]
        for arg in updated.args[1:]:
            if arg.keyword is not None and arg.keyword.value in self.renames:
                variable, value = self.renames[arg.keyword.value]
                arg = arg.with_changes(keyword=cst.Name(variable))
                if value is not None:
                    arg = arg.with_changes(value=cst.parse_expression(value))
            args.append(arg)
        return updated.with_changes(args=args)


def _calls_at(source: str, line: int, endpoint: str) -> list[ast.Call]:
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call)
            and _url_for_endpoint(n) == endpoint
            and n.lineno <= line <= (n.end_lineno or n.lineno)]


def retarget(source: str, line: int, message: str, others: list[str]) -> str | None:
    """``source`` with the failing ``url_for`` on ``line`` fixed, ``None`` if not backed."""
    found = _MESSAGE.search(message)
    if found is None:
        return None
    endpoint = found.group("endpoint")
    calls = _calls_at(source, line, endpoint)
    if len(calls) != 1:
        return None
    answer = _target(message, calls[0], endpoint, _read([source, *others]))
    if answer is None:
        return None
    transformer = _Retarget(line, endpoint, *answer)
    new = cst.MetadataWrapper(cst.parse_module(source)).visit(transformer)
    return new.code if transformer.changed else None


def rewrite(source: str, line: int | None) -> str | None:
    """Without the event's message the endpoint meant is unknown: nothing to rewrite."""
    return None


def fix_site(site: CrashSite) -> dict[str, str]:
    # The routes may live in other modules (blueprints): the whole project when at hand.
    others = list(site.sources.values())
    if site.root is not None:
        others += [text for _, text in python_files(site.root) if "url_for" in text
                   or any(f".{method}(" in text for method in _ROUTE_METHODS)]
    for frame in reversed(site.frames):
        new = retarget(frame.source, frame.lineno, site.exception.value, others)
        if new is not None:
            return {frame.path: new}
    return {}
