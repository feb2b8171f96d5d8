"""A call missing a required argument passes it the way sibling calls already do.

``format_price(total)`` raises "format_price() missing 1 required positional argument:
'currency'" once ``format_price`` gained a ``currency`` parameter that one caller was not
updated for. Giving the parameter a default would silence the error and print a euro
cart's total in dollars; what the caller should pass is what the other callers pass. When
every other call of the same function in the app (tests aside: they pass literals) passes
that parameter a value read from one of its own parameters (``cart.currency`` from
``cart: Cart``), and the crashing function has a parameter of the same annotation, the
call passes the same expression read from that one (``format_price(total,
cart.currency)``).

Nothing is proposed when no sibling passes the parameter, when siblings pass different
things, when a sibling passes a constant or a local (which says nothing about this call's
data), or when the crashing function has no parameter, or more than one, of the type the
siblings read it from. The candidate is proposed without backing when this function's
value has another name than the siblings' (``inviter`` where they write to ``user``: the
same type in another role), or when its docstring names another source of the value
(``quote.currency``) or a constant it never reads (``SITE_LOCALE``).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis, FunctionNode, enclosing_function
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node
from bugstack.repair.unread_names import module_names, unread_names

__all__ = ["SiblingArgument"]

_MISSING = re.compile(r"(?P<func>[\w.]+)\(\) missing 1 required (?P<kind>positional|"
                      r"keyword-only) argument: '(?P<name>\w+)'")


@dataclass(frozen=True, slots=True)
class _Passed:
    """What one sibling call passes for the parameter, by the annotation of its root."""
    where: str
    #: The expression with its root parameter written as ``{}``: ``{}.currency``.
    template: str
    annotation: str
    root: str


def _callee(call: ast.Call) -> str | None:
    func = call.func
    return func.id if isinstance(func, ast.Name) else (
        func.attr if isinstance(func, ast.Attribute) else None)


def _parameters(function: FunctionNode) -> dict[str, ast.arg]:
    args = function.args
    return {a.arg: a for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]}


def _is_test(rel: str) -> bool:
    name = rel.rsplit("/", 1)[-1]
    return rel.startswith("tests/") or "/tests/" in rel or name.startswith("test_") \
        or name == "conftest.py"


def _argument(call: ast.Call, name: str, position: int | None) -> ast.expr | None:
    for keyword in call.keywords:
        if keyword.arg == name:
            return keyword.value
    if position is not None and len(call.args) > position \
            and not any(isinstance(a, ast.Starred) for a in call.args[:position + 1]):
        return call.args[position]
    return None


def _rooted(value: ast.expr, function: FunctionNode) -> tuple[str, str, str] | None:
    """(template, annotation, root) when ``value`` reads attributes of one annotated
    parameter of ``function`` that the function never rebinds: ``cart.currency``."""
    names = [n for n in ast.walk(value) if isinstance(n, ast.Name)]
    if len(names) != 1 or not isinstance(value, ast.Attribute):
        return None
    node: ast.expr = value
    while isinstance(node, ast.Attribute):
        node = node.value
    if node is not names[0]:
        return None  # `price(x).currency`: a computation, not a field of the data
    root = names[0].id
    parameter = _parameters(function).get(root)
    if parameter is None or parameter.annotation is None or root in ("self", "cls"):
        return None
    if any(isinstance(n, ast.Name) and n.id == root and isinstance(n.ctx, ast.Store)
           for n in ast.walk(function)):
        return None
    text = ast.unparse(value)
    return "{}" + text[len(root):], ast.unparse(parameter.annotation), root


def _doubt(function: FunctionNode, passed: list[_Passed], here: str, value: str,
           tree: ast.Module) -> str | None:
    """Why the siblings' way may not be this call's. The type alone does not make the
    data the same: the siblings write to ``user`` in ``user.locale``, an invitation's
    ``inviter`` is someone else than its reader, and an audit's ``actor`` is no reader at
    all. And a docstring naming another source of the value (``quote.currency``) or a
    module constant the function never reads (``SITE_LOCALE``) has an answer of its own."""
    if any(p.root != here for p in passed):
        roots = ", ".join(sorted({f"`{p.root}`" for p in passed}))
        return (f"(The other calls pass it from {roots}, this function's value is `{here}`: "
                "the same type, perhaps not the same role.)")
    docstring = ast.get_docstring(function) or ""
    attribute = value.rsplit(".", 1)[-1]
    for other in re.findall(r"\b(\w+(?:\.\w+)*\." + re.escape(attribute) + r")\b", docstring):
        if other != value:
            return f"(The docstring names `{other}`, not `{value}`.)"
    unread = unread_names(docstring, function, module_names(tree))
    if unread:
        return f"(The docstring names `{unread[0]}`, which the function does not read.)"
    return None


class SiblingArgument:
    name = "sibling-argument"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function = analysis.crash, analysis.statement, analysis.function
        match = _MISSING.search(analysis.message)
        if (analysis.exc_type != "TypeError" or match is None or crash is None
                or statement is None or function is None or statement is function):
            return
        callee, missing = match.group("func").rsplit(".", 1)[-1], match.group("name")
        calls = [c for c in ast.walk(statement) if isinstance(c, ast.Call)
                 and _callee(c) == callee]
        definitions = analysis.definitions(callee)
        signatures = {tuple(_parameters(d)) for _, d in definitions}
        if len(calls) != 1 or len(signatures) != 1:
            return  # which call, or which function of that name, is unknown
        call, definition = calls[0], definitions[0][1]
        if any(isinstance(a, ast.Starred) for a in call.args) or any(
                k.arg is None for k in call.keywords):
            return
        positional = [a.arg for a in [*definition.args.posonlyargs, *definition.args.args]]
        bound = isinstance(call.func, ast.Attribute) and positional[:1] in (["self"], ["cls"])
        if bound:
            positional = positional[1:]
        position = positional.index(missing) if missing in positional else None
        passed = list(self._siblings(analysis, callee, call, missing, position,
                                     type(call.func)))
        if not passed or len({(p.template, p.annotation) for p in passed}) != 1 \
                or not passed[0].annotation:
            return  # no sibling passes it, they disagree, or pass what is not the data's
        template, annotation = passed[0].template, passed[0].annotation
        here = [name for name, arg in _parameters(function).items()
                if arg.annotation is not None and ast.unparse(arg.annotation) == annotation]
        if len(here) != 1 or any(isinstance(n, ast.Name) and n.id == here[0]
                                 and isinstance(n.ctx, ast.Store) for n in ast.walk(function)):
            return  # no parameter of that type here, or two to choose between
        value = template.format(here[0])
        if position is not None and position == len(call.args) and not call.keywords:
            added = value
        elif missing in [a.arg for a in definition.args.posonlyargs]:
            return
        else:
            added = f"{missing}={value}"
        text = ast.get_source_segment(crash.source, call) or ast.unparse(call)
        if not text.endswith(")"):
            return
        inner = text[:-1].rstrip()
        separator = "" if inner.endswith(("(", ",")) else ", "
        if inner.endswith(","):
            separator = " "
        new_call = f"{inner}{separator}{added})"
        sources = "; ".join(f"{p.where} passes `{p.template.format(p.root)}`" for p in passed)
        candidate = Candidate(
            strategy=self.name,
            description=f"`{callee}` requires `{missing}`; the call now passes `{value}`, as "
                        f"the other calls of `{callee}` pass it from their `{annotation}`.",
            edits={crash.path: replace_node(crash.source, call, new_call)},
            originals={crash.path: crash.source}, plausibility=0.8,
            contract=f"{sources}, read from a parameter `{annotation}` as "
                     f"`{function.name}`'s `{here[0]}` is",
        )
        doubt = _doubt(function, passed, here[0], value, analysis.tree or ast.Module([], []))
        yield candidate.unbacked(doubt) if doubt else candidate

    def _siblings(self, analysis: Analysis, callee: str, crashing: ast.Call, missing: str,
                  position: int | None, func_type: type) -> Iterator[_Passed]:
        """What each other call of ``callee`` outside the tests passes for ``missing``;
        a sibling passing something not read from an annotated parameter stops it all."""
        assert analysis.crash is not None
        for rel, _, tree in analysis.parsed_files(f"{callee}("):
            if _is_test(rel):
                continue
            for call in ast.walk(tree):
                if not isinstance(call, ast.Call) or _callee(call) != callee \
                        or type(call.func) is not func_type:
                    continue
                if rel == analysis.crash.path and call.lineno == crashing.lineno \
                        and call.col_offset == crashing.col_offset:
                    continue
                value = _argument(call, missing, position)
                if value is None:
                    continue  # it does not pass it either (another broken caller)
                function = enclosing_function(tree, call.lineno)
                rooted = _rooted(value, function) if function is not None else None
                if rooted is None:
                    # A constant or a local says nothing about what this call should pass.
                    yield _Passed(f"{rel}:{call.lineno}", ast.unparse(value), "", "")
                    continue
                yield _Passed(f"{rel}:{call.lineno}", *rooted)
