"""A value JSON cannot encode, where a sibling writes the same field through a helper.

``json.dumps({"amount_cents": amount * 100})`` raises "Object of type Decimal is not JSON
serializable"; the sibling ``capture_message`` writes the same key as
``to_cents(payment.amount)``, and ``to_cents(amount: Decimal) -> int`` says what the
field holds. ``default=str`` would write ``"1245.00"`` and ``float`` ``1245.0``; the
partner reading the sibling's message expects the helper's answer, so the crash writes the
field the sibling's way.

Backing, all of it required:

* every sibling ``json.dump(s)`` of a dict with the same key writes it through one helper
  (siblings that disagree back nothing);
* the helper is the project's own, takes one parameter annotated with the type JSON
  refused and returns a type JSON writes (``int``, ``str``, ``float``, ``bool``);
* the crash's value is the refused value itself (``amount``), or the very computation the
  helper makes of its parameter (``amount * 100`` where ``to_cents`` computes
  ``amount * 100``): the helper is then given the value, not the computation.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node

__all__ = ["analogous_json_values"]

_REFUSED = re.compile(r"Object of type '?(\w+)'? is not JSON serializable")
_DUMPS = {"json.dumps", "json.dump", "dumps", "dump"}
_JSON_TYPES = {"int", "str", "float", "bool"}

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef


def _dumped_dicts(root: ast.AST) -> Iterator[ast.Dict]:
    """The dict literals given to ``json.dump(s)`` under ``root``."""
    for call in ast.walk(root):
        if isinstance(call, ast.Call) and ast.unparse(call.func) in _DUMPS and call.args:
            yield from (node for node in ast.walk(call.args[0]) if isinstance(node, ast.Dict))


def _fields(dicts: Iterator[ast.Dict]) -> Iterator[tuple[str, ast.expr]]:
    for literal in dicts:
        for key, value in zip(literal.keys, literal.values, strict=True):
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                yield key.value, value


def _sibling_helper(analysis: Analysis, key: str) -> tuple[str, str] | None:
    """The one helper every sibling writes ``key`` through, and the sibling's name."""
    assert analysis.tree is not None
    helpers: set[str] = set()
    sibling = ""
    for function in ast.walk(analysis.tree):
        if not isinstance(function, FunctionNode) or function is analysis.function:
            continue
        for name, value in _fields(_dumped_dicts(function)):
            if name != key:
                continue
            if not (isinstance(value, ast.Call) and isinstance(value.func, ast.Name)
                    and len(value.args) == 1 and not value.keywords):
                return None  # a sibling writing the key otherwise: no single way
            helpers.add(value.func.id)
            sibling = function.name
    return (helpers.pop(), sibling) if len(helpers) == 1 else None


def _definition(analysis: Analysis, helper: str) -> FunctionNode | None:
    found = [node for _, _, tree in analysis.parsed_files(f"def {helper}(")
             for node in ast.walk(tree)
             if isinstance(node, FunctionNode) and node.name == helper]
    return found[0] if len(found) == 1 else None


def _takes(definition: FunctionNode, refused: str) -> str | None:
    """The helper's parameter when it takes the refused type and returns a JSON type."""
    arguments = definition.args
    if len(arguments.args) != 1 or arguments.vararg or arguments.kwonlyargs:
        return None
    parameter = arguments.args[0]
    if parameter.annotation is None or ast.unparse(parameter.annotation) != refused:
        return None
    if definition.returns is None or ast.unparse(definition.returns) not in _JSON_TYPES:
        return None
    return parameter.arg


def _refused_value(analysis: Analysis, node: ast.expr, refused: str) -> bool:
    """Whether ``node`` is a name that held the refused type: captured or annotated."""
    if not isinstance(node, ast.Name):
        return False
    captured = analysis.values.get(node.id)
    if captured is not None:
        return captured.startswith(f"{refused}(")
    function = analysis.function
    assert function is not None
    return any(a.arg == node.id and a.annotation is not None
               and ast.unparse(a.annotation) == refused
               for a in (*function.args.args, *function.args.kwonlyargs))


def _computes(definition: FunctionNode, parameter: str, value: ast.expr, name: str) -> bool:
    """Whether the helper's body computes ``value`` of its parameter (``amount * 100``)."""
    wanted = ast.dump(value).replace(f"id='{name}'", f"id='{parameter}'")
    return any(ast.dump(node) == wanted for node in ast.walk(definition)
               if isinstance(node, ast.expr))


def analogous_json_values(analysis: Analysis, strategy: str) -> Iterator[Candidate]:
    crash, statement = analysis.crash, analysis.statement
    found = _REFUSED.search(analysis.message)
    if analysis.exc_type != "TypeError" or found is None or crash is None or statement is None:
        return
    refused = found.group(1)
    for key, value in _fields(_dumped_dicts(statement)):
        backing = _sibling_helper(analysis, key)
        definition = _definition(analysis, backing[0]) if backing else None
        parameter = _takes(definition, refused) if definition else None
        if backing is None or definition is None or parameter is None:
            continue
        helper, sibling = backing
        if _refused_value(analysis, value, refused):
            given = value
        else:
            names = [n for n in ast.walk(value) if isinstance(n, ast.Name)]
            if len(names) != 1 or not _refused_value(analysis, names[0], refused) \
                    or not _computes(definition, parameter, value, names[0].id):
                continue
            given = names[0]
        text = ast.get_source_segment(crash.source, value) or ast.unparse(value)
        rewritten = f"{helper}({ast.unparse(given)})"
        yield Candidate(
            strategy=strategy,
            description=f"`{key}` is written as `{rewritten}`, as `{sibling}` writes it, "
                        f"instead of `{text}`, which JSON cannot encode.",
            edits={crash.path: replace_node(crash.source, value, rewritten)},
            originals={crash.path: crash.source}, plausibility=0.85,
            contract=f"`{sibling}` writes `{key}` through `{helper}`, which takes a "
                     f"`{refused}` and returns `{ast.unparse(definition.returns or value)}`",
        )
