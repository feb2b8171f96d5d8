"""Mismatched operand types, in the spirit of PyTER's type-conversion templates.

``"Total " + total`` with a float, ``count + "3"``: one operand is converted to the
other's type. Which one is a choice of behaviour, so the code's contract decides: a
parameter annotated ``int`` that arrived as a string is converted to ``int``; a label
the neighbouring lines already format (``f"{'Total':<12}{subtotal:>8.2f}"``) is formatted
the same way. A float meeting a Decimal is converted to Decimal exactly
(``decimal_operands.py``). Without such evidence the conversions are guesses, and when they behave
differently the pipeline declines.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.decimal_operands import exact_decimal
from bugstack.repair.candidates.edits import replace_node

__all__ = ["OperandTypes"]

_OPS = {"+": ast.Add, "-": ast.Sub, "*": ast.Mult, "/": ast.Div, "//": ast.FloorDiv,
        "%": ast.Mod, "**": ast.Pow}
_UNSUPPORTED = re.compile(  # qualified names too: 'decimal.Decimal'
    r"unsupported operand type\(s\) for (?P<op>\S+): '(?P<left>[\w.]+)' and '(?P<right>[\w.]+)'"
)
_KNOWN = {"decimal.Decimal": "Decimal"}
_CONCAT = re.compile(r'can only concatenate str \(not "(?P<right>\w+)"\) to str')
_NUMERIC = {"int", "float", "Decimal"}


def _type_of(node: ast.expr, analysis: Analysis) -> str | None:
    if isinstance(node, ast.Constant):
        return type(node.value).__name__
    if isinstance(node, ast.JoinedStr):
        return "str"
    captured = analysis.values.get(ast.unparse(node))
    if captured is None:
        return None
    try:
        return type(ast.literal_eval(captured)).__name__
    except (ValueError, SyntaxError):
        return None


def _annotation_of(analysis: Analysis, node: ast.expr) -> str | None:
    if analysis.function is None or not isinstance(node, ast.Name):
        return None
    args = analysis.function.args
    for arg in [*args.posonlyargs, *args.args, *args.kwonlyargs]:
        if arg.arg == node.id and arg.annotation is not None:
            return ast.unparse(arg.annotation)
    return None


def _sibling_format(analysis: Analysis, label: str, value: ast.expr) -> str | None:
    """An f-string of the same function that formats the same label, with ``value`` in it."""
    if analysis.function is None or not label.strip():
        return None
    source = analysis.crash.source if analysis.crash else ""
    for node in ast.walk(analysis.function):
        if not isinstance(node, ast.JoinedStr):
            continue
        texts = [v.value for v in node.values
                 if isinstance(v, ast.Constant) and isinstance(v.value, str)]
        texts += [v.value.value for v in node.values if isinstance(v, ast.FormattedValue)
                  and isinstance(v.value, ast.Constant) and isinstance(v.value.value, str)]
        formatted = [v for v in node.values if isinstance(v, ast.FormattedValue)
                     and not isinstance(v.value, ast.Constant)]
        if len(formatted) != 1 or label.strip() not in [t.strip() for t in texts]:
            continue
        segment = ast.get_source_segment(source, node)
        inner = ast.get_source_segment(source, formatted[0].value)
        if segment is None or inner is None:
            continue
        replacement = ast.unparse(value)
        return segment.replace("{" + inner, "{" + replacement, 1)
    return None


class OperandTypes:
    name = "operand-types"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement = analysis.crash, analysis.statement
        if analysis.exc_type != "TypeError" or crash is None or statement is None:
            return
        match = _UNSUPPORTED.search(analysis.message)
        concat = _CONCAT.search(analysis.message)
        if match:
            op = match["op"]
            left_type, right_type = (_KNOWN.get(match[side], match[side])
                                     for side in ("left", "right"))
            if "." in left_type + right_type:
                return  # another module's type: no conversion here knows what it means
        elif concat:
            op, left_type, right_type = "+", "str", concat["right"]
        else:
            return
        if "NoneType" in (left_type, right_type):
            return
        if op[:-1] in _OPS and op.endswith("=") and (left_type, right_type) == ("Decimal",
                                                                               "float"):
            # ``total += rate``: the float on the right becomes a Decimal.
            for node in ast.walk(statement):
                if isinstance(node, ast.AugAssign) and isinstance(node.op, _OPS[op[:-1]]):
                    yield from exact_decimal(analysis, node.value, node.target)
            return
        if op not in _OPS:
            return
        for node in ast.walk(statement):
            if not (isinstance(node, ast.BinOp) and isinstance(node.op, _OPS[op])):
                continue
            seen = (_type_of(node.left, analysis), _type_of(node.right, analysis))
            if seen[0] not in (None, left_type) or seen[1] not in (None, right_type):
                continue
            if {left_type, right_type} == {"Decimal", "float"}:
                # Never the Decimal to float: money would lose its exactness.
                float_side, decimal_side = (node.left, node.right) if left_type == "float" \
                    else (node.right, node.left)
                yield from exact_decimal(analysis, float_side, decimal_side)
                continue
            yield from self._conversions(analysis, node, left_type, right_type)

    def _conversions(self, analysis: Analysis, node: ast.BinOp, left_type: str,
                     right_type: str) -> Iterator[Candidate]:
        assert analysis.crash is not None
        path, source = analysis.crash.path, analysis.crash.source
        sides = [(node.left, left_type, node.right, right_type),
                 (node.right, right_type, node.left, left_type)]
        for operand, operand_type, other, other_type in sides:
            if other_type not in _NUMERIC | {"str"} or operand_type == other_type:
                continue
            text = ast.get_source_segment(source, operand) or ast.unparse(operand)
            annotation = _annotation_of(analysis, operand)
            contract = None
            if annotation == other_type:
                contract = f"`{text}` is annotated `{annotation}` but arrived as {operand_type}"
            if (other_type == "str" and isinstance(other, ast.Constant)
                    and isinstance(node.op, ast.Add)):
                formatted = _sibling_format(analysis, str(other.value), operand)
                if formatted is not None:
                    yield Candidate(
                        strategy=self.name,
                        description=f"`{text}` is a {operand_type}; the line now formats it "
                                    "the way the neighbouring lines format the same label.",
                        edits={path: replace_node(source, node, formatted)},
                        originals={path: source}, plausibility=0.85,
                        contract="the neighbouring line formats the same label as "
                                 f"`{formatted}`",
                    )
            if isinstance(operand, ast.Constant):
                continue  # a literal is what the author wrote; it is not the wrong value
            new = replace_node(source, operand, f"{other_type}({text})")
            yield Candidate(
                strategy=self.name,
                description=f"`{text}` is a {operand_type} where a {other_type} is needed; "
                            f"it is converted with `{other_type}()`.",
                edits={path: new}, originals={path: source},
                plausibility=0.7 if contract else 0.4, contract=contract,
            )
