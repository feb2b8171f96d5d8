"""A day the target month does not have, documented to become that month's last day.

``day.replace(year=..., month=...)`` (or ``date(year, month, day.day)``) raises
``ValueError: day is out of range for month`` for 31 January plus one month. When a
sentence of the function's docstring (or its module's) says that such a day ends on the
month's last day ("a period that starts on a day the target month does not have ends on
that month's last day"), the day is clamped to the length of the target month::

    year, month = day.year + month_index // 12, month_index % 12 + 1
    return day.replace(year=year, month=month,
                       day=min(day.day, calendar.monthrange(year, month)[1]))

Adding 30 days, rolling over into the next month or answering 400 would each contradict
that sentence. A sentence about the month's last day that also refuses, raises or rolls
over gets nothing, and so does a silent docstring.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import indentation_of, insert_import, replace_nodes

__all__ = ["MonthEndClamp"]

_MESSAGE = "day is out of range for month"
_LAST_DAY = re.compile(r"\b(last day|final day|end of (the|that|its) month|month'?s end"
                       r"|month[- ]end|clamp(ed|s)?)\b", re.I)
_MISSING_DAY = re.compile(r"\b(does not have|doesn't have|do not have|lacks?|has no|have no"
                          r"|shorter|fewer days|too short|out of range|does not exist"
                          r"|doesn't exist|not in)\b|\b(29|30|31)(st|th)?\b", re.I)
_REFUSED = re.compile(r"\b(raises?|errors?|rejected|rejects?|refused|refuses?|invalid"
                      r"|rolls? over|spills? over|overflows?|400)\b", re.I)
#: Expressions safe to evaluate twice: no calls, so nothing runs again.
_PURE = (ast.Name, ast.Attribute, ast.Constant, ast.BinOp, ast.UnaryOp, ast.operator,
         ast.unaryop, ast.Load, ast.expr_context)


def _documented(texts: list[str]) -> str | None:
    for text in texts:
        flat = re.sub(r"\s*\n\s*", " ", text)
        for sentence in re.split(r"(?<=[.;])\s+(?=[A-Z`])", flat):
            if _LAST_DAY.search(sentence) and _MISSING_DAY.search(sentence) \
                    and not _REFUSED.search(sentence):
                return sentence.strip()
    return None


def _pure(node: ast.AST) -> bool:
    return all(isinstance(n, _PURE) for n in ast.walk(node))


def _imports_calendar(tree: ast.Module) -> bool:
    return any(isinstance(node, ast.Import) and any(a.name == "calendar" and a.asname is None
                                                    for a in node.names)
               for node in tree.body)


def _targets(statement: ast.stmt) -> Iterator[tuple[ast.Call, ast.expr, ast.expr, ast.expr]]:
    """(call, year, month, day) for each date built from parts in the statement: a
    ``replace`` keeping the day, or ``date(year, month, day)``."""
    for call in ast.walk(statement):
        if not isinstance(call, ast.Call):
            continue
        words = {k.arg: k.value for k in call.keywords}
        func = call.func
        if isinstance(func, ast.Attribute) and func.attr == "replace" and not call.args \
                and "month" in words and "day" not in words and None not in words \
                and isinstance(func.value, ast.Name | ast.Attribute):
            receiver = func.value
            year = words.get("year") or ast.Attribute(value=receiver, attr="year")
            yield call, year, words["month"], ast.Attribute(value=receiver, attr="day")
        elif ast.unparse(func).rsplit(".", 1)[-1] in {"date", "datetime"} \
                and len(call.args) >= 3 and not any(isinstance(a, ast.Starred)
                                                    for a in call.args):
            yield call, call.args[0], call.args[1], call.args[2]


class MonthEndClamp:
    name = "month-end-clamp"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if analysis.exc_type != "ValueError" or analysis.message != _MESSAGE \
                or crash is None or statement is None or function is None or tree is None:
            return
        sentence = _documented([t for t in (ast.get_docstring(function),
                                            ast.get_docstring(tree)) if t])
        if sentence is None:
            return
        found = list(_targets(statement))
        if len(found) != 1:
            return  # two dates built in one statement: which one failed is not known
        call, year, month, day = found[0]
        if not (_pure(year) and _pure(month) and _pure(day)):
            return
        source = crash.source

        def text(node: ast.expr) -> str:
            return ast.get_source_segment(source, node) or ast.unparse(node)

        used = {n.id for n in ast.walk(function) if isinstance(n, ast.Name)} | {
            a.arg for a in function.args.args}
        simple = all(isinstance(n, ast.Name | ast.Attribute | ast.Constant)
                     for n in (year, month))
        # A computed year and month get names first, as a person would write it, so the
        # clamp does not repeat the arithmetic: only above a simple statement, with names
        # the function does not use, and nothing bound inside the statement.
        bind = not simple and not {"year", "month"} & used \
            and isinstance(statement, ast.Return | ast.Assign | ast.AnnAssign | ast.Expr) \
            and not any(isinstance(n, ast.comprehension | ast.Lambda | ast.NamedExpr)
                        for n in ast.walk(statement))
        y, m = ("year", "month") if bind else (text(year), text(month))
        clamped = f"min({text(day)}, calendar.monthrange({y}, {m})[1])"
        new: dict[ast.AST, str] = {}
        if bind:
            new.update({year: "year", month: "month"})
        if isinstance(call.func, ast.Attribute) and call.func.attr == "replace":
            last = call.keywords[-1].value
            new[last] = f"{new.get(last, text(last))}, day={clamped}"
        else:
            new[day] = clamped
        # ``year`` made up as ``receiver.year`` is no node of the source: nothing to rename.
        replacements = [(node, value) for node, value in new.items()
                        if getattr(node, "lineno", None) is not None]
        edited = replace_nodes(source, replacements)
        if bind:
            lines = edited.splitlines(keepends=True)
            indent = indentation_of(source, statement.lineno)
            lines.insert(statement.lineno - 1,
                         f"{indent}year, month = {text(year)}, {text(month)}\n")
            edited = "".join(lines)
        if not _imports_calendar(tree):
            edited = insert_import(edited, "import calendar")
        yield Candidate(
            strategy=self.name,
            description="A day the target month does not have becomes that month's last "
                        "day (`min(day, calendar.monthrange(year, month)[1])`), as the "
                        "documentation says.",
            edits={crash.path: edited}, originals={crash.path: source}, plausibility=0.85,
            contract=f"the documentation says: \"{sentence[:160]}\"",
        )
