"""A float meeting a Decimal: ``net * (1 + rate)`` with ``rate`` read from JSON as 0.2.

PyTER's conversion template, with the direction fixed by what Decimal is for: the float
becomes a Decimal, never the Decimal a float (that would lose the exactness the code
chose Decimal for). ``Decimal(str(x))`` goes through the float's shortest repr, so 0.2
becomes ``Decimal('0.2')``, not ``Decimal(0.2)``'s 0.2000000000000000111...; a value that
is already a Decimal or an int passes through unchanged. The fix is backed when the
code says the result is money: the function returns ``Decimal``, or either operand is a
parameter annotated ``Decimal``.

The float is converted where it meets the Decimal, not where it entered (a
``json.loads`` without ``parse_float=Decimal``): the reproduction rebuilds the objects
from the captured values, floats included, so only a fix at the operation is proven by
it, and the operation then holds whatever feeds it.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import insert_import, replace_nodes

__all__ = ["decimal_name", "exact_decimal"]


def decimal_name(tree: ast.Module | None) -> str | None:
    """How the module spells Decimal (``Decimal``, ``D``, ``decimal.Decimal``), if it can."""
    for node in tree.body if tree is not None else []:
        if isinstance(node, ast.ImportFrom) and node.module == "decimal":
            for alias in node.names:
                if alias.name == "Decimal":
                    return alias.asname or alias.name
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "decimal":
                    return f"{alias.asname or alias.name}.Decimal"
    return None


def _is_float(node: ast.expr, analysis: Analysis) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, float)
    captured = analysis.values.get(ast.unparse(node))
    try:
        return captured is not None and isinstance(ast.literal_eval(captured), float)
    except (ValueError, SyntaxError):
        return False


def _float_parts(operand: ast.expr, analysis: Analysis) -> list[ast.expr]:
    """The float-valued parts of an arithmetic operand (``rate`` in ``1 + rate``)."""
    if not isinstance(operand, ast.BinOp | ast.UnaryOp):
        return [operand]
    found: list[ast.expr] = []

    def visit(node: ast.expr) -> None:
        if isinstance(node, ast.BinOp):
            visit(node.left)
            visit(node.right)
        elif isinstance(node, ast.UnaryOp):
            visit(node.operand)
        elif _is_float(node, analysis):
            found.append(node)

    visit(operand)
    return found or [operand]


def _is_decimal(annotation: ast.expr | None) -> bool:
    """``Decimal``, ``decimal.Decimal``, ``"Decimal"``, ``Decimal | None``."""
    if annotation is None:
        return False
    text = ast.unparse(annotation).strip("'\"").split("|")[0].strip()
    return text.rsplit(".", 1)[-1] == "Decimal"


def _money_contract(analysis: Analysis, decimal_side: ast.expr,
                    float_parts: list[ast.expr]) -> str | None:
    function = analysis.function
    if function is None:
        return None
    reasons = []
    if _is_decimal(function.returns):
        assert function.returns is not None
        reasons.append(f"`{function.name}` returns `{ast.unparse(function.returns)}`")
    args = function.args
    named = {node.id: "" for node in [decimal_side] if isinstance(node, ast.Name)}
    named.update({node.id: " but arrived as a float" for node in float_parts
                  if isinstance(node, ast.Name)})
    for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs]:
        if arg.arg in named and _is_decimal(arg.annotation):
            assert arg.annotation is not None
            reasons.append(f"`{arg.arg}` is annotated `{ast.unparse(arg.annotation)}`"
                           f"{named[arg.arg]}")
    return " and ".join(reasons) or None


def exact_decimal(analysis: Analysis, operand: ast.expr,
                  decimal_side: ast.expr) -> Iterator[Candidate]:
    """The float ``operand`` converted to Decimal through its repr."""
    crash = analysis.crash
    if crash is None:
        return
    source = crash.source
    spelled = decimal_name(analysis.tree)
    decimal = spelled or "Decimal"
    parts = _float_parts(operand, analysis)
    replacements: list[tuple[ast.AST, str]] = []
    for part in parts:
        text = ast.get_source_segment(source, part) or ast.unparse(part)
        if isinstance(part, ast.Constant):
            # A literal the author wrote: its own digits are the exact value meant.
            replacements.append((part, f'{decimal}("{text}")'))
        else:
            replacements.append((part, f"{decimal}(str({text}))"))
    new = replace_nodes(source, replacements)
    if spelled is None:
        new = insert_import(new, "from decimal import Decimal")
    contract = _money_contract(analysis, decimal_side, parts)
    converted = ", ".join(f"`{ast.unparse(part)}`" for part in parts)
    yield Candidate(
        strategy="operand-types",
        description=f"{converted} is a float where a Decimal is needed; it is converted "
                    f"exactly with `{decimal}(str(...))`, and the Decimal is never turned "
                    "into a float.",
        edits={crash.path: new}, originals={crash.path: source},
        plausibility=0.8 if contract else 0.4,
        contract=f"{contract}: the money stays Decimal" if contract else None,
    )
