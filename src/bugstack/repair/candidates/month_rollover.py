"""``month = current.month + 1`` in December: month 13.

``monthrange(current.year, 13)`` raises "IllegalMonthError: bad month number 13" and
``current.replace(month=13)`` raises "month must be in 1..12". The month after December
is January of the next year, so the year moves with the month::

    year, month = (current.year + 1, 1) if current.month == 12 else (current.year,
                                                                     current.month + 1)

and the function's later reads of ``current.year`` read ``year``, and its
``current.replace(month=month, ...)`` also gets ``year=year``. Only reads of
``current.year`` given alongside ``month`` to one call (``monthrange(current.year,
month)``) are the new month's year; any other read means ``current``'s own year (a
booking year), and then nothing is proposed. ``current`` must be captured as a date.
``% 12`` would give January of the same year (a year early). Only ``NAME = D.month +
1`` with a plain ``D``, a function that does not use the name ``year`` already, and a
month error whose number is 13 are handled.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_nodes

__all__ = ["MonthRollsOverToJanuary"]

_MONTH_13 = re.compile(r"bad month number 13\b|month must be in 1\.\.12")


def _next_month(node: ast.stmt) -> tuple[str, str] | None:
    """``month = current.month + 1`` -> (``month``, ``current``)."""
    if isinstance(node, ast.Assign) and len(node.targets) == 1 \
            and isinstance(node.targets[0], ast.Name) and isinstance(node.value, ast.BinOp) \
            and isinstance(node.value.op, ast.Add) \
            and isinstance(node.value.left, ast.Attribute) \
            and node.value.left.attr == "month" and isinstance(node.value.left.value, ast.Name) \
            and isinstance(node.value.right, ast.Constant) and node.value.right.value == 1:
        return node.targets[0].id, node.value.left.value.id
    return None


class MonthRollsOverToJanuary:
    name = "month-rollover"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, function = analysis.crash, analysis.function
        if crash is None or function is None or not _MONTH_13.search(analysis.message):
            return
        if any(isinstance(n, ast.Name) and n.id == "year" for n in ast.walk(function)):
            return
        found = [(n, names) for n in ast.walk(function) if isinstance(n, ast.stmt)
                 and (names := _next_month(n)) is not None]
        if len(found) != 1:
            return
        statement, (month, day) = found[0]
        # `.month` must be a calendar month of a date: a 0-based month of some other
        # object reaching 13 is an invalid input, not December (adversarial review).
        if not re.match(r"datetime\.(?:date|datetime)\(", analysis.values.get(day, "")):
            return
        replacements: list[tuple[ast.AST, str]] = [(statement, (
            f"year, {month} = ({day}.year + 1, 1) if {day}.month == 12 "
            f"else ({day}.year, {day}.month + 1)"))]
        parents = {id(c): n for n in ast.walk(function) for c in ast.iter_child_nodes(n)}
        for node in ast.walk(function):
            if getattr(node, "lineno", 0) <= statement.lineno:
                continue
            if isinstance(node, ast.Attribute) and node.attr == "year" \
                    and isinstance(node.value, ast.Name) and node.value.id == day \
                    and isinstance(node.ctx, ast.Load):
                call = parents.get(id(node))
                if not (isinstance(call, ast.Call) and any(
                        isinstance(a, ast.Name) and a.id == month for a in call.args)):
                    return  # a year read for itself (the booking year), not for the month
                replacements.append((node, "year"))
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr == "replace" and isinstance(node.func.value, ast.Name) \
                    and node.func.value.id == day \
                    and any(k.arg == "month" for k in node.keywords) \
                    and not any(k.arg == "year" for k in node.keywords):
                text = ast.get_source_segment(crash.source, node) or ast.unparse(node)
                inner = text[text.index("(") + 1:]
                replacements.append((node, f"{day}.replace(year=year, {inner}"))
        yield Candidate(
            strategy=self.name,
            description=f"The month after December is now January of the next year: "
                        f"`{month}` and the year move together instead of reaching month 13.",
            edits={crash.path: replace_nodes(crash.source, replacements)},
            originals={crash.path: crash.source}, plausibility=0.8,
            contract="the month after December is January of the following year",
        )
