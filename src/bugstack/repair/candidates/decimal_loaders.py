"""A JSON loader that reads money as float where its sibling reads it as Decimal.

``net[refund["seller"]] -= refund["amount"]`` raises "unsupported operand type(s) for
-=: 'decimal.Decimal' and 'float'" when the refunds came from ``load_refunds``, which
calls ``json.load(handle)``, while ``load_sales`` beside it calls
``json.loads(text, parse_float=Decimal)``. Converting at the crash (``Decimal(str(x))``,
or worse ``Decimal(x)`` with the float's binary error) patches one use of a value that is
already wrong; the module's own convention is to never let such numbers become floats, so
the loader gets ``parse_float=Decimal`` as its sibling has.

The float operand must be read from an item of a parameter (``refund`` of ``for refund in
refunds``, or the parameter itself), the caller frame must pass that parameter straight
from a call of a project function, and that function must load JSON with exactly one
``json.load``/``json.loads`` call without ``parse_float``, in a module where another
function's JSON call has ``parse_float=Decimal`` and ``Decimal`` is imported. Anything
else (the float computed, a loader with several calls, no such sibling) gets nothing.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis, FunctionNode
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import add_keyword

__all__ = ["DecimalLoader"]

_MIXED = re.compile(r"unsupported operand type\(s\) for [^:]+: "
                    r"'(?:decimal\.)?Decimal' and 'float'|'float' and '(?:decimal\.)?Decimal'")
_DECIMAL = "parse_float=Decimal"


def _json_calls(node: ast.AST) -> list[ast.Call]:
    return [n for n in ast.walk(node) if isinstance(n, ast.Call)
            and ast.unparse(n.func) in ("json.load", "json.loads")]


def _parameter_read(function: FunctionNode, statement: ast.stmt) -> str | None:
    """The parameter whose items (or itself) the statement reads subscripts of."""
    params = {a.arg for a in [*function.args.posonlyargs, *function.args.args,
                              *function.args.kwonlyargs]}
    loops = {loop.target.id: loop.iter.id for loop in ast.walk(function)
             if isinstance(loop, ast.For) and isinstance(loop.target, ast.Name)
             and isinstance(loop.iter, ast.Name) and loop.iter.id in params
             and any(child is statement for child in ast.walk(loop))}
    roots = {n.value.id for n in ast.walk(statement)
             if isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name)}
    found = {loops.get(root, root) for root in roots} & params
    return next(iter(found)) if len(found) == 1 else None


class DecimalLoader:
    name = "decimal-loader"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        function, statement = analysis.function, analysis.statement
        if analysis.exc_type != "TypeError" or not _MIXED.search(analysis.message) \
                or function is None or statement is None or len(site.frames) < 2:
            return
        parameter = _parameter_read(function, statement)
        loader = self._loader_passed(site, function, parameter) if parameter else None
        if loader is None:
            return
        found = analysis.definitions(loader)
        if len(found) != 1:
            return
        path, definition = found[0]
        source = analysis.read(path)
        calls = _json_calls(definition)
        if source is None or len(calls) != 1 or any(k.arg in ("parse_float", None)
                                                    for k in calls[0].keywords):
            return
        tree = ast.parse(source)
        siblings = [n.name for n in tree.body if isinstance(n, ast.FunctionDef)
                    and n is not definition and n.name != loader
                    and any(_DECIMAL in ast.unparse(c).replace(" ", "")
                            for c in _json_calls(n))]
        imports_decimal = any(isinstance(n, ast.ImportFrom) and n.module == "decimal"
                              and any(a.name == "Decimal" and a.asname is None
                                      for a in n.names) for n in tree.body)
        if not siblings or not imports_decimal:
            return
        yield Candidate(
            strategy=self.name,
            description=f"`{loader}` now reads JSON numbers as Decimal "
                        f"(`parse_float=Decimal`), as `{siblings[0]}` does, so the amounts it "
                        "loads never pass through float.",
            edits={path: add_keyword(source, calls[0], _DECIMAL)},
            originals={path: source}, plausibility=0.8,
            contract=f"`{siblings[0]}` in the same module loads JSON with `{_DECIMAL}`",
        )

    def _loader_passed(self, site: CrashSite, function: FunctionNode,
                       parameter: str) -> str | None:
        """The project function whose call the caller passed as ``parameter``."""
        caller = site.frames[-2]
        try:
            tree = ast.parse(caller.source)
        except SyntaxError:
            return None
        positional = [a.arg for a in [*function.args.posonlyargs, *function.args.args]]
        for call in ast.walk(tree):
            if not (isinstance(call, ast.Call) and call.lineno <= caller.lineno
                    <= (call.end_lineno or call.lineno)
                    and ast.unparse(call.func).split(".")[-1] == function.name):
                continue
            passed = {k.arg: k.value for k in call.keywords if k.arg}
            passed.update(zip(positional, call.args, strict=False))
            value = passed.get(parameter)
            if isinstance(value, ast.Call) and isinstance(value.func, ast.Name):
                return value.func.id
        return None
