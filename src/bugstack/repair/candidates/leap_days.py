"""29 February moved into a common year with ``date.replace(year=...)``.

``born.replace(year=today.year)`` raises "day is out of range for month" for someone born
on 29 February when the year has no such day. Which day stands in for it is a rule of the
business (28 February for birthdays at most companies, 1 March in some laws), so only a
documented rule is followed: each ``X.replace(year=Y)`` of the function goes through a
helper added after it::

    def _in_year(day: date, year: int) -> date:
        try:
            return day.replace(year=year)
        except ValueError:  # 29 February in a common year
            return day.replace(year=year, day=28)

(``month=3, day=1`` for a rule naming 1 March). Skipping the person, or returning None,
loses them.

Backing, all required: the error is "day is out of range for month"; the crash line calls
``.replace(year=...)`` of a plain name with no other argument (the one captured as 29
February, when the line has several); a sentence of the function's own docstring about
that date (naming it: "born" for ``born``) names 29 February and the one day that replaces
it in a common year, without qualifying it ("the day after 28 February"), refusing it
("cannot", "raises") or saying it is not used; and the module does not give another day.
Only that date's ``replace`` calls are rewritten.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import indent_unit, replace_nodes

__all__ = ["LeapDayInCommonYear"]

_OUT_OF_RANGE = "day is out of range for month"
_LEAP_DAY = re.compile(r"\b29(?:th)?\s+(?:of\s+)?Feb(?:ruary)?\b|\bFeb(?:ruary)?\s+29(?:th)?\b",
                       re.I)
_STAND_INS = (
    (re.compile(r"\b28(?:th)?\s+(?:of\s+)?Feb(?:ruary)?\b|\bFeb(?:ruary)?\s+28(?:th)?\b", re.I),
     "day=28", "28 February"),
    (re.compile(r"\b1(?:st)?\s+(?:of\s+)?Mar(?:ch)?\b|\bMar(?:ch)?\s+1(?:st)?\b", re.I),
     "month=3, day=1", "1 March"),
)


# "the day after 28 February", "the first day of the following month": the named day is
# not the one meant, or another rule is given beside it.
_QUALIFIED = re.compile(r"\bday\s+(?:after|before)\b|\bfollowing month\b|\bnext month\b|"
                        r"\bnot\b|\bnever\b|\bleft out\b|\bcannot\b|\bcan't\b|\brais\w*|"
                        r"\berrors?\b", re.I)


def _crashed_receiver(statement: ast.stmt, values: dict[str, str]) -> str | None:
    """The date of the statement's ``X.replace(year=...)`` that is 29 February, by the
    frame's captured values (one plain name), or the only one."""
    receivers = {ast.unparse(c.func.value) for c in _year_replaces(statement)
                 if isinstance(c.func, ast.Attribute) and isinstance(c.func.value, ast.Name)}
    leap = {r for r in receivers if re.search(r"\(\d{4}, 2, 29\b", values.get(r, ""))}
    chosen = leap or (receivers if len(receivers) == 1 else set())
    return chosen.pop() if len(chosen) == 1 else None


def _year_replaces(node: ast.AST) -> list[ast.Call]:
    return [n for n in ast.walk(node) if isinstance(n, ast.Call)
            and isinstance(n.func, ast.Attribute) and n.func.attr == "replace" and not n.args
            and [k.arg for k in n.keywords] == ["year"]]


class LeapDayInCommonYear:
    name = "leap-day-in-common-year"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if crash is None or statement is None or tree is None \
                or not isinstance(function, ast.FunctionDef) \
                or _OUT_OF_RANGE not in analysis.message or not _year_replaces(statement):
            return
        receiver = _crashed_receiver(statement, analysis.values)
        if receiver is None or function not in tree.body:
            return
        # The crashed function's own rule, in a sentence about the date that crashed: the
        # module may give another function's, and a function another date's (a
        # birthday's 28 February is not a work anniversary's 1 March).
        text = re.sub(r"\s+", " ", ast.get_docstring(function) or "")
        about = [s for s in re.split(r"(?<=[.;])\s+", text)
                 if _LEAP_DAY.search(s) and re.search(rf"\b{re.escape(receiver)}", s, re.I)]
        rules = {(keywords, said) for pattern, keywords, said in _STAND_INS
                 for sentence in about if pattern.search(sentence)}
        module = re.sub(r"\s+", " ", ast.get_docstring(tree) or "")
        elsewhere = {said for pattern, _, said in _STAND_INS if pattern.search(module)}
        if len(rules) != 1 or any(_QUALIFIED.search(s) for s in about) \
                or elsewhere - {said for _, said in rules}:
            return
        keywords, said = rules.pop()
        taken = {n.name for n in tree.body if isinstance(n, ast.FunctionDef | ast.ClassDef)}
        helper = next(n for n in ("_in_year", "_same_day_in_year", "_moved_to_year")
                      if n not in taken)
        typed = "date" in {a.asname or a.name for n in tree.body
                           if isinstance(n, ast.ImportFrom) and n.module == "datetime"
                           for a in n.names}
        step = indent_unit(crash.source)
        signature = (f"def {helper}(day: date, year: int) -> date:" if typed
                     else f"def {helper}(day, year):")
        block = "\n".join([
            signature,
            f'{step}"""``day`` in ``year``; 29 February is {said} in a common year."""',
            f"{step}try:", f"{step * 2}return day.replace(year=year)",
            f"{step}except ValueError:  # 29 February in a common year",
            f"{step * 2}return day.replace(year=year, {keywords})",
        ])
        replacements: list[tuple[ast.AST, str]] = []
        for call in _year_replaces(function):
            assert isinstance(call.func, ast.Attribute)
            if ast.unparse(call.func.value) != receiver:
                continue  # another date: its rule is not this one
            day = ast.get_source_segment(crash.source, call.func.value) or ""
            year = ast.get_source_segment(crash.source, call.keywords[0].value) or ""
            replacements.append((call, f"{helper}({day}, {year})"))
        source = replace_nodes(crash.source, replacements)
        lines = source.splitlines(keepends=True)
        end = function.end_lineno or function.lineno
        source = "".join(lines[:end]) + "\n\n" + block + "\n" + "".join(lines[end:])
        yield Candidate(
            strategy=self.name,
            description=f"A date of 29 February moved into a common year becomes {said}, "
                        "as documented, instead of raising.",
            edits={crash.path: source}, originals={crash.path: crash.source},
            plausibility=0.8,
            contract=f"the documentation says 29 February is {said} in a common year",
        )
