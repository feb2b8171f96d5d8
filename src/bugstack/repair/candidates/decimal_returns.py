"""A helper declared ``-> Decimal`` that divides whole numbers returns a float: it is mended
where it breaks its declaration, not where the float meets a Decimal.

``GLAZING_PER_M2[glazing] * glass_area_m2(width_cm, height_cm)`` raises "unsupported
operand type(s) for *: 'decimal.Decimal' and 'float'" because

    def glass_area_m2(width_cm: int, height_cm: int) -> Decimal:
        return width_cm * height_cm / 10_000

divides two ints, which gives a float whatever the annotation says. Converting the float at
the caller (``Decimal(str(...))``) rounds through the float's digits and leaves the helper
wrong for every other caller; dividing a Decimal gives the exact value the annotation
promises:

    return Decimal(width_cm * height_cm) / 10_000

Only a helper of the repository with one ``return``, declared to return Decimal, whose
returned value is a true division of whole numbers (parameters annotated ``int``, int
literals, and ``+ - * //`` of those) is mended: then the Decimal division is exact to
Decimal's precision, where a float operand would carry its binary error into it. A helper
another call site uses with a float (``area(...) * 1.2``) is left alone: the mended helper
would break it.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis, FunctionNode
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.calls import called_name
from bugstack.repair.candidates.decimal_operands import decimal_name
from bugstack.repair.candidates.edits import insert_import, replace_node
from bugstack.repair.contract_items import sentences

__all__ = ["DecimalHelperDivision"]

_MIXED = re.compile(r"unsupported operand type\(s\) for .+: "
                    r"'(?:decimal\.Decimal' and 'float|float' and 'decimal\.Decimal)'")


def _declares_decimal(function: FunctionNode, spelled: str | None) -> bool:
    """``-> Decimal``, ``-> decimal.Decimal``, or the module's alias (``-> D``)."""
    if function.returns is None:
        return False
    text = ast.unparse(function.returns).strip("'\"")
    return text.rsplit(".", 1)[-1] == "Decimal" or text == spelled


def _whole(node: ast.expr, integers: set[str]) -> bool:
    """Whether ``node`` is a whole number by its own words: int parameters and literals."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, int) and not isinstance(node.value, bool)
    if isinstance(node, ast.Name):
        return node.id in integers
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Sub | ast.Mult
                                                  | ast.FloorDiv):
        return _whole(node.left, integers) and _whole(node.right, integers)
    return False


def _used_with_a_float(analysis: Analysis, name: str) -> bool:
    """Whether a call of ``name`` anywhere meets a float literal in an operation."""
    for _, _, tree in analysis.parsed_files(f"{name}("):
        for node in ast.walk(tree):
            if isinstance(node, ast.BinOp) and any(
                    isinstance(side, ast.Call) and called_name(side) == name
                    for side in (node.left, node.right)) and any(
                    isinstance(side, ast.Constant) and isinstance(side.value, float)
                    for side in (node.left, node.right)):
                return True
    return False


def _apps_words(tree: ast.Module, helper: FunctionNode, decimal: str) -> list[str]:
    """What else in the module says its numbers are exact Decimals: a sentence of the module
    docstring naming Decimal, and a sibling declared ``-> Decimal`` that divides a Decimal."""
    said = [f'the module docstring says: "{sentence[:160]}"'
            for sentence in sentences(ast.get_docstring(tree) or "")
            if re.search(r"\bDecimal\b", sentence)][:1]
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) or node is helper \
                or not _declares_decimal(node, decimal):
            continue
        divided = [n for n in ast.walk(node) if isinstance(n, ast.BinOp)
                   and isinstance(n.op, ast.Div) and any(
                       isinstance(side, ast.Call) and ast.unparse(side.func) == decimal
                       for side in (n.left, n.right))]
        if divided:
            said.append(f"its sibling `{node.name}` divides `{ast.unparse(divided[0])}`")
            break
    return said


class DecimalHelperDivision:
    name = "decimal-helper-division"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        statement = analysis.statement
        if analysis.exc_type != "TypeError" or not _MIXED.search(analysis.message) \
                or statement is None or analysis.root is None:
            return
        called = {called_name(n) for n in ast.walk(statement) if isinstance(n, ast.Call)}
        for name in sorted(n for n in called if n):
            definitions = analysis.definitions(name)
            if len(definitions) != 1:
                continue
            rel, helper = definitions[0]
            yield from self._mended(analysis, rel, helper)

    def _mended(self, analysis: Analysis, rel: str, helper: FunctionNode) -> Iterator[Candidate]:
        source = analysis.read(rel)
        if source is None:
            return
        tree = ast.parse(source)
        spelled = decimal_name(tree)
        returns = [n for n in ast.walk(helper) if isinstance(n, ast.Return)]
        if not _declares_decimal(helper, spelled) or len(returns) != 1:
            return
        value = returns[0].value
        if not (isinstance(value, ast.BinOp) and isinstance(value.op, ast.Div)):
            return
        integers = {a.arg for a in [*helper.args.posonlyargs, *helper.args.args,
                                    *helper.args.kwonlyargs]
                    if a.annotation is not None and ast.unparse(a.annotation) == "int"}
        if not (_whole(value.left, integers) and _whole(value.right, integers)):
            return
        if _used_with_a_float(analysis, helper.name):
            return
        decimal = spelled or "Decimal"
        left = ast.get_source_segment(source, value.left) or ast.unparse(value.left)
        right = ast.get_source_segment(source, value.right) or ast.unparse(value.right)
        new = replace_node(source, value, f"{decimal}({left}) / {right}")
        if spelled is None:
            new = insert_import(new, "from decimal import Decimal")
        annotation = ast.unparse(helper.returns) if helper.returns is not None else "Decimal"
        yield Candidate(
            strategy=self.name,
            description=f"`{helper.name}` is declared to return `{annotation}` but divided "
                        "whole numbers into a float; it now divides a Decimal, which keeps "
                        "the quotient exact.",
            edits={rel: new}, originals={rel: source},
            plausibility=0.85,
            contract=" and ".join([f"`{helper.name}` is declared `-> {annotation}`",
                                   *_apps_words(tree, helper, decimal)]),
        )
