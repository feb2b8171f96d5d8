"""A clock-time parser fed times past 24:00 that its own documentation says exist.

GTFS timetables, shift rotas and broadcast schedules count from the start of a service
day, so a night bus of the evening's timetable leaves at ``25:10:00``::

    def service_minutes(value: str) -> int:
        \"\"\"... a bus that leaves after midnight ... is written past 24:00:00 ("25:10:00"
        is ten past one the next morning) and must come after that evening's 23:50.\"\"\"
        parsed = datetime.strptime(value.strip(), "%H:%M:%S")
        return parsed.hour * 60 + parsed.minute

``strptime`` knows only a wall clock and refuses ``24:35:00``. The parts are numbers, and
are read as numbers::

    hours, minutes, _ = (int(part) for part in value.strip().split(":"))
    return hours * 60 + minutes

Skipping the rows that fail (the obvious guard) drops the night buses; ``% 24`` puts them
at the top of the board.

Backing, all required: a ``ValueError`` from ``NAME = datetime.strptime(TEXT, FORMAT)``
(or ``datetime.datetime.strptime``) whose format is ``%H:%M`` or ``%H:%M:%S``; ``NAME`` is
read only as ``NAME.hour``, ``NAME.minute`` and ``NAME.second``; the crashed function's
documentation writes a time of 24 hours or more (``25:10:00``, "past 24:00"); and the
captured text, when there is one, is such a time (its hours 24 or more, its minutes and
seconds on the clock). A part that is no number, or a missing part, still raises.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_nodes
from bugstack.repair.contract_items import documentation_near

__all__ = ["HoursPastMidnight"]

_FORMATS = {"%H:%M": ("hour", "minute"), "%H:%M:%S": ("hour", "minute", "second")}
_PLURALS = {"hour": "hours", "minute": "minutes", "second": "seconds"}
_CLOCK = re.compile(r"\b(\d{2,3}):([0-5]\d)(?::([0-5]\d))?\b")


def _past_midnight(text: str) -> str | None:
    """The first time of 24 hours or more ``text`` writes."""
    return next((m.group(0) for m in _CLOCK.finditer(text) if int(m.group(1)) >= 24), None)


def _strptime(node: ast.expr) -> tuple[ast.expr, str] | None:
    """(text, format) of ``datetime.strptime(text, "%H:%M")``."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "strptime" and len(node.args) == 2 and not node.keywords
            and ast.unparse(node.func.value) in ("datetime", "datetime.datetime")
            and isinstance(node.args[1], ast.Constant)
            and node.args[1].value in _FORMATS):
        return None
    return node.args[0], str(node.args[1].value)


class HoursPastMidnight:
    name = "hours-past-midnight"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if analysis.exc_type != "ValueError" or crash is None or function is None \
                or tree is None or not isinstance(statement, ast.Assign) \
                or len(statement.targets) != 1 \
                or not isinstance(statement.targets[0], ast.Name):
            return
        parsed = _strptime(statement.value)
        if parsed is None:
            return
        text, form = parsed
        name = statement.targets[0].id
        fields = _FORMATS[form]
        captured = _captured_text(analysis, text)
        if captured is not None and _past_midnight(captured) != captured.strip():
            return  # not a time past midnight: a malformed one must still raise
        said = next((_past_midnight(doc) for where, doc in documentation_near(
            crash.source, tree, crash.lineno) if where != "the module docstring"
            and _past_midnight(doc)), None)
        if said is None:
            return
        reads = [n for n in ast.walk(function) if isinstance(n, ast.Name) and n.id == name
                 and n is not statement.targets[0]]
        parents = {id(child): node for node in ast.walk(function)
                   for child in ast.iter_child_nodes(node)}
        uses = [parents.get(id(n)) for n in reads]
        if not reads or any(not isinstance(u, ast.Attribute) or u.attr not in fields
                            for u in uses):
            return  # the parsed datetime is used as one: it cannot become numbers
        taken = {n.id for n in ast.walk(function) if isinstance(n, ast.Name)} | {
            a.arg for a in ast.walk(function) if isinstance(a, ast.arg)}
        used = {u.attr for u in uses if isinstance(u, ast.Attribute)}
        targets = [_PLURALS[f] if f in used else "_" for f in fields]
        if any(t in taken for t in targets if t != "_"):
            return  # the names are spoken for in the function
        source = crash.source
        text_source = ast.get_source_segment(source, text) or ast.unparse(text)
        replacements: list[tuple[ast.AST, str]] = [(statement, (
            f"{', '.join(targets)} = (int(part) for part in {text_source}.split(\":\"))"))]
        replacements += [(u, _PLURALS[u.attr]) for u in uses if isinstance(u, ast.Attribute)]
        yield Candidate(
            strategy=self.name,
            description=f"A time past midnight (`{said}`) is read as numbers instead of "
                        "with `strptime`, which knows only a wall clock; a part that is no "
                        "number still raises ValueError.",
            edits={crash.path: replace_nodes(source, replacements)},
            originals={crash.path: source}, plausibility=0.8,
            contract=f"the documentation writes times past 24:00 (`{said}`)",
        )


def _captured_text(analysis: Analysis, text: ast.expr) -> str | None:
    """The captured value of the parsed text: a local, or the receiver of ``.strip()``."""
    node = text
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
            and node.func.attr in ("strip", "rstrip", "lstrip") and not node.args:
        node = node.func.value
    if not isinstance(node, ast.Name) or node.id not in analysis.values:
        return None
    try:
        value = ast.literal_eval(analysis.values[node.id])
    except (ValueError, SyntaxError):
        return None
    return value if isinstance(value, str) else None
