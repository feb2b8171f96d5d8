"""A capped value whose uncapped side overflows a float before ``min()`` can cap it.

``min(cap, base * 2 ** (attempt - 1))`` raises "OverflowError: int too large to convert
to float" once ``attempt`` passes about 1024: the power is an int, and multiplying it by
a float ``base`` converts it. A value too large for any float is larger than any finite
cap, so the ``min()`` would have answered the cap; the fix says exactly that::

    try:
        return min(cap, base * 2 ** (attempt - 1))
    except OverflowError:  # past any float, so past the cap
        return cap

The docstring must say the value is capped ("never more than ``cap``", "at most",
"capped"), the statement must return or assign one two-argument ``min()`` whose other
argument is a plain name or number (the cap), and the overflowing side must be a power
of a number not negative, alone or multiplied by a number not negative (a literal, or a
name captured as one): ``base / 2 ** n`` overflows while shrinking and a negative base
overflows downwards, and neither is past the cap.
Returning 0 or the base delay would retry a long outage at full speed.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import indent_unit, indentation_of, replace_node
from bugstack.repair.contract_items import sentences

__all__ = ["OverflowPastCap"]

_CAPPED = re.compile(r"\b(?:never\s+more\s+than|no\s+more\s+than|at\s+most|capped|cap(?:s|ped)?\s+"
                     r"at|up\s+to|not\s+(?:more|longer)\s+than)\b", re.I)


def _non_negative(node: ast.expr, values: dict[str, str]) -> bool:
    """A number known not to be negative: a literal, or a name captured as one."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, int | float) and node.value >= 0
    if isinstance(node, ast.Name):
        try:
            value = ast.literal_eval(values.get(node.id, ""))
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            return False
        return isinstance(value, int | float) and not isinstance(value, bool) and value >= 0
    return False


def _grows_past_any_float(node: ast.expr, values: dict[str, str]) -> bool:
    """``2 ** n`` or ``base * 2 ** n`` with a base not negative: an overflow there is a
    value past every float upwards. A power that divides (``base / 2 ** n``) overflows
    while shrinking, and a negative base overflows downwards (adversarial review)."""
    def power(n: ast.expr) -> bool:
        return isinstance(n, ast.BinOp) and isinstance(n.op, ast.Pow) \
            and _non_negative(n.left, values)
    if power(node):
        return True
    return isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult) and (
        (power(node.right) and _non_negative(node.left, values))
        or (power(node.left) and _non_negative(node.right, values)))


class OverflowPastCap:
    name = "overflow-past-cap"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function = analysis.crash, analysis.statement, analysis.function
        if not analysis.exc_type.endswith("OverflowError") or crash is None \
                or function is None or not isinstance(statement, ast.Return | ast.Assign) \
                or statement.lineno != statement.end_lineno:
            return
        call = statement.value
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                and call.func.id == "min" and len(call.args) == 2 and not call.keywords):
            return
        caps = [(cap, other) for cap, other in (call.args, call.args[::-1])
                if isinstance(cap, ast.Name | ast.Constant)
                and _grows_past_any_float(other, analysis.values)]
        said = next((s for s in sentences(ast.get_docstring(function) or "")
                     if _CAPPED.search(s)), None)
        if len(caps) != 1 or said is None:
            return
        cap = ast.unparse(caps[0][0])
        source = crash.source
        indent, step = indentation_of(source, statement.lineno), indent_unit(source)
        text = ast.get_source_segment(source, statement) or ast.unparse(statement)
        fallback = f"return {cap}" if isinstance(statement, ast.Return) else replace_node(
            text, ast.parse(text).body[0].value, cap)  # type: ignore[attr-defined]
        block = (f"try:\n{indent}{step}{text}\n{indent}except OverflowError:"
                 f"  # past any float, so past the cap\n{indent}{step}{fallback}")
        yield Candidate(
            strategy=self.name,
            description=f"A value too large for a float is now capped at `{cap}`, which the "
                        "`min()` would have answered, instead of raising OverflowError.",
            edits={crash.path: replace_node(source, statement, block)},
            originals={crash.path: source}, plausibility=0.8,
            contract=f'the docstring says: "{said[:200]}"',
        )
