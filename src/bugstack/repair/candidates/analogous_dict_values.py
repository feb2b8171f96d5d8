"""A field JSON cannot encode, where sibling code writes the same field of the same kind of
object through one conversion.

``jsonify({... "tags": p.tags ...})`` raises "Object of type set is not JSON serializable",
while ``post_json`` of the same module writes ``"tags": sorted(post.tags)``. The module
has decided how that field goes out (sorted, since ``Post.tags`` says tags are listed
alphabetically), so the crashing dict writes it the same way: ``"tags": sorted(p.tags)``.
``list(p.tags)`` would list them in a different order per process.

Backing, all required: the error names the refused type; the crashing statement has a dict
display whose constant key maps to an attribute read (``p.tags``); every other dict display
of the module with that key maps it to one call of one function (a builtin such as
``sorted`` or a function of the module) on the same attribute of another object
(``sorted(post.tags)``); and at least one such sibling exists.

The dict may be built a frame above the crash (``_queue({"amount_cents": order.total *
100, ...})``, the ``json.dumps`` inside ``_queue``), and the crashing value may be an
expression rather than an attribute: then the siblings' one function must be a function of
the module whose body holds that very expression with its parameter in place of the
argument (``_cents(amount)`` computing ``amount * 100``), and the value becomes a call of
it (``_cents(order.total)``). When a captured dict says which of its values has the
refused type, only that key is considered.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite, LocatedFrame
from bugstack.repair.analyse import Analysis, enclosing_statement
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node

__all__ = ["AnalogousDictValue"]

_REFUSED = re.compile(r"Object of type '?(\w+)'? is not JSON serializable")


def _fields(node: ast.AST) -> Iterator[tuple[str, ast.expr]]:
    for display in ast.walk(node):
        if isinstance(display, ast.Dict):
            for key, value in zip(display.keys, display.values, strict=True):
                if isinstance(key, ast.Constant) and isinstance(key.value, str):
                    yield key.value, value


def _refused_keys(site: CrashSite, refused: str) -> set[str]:
    """Keys whose captured value has the refused type, in any frame's captured dicts."""
    keys = set()
    for frame in site.frames:
        for value in frame.frame.vars.values():
            if isinstance(value, dict):
                keys |= {k for k, v in value.items()
                         if isinstance(v, str) and (v.startswith(f"{refused}(")
                                                    or (refused == "set" and v.startswith("{")))}
    return keys


def _helper_call(tree: ast.Module, function: str, value: ast.expr,
                 source: str) -> tuple[str, str] | None:
    """``function(argument)`` when the module's ``function`` of one parameter computes
    ``value`` with its parameter where ``value`` has ``argument``; and what it computes."""
    defined = [n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == function]
    if len(defined) != 1 or len(defined[0].args.args) != 1 or defined[0].args.vararg \
            or defined[0].args.kwonlyargs:
        return None
    parameter = defined[0].args.args[0].arg
    if not isinstance(value, ast.BinOp):
        return None
    for side, other in ((value.left, value.right), (value.right, value.left)):
        if isinstance(other, ast.Constant) and not isinstance(side, ast.Constant):
            wanted = ast.dump(ast.BinOp(left=ast.Name(id=parameter, ctx=ast.Load()),
                                        op=value.op, right=other) if side is value.left
                              else ast.BinOp(left=other, op=value.op,
                                             right=ast.Name(id=parameter, ctx=ast.Load())))
            computed = _returned_core(defined[0])
            if computed is not None and ast.dump(computed) == wanted:
                written = ast.get_source_segment(source, side) or ast.unparse(side)
                return f"{function}({written})", ast.unparse(computed)
    return None


# Wrappers that change a value's type or rounding, not what it is: `int(amount * 100)`
# still is `amount * 100`; `int(amount * 100) - FEE` or `amount * 100 * RATE` is not.
_TYPE_ONLY = ("int", "Decimal", "float", "to_integral_value", "quantize")
# Said of the crashing value by its function: it is not to be rounded the helper's way.
_EXACT = re.compile(r"\d+\.\d+|\bexact\w*|\bnot rounded\b|\bunrounded\b|\bstays\b|"
                    r"\bprecis\w*|\bfraction\w*", re.I)


def _doc_of_line(tree: ast.Module, lineno: int) -> str:
    """The docstring of the module-level function holding ``lineno``."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) \
                and node.lineno <= lineno <= (node.end_lineno or node.lineno):
            return ast.get_docstring(node) or ""
    return ""


def _returned_core(helper: ast.FunctionDef) -> ast.expr | None:
    """What the helper computes under type-only wrappers, when its body is one return
    (after a docstring)."""
    body = [s for s in helper.body if not (isinstance(s, ast.Expr)
                                           and isinstance(s.value, ast.Constant))]
    if len(body) != 1 or not isinstance(body[0], ast.Return) or body[0].value is None:
        return None
    value = body[0].value
    while isinstance(value, ast.Call) and value.args:
        name = value.func.attr if isinstance(value.func, ast.Attribute) else \
            value.func.id if isinstance(value.func, ast.Name) else ""
        if name not in _TYPE_ONLY:
            return None
        value = value.func.value if isinstance(value.func, ast.Attribute) else value.args[0]
    while isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) \
            and value.func.attr in _TYPE_ONLY:
        value = value.func.value
    return value


class AnalogousDictValue:
    name = "analogous-dict-value"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        refused = _REFUSED.search(analysis.message)
        if refused is None:
            return
        only = _refused_keys(site, refused.group(1))
        for frame in reversed(site.frames):
            try:
                tree = ast.parse(frame.source)
            except SyntaxError:
                continue
            statement = enclosing_statement(tree, frame.lineno)
            if statement is None:
                continue
            yield from self._in_statement(frame, tree, statement, only)

    def _in_statement(self, frame: LocatedFrame, tree: ast.Module, statement: ast.stmt,
                      only: set[str]) -> Iterator[Candidate]:
        crashing = {id(v) for _, v in _fields(statement)}
        for key, value in _fields(statement):
            if only and key not in only:
                continue
            siblings = [sibling for name, sibling in _fields(tree)
                        if name == key and id(sibling) not in crashing]
            calls = {ast.unparse(s.func) for s in siblings
                     if isinstance(s, ast.Call) and len(s.args) == 1 and not s.keywords
                     and isinstance(s.func, ast.Name)}
            if len(calls) != 1 or len(siblings) != sum(
                    isinstance(s, ast.Call) for s in siblings):
                continue
            function = calls.pop()
            written = ast.get_source_segment(frame.source, value) or ast.unparse(value)
            if isinstance(value, ast.Attribute):
                same_field = all(isinstance(s, ast.Call) and isinstance(s.args[0], ast.Attribute)
                                 and s.args[0].attr == value.attr for s in siblings)
                if not same_field:
                    continue
                call, contract = f"{function}({written})", \
                    f"the module writes \"{key}\" as `{function}(...{value.attr})` elsewhere"
            else:
                found = _helper_call(tree, function, value, frame.source)
                own = _doc_of_line(tree, frame.lineno)
                if found is None or _EXACT.search(own):
                    continue  # "12.5 % stays 12.5": a rounding helper is not this value's
                call, computed = found
                contract = (f"the module writes \"{key}\" as `{function}(...)` elsewhere, and "
                            f"`{function}` computes `{computed}`")
            yield Candidate(
                strategy=self.name,
                description=f"`{written}` now goes out as `{call}`, the way the module "
                            f"writes the \"{key}\" field elsewhere.",
                edits={frame.path: replace_node(frame.source, value, call)},
                originals={frame.path: frame.source}, plausibility=0.8, contract=contract,
            )
