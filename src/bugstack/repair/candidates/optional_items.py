"""One item of a returned list that has nothing to compute: None in its place, where the
return type allows None for an item.

``return [round(sum(b) / len(b), 1) for b in buckets]`` under ``-> list[float | None]``
divides by zero for an empty bucket. The item becomes ``... if b else None``: the list
keeps one entry per bucket (entry i stays bucket i), and None is the one value the
annotation adds to the items' type for such a case. Dropping the bucket would shift every
later entry; 0 would be a measurement nobody made.

Backing, all of it required: the crashing statement returns the comprehension itself (it
is the whole answer); the return type is a list, sequence or iterable whose item type
admits None; the division's divisor, or the sequence indexed at 0 or -1, is read from the
comprehension's own loop variable; and the docstring says nothing else of such a case:
no sentence speaking of something missing ("without readings", "not traded", "nobody")
gives it another answer than None (the previous hour's value, yesterday's close, 0.0),
and none says the function raises.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node
from bugstack.repair.contract_items import sentences

__all__ = ["OptionalItem"]

_SEQUENCES = {"list", "List", "Sequence", "Iterable", "Collection"}
_ABSENCE = re.compile(r"\b(?:no|not|without|empty|nothing|nobody|none of|zero|missing|"
                      r"gaps?|absent|lacks?)\b", re.I)
_NONE = re.compile(r"\b(?:None|null)\b")
_RAISES = re.compile(r"\brais(?:e|es|ed|ing)\b", re.I)


def _answered_otherwise(docstring: str) -> bool:
    """A sentence of the docstring gives a missing case another answer than None, or the
    function is documented to raise."""
    for sentence in sentences(docstring):
        if _RAISES.search(sentence):
            return True
        if _ABSENCE.search(sentence) and not _NONE.search(sentence):
            return True
    return False


def _item_admits_none(returns: ast.expr | None) -> str | None:
    """``list[float | None]`` -> its text, when the item type admits None."""
    if not isinstance(returns, ast.Subscript):
        return None
    head = returns.value.attr if isinstance(returns.value, ast.Attribute) else getattr(
        returns.value, "id", None)
    if head not in _SEQUENCES:
        return None
    item = returns.slice
    admits = (isinstance(item, ast.BinOp) and isinstance(item.op, ast.BitOr) and any(
        isinstance(side, ast.Constant) and side.value is None for side in (item.left, item.right))
    ) or (isinstance(item, ast.Subscript) and ast.unparse(item.value).endswith("Optional"))
    return ast.unparse(returns) if admits else None


def _empty_test(node: ast.AST, targets: set[str], exc_type: str) -> str | None:
    """The test that the item has something to compute, read from the loop variables."""
    def reads_target(expr: ast.AST) -> bool:
        return any(isinstance(n, ast.Name) and n.id in targets for n in ast.walk(expr))

    if exc_type == "ZeroDivisionError" and isinstance(node, ast.BinOp) and isinstance(
            node.op, ast.Div | ast.FloorDiv | ast.Mod) and reads_target(node.right):
        divisor = node.right
        if (isinstance(divisor, ast.Call) and isinstance(divisor.func, ast.Name)
                and divisor.func.id == "len" and len(divisor.args) == 1):
            return ast.unparse(divisor.args[0])
        return ast.unparse(divisor)
    if exc_type == "IndexError" and isinstance(node, ast.Subscript) and _first_or_last(
            node.slice) and reads_target(node.value):
        return ast.unparse(node.value)
    return None


def _first_or_last(index: ast.expr) -> bool:
    """``[0]`` or ``[-1]`` (written as the negation of the constant 1)."""
    if isinstance(index, ast.UnaryOp) and isinstance(index.op, ast.USub):
        return isinstance(index.operand, ast.Constant) and index.operand.value == 1
    return isinstance(index, ast.Constant) and index.value == 0


class OptionalItem:
    name = "optional-item"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        statement, function, crash = analysis.statement, analysis.function, analysis.crash
        if analysis.exc_type not in ("ZeroDivisionError", "IndexError") or crash is None:
            return
        if function is None or not isinstance(statement, ast.Return):
            return
        comprehension = statement.value
        if not isinstance(comprehension, ast.ListComp):
            return
        returns = _item_admits_none(function.returns)
        if returns is None:
            return
        if _answered_otherwise(ast.get_docstring(function) or ""):
            return
        targets = {n.id for generator in comprehension.generators
                   for n in ast.walk(generator.target) if isinstance(n, ast.Name)}
        tests = {test for node in ast.walk(comprehension.elt)
                 if (test := _empty_test(node, targets, analysis.exc_type)) is not None}
        if len(tests) != 1:
            return
        test = tests.pop()
        item = ast.get_source_segment(crash.source, comprehension.elt) or ast.unparse(
            comprehension.elt)
        if isinstance(comprehension.elt, ast.IfExp | ast.Lambda | ast.NamedExpr):
            item = f"({item})"  # else the new condition would bind to its last branch
        new = replace_node(crash.source, comprehension.elt, f"{item} if {test} else None")
        yield Candidate(
            strategy=self.name,
            description=(f"An item with nothing to compute (`{test}` empty or zero) is now "
                         f"None in the list `{function.name}` returns, instead of raising "
                         f"{analysis.exc_type}; the other items keep their places."),
            edits={crash.path: new}, originals={crash.path: crash.source},
            plausibility=0.85,
            contract=f"its return type `{returns}` allows None for an item",
        )
