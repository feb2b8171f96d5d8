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
read only as ``NAME.hour``, ``NAME.minute`` and ``NAME.second``; a sentence of the crashed
function's documentation writes a time of 24 hours or more (``25:10:00``, "past 24:00",
"the hour is 24 or more") and keeps it as such: it neither shows it on the wall clock
("shown as 01:10"), nor refuses it; and the captured text is known and is such a time
(its hours 24 or more, its minutes and seconds on the clock). Review 20 beat the first
version three times in three traps. A part that is no number, or a missing part, still raises.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_nodes
from bugstack.repair.contract_items import documentation_near, whole_sentences

__all__ = ["HoursPastMidnight"]

_FORMATS = {"%H:%M": ("hour", "minute"), "%H:%M:%S": ("hour", "minute", "second")}
_PLURALS = {"hour": "hours", "minute": "minutes", "second": "seconds"}
_CLOCK = re.compile(r"\b(\d{2,3}):([0-5]\d)(?::([0-5]\d))?\b")


def _past_midnight(text: str) -> str | None:
    """The first time of 24 hours or more ``text`` writes."""
    return next((m.group(0) for m in _CLOCK.finditer(text) if int(m.group(1)) >= 24), None)


# The time past midnight is kept as such ("must come after that evening's 23:50"), not
# shown on the wall clock ("shown as 01:10") nor refused ("is refused", "raises").
_WRAPPED = re.compile(r"\b(?:shown|displayed|printed|treated|read)\s+as\b|\bwraps?\b|\bmodulo\b",
                      re.I)
_IN_WORDS = re.compile(r"\bhours?\b[^.;]*?\b(?:24|twenty-four)\s+(?:or|and)\s+(?:more|over|above)\b"
                       r"|\b(?:past|beyond|after|over)\s+24:00\b", re.I)


_REFUSED = re.compile(r"\b(?:refus\w*|reject\w*|rais\w*|errors?|invalid|not\s+allowed)\b", re.I)


def _said_past_midnight(sentence: str) -> str | None:
    """The time past midnight a sentence writes, or its words for one ("the hour is 24
    or more"), when it keeps such times as they are."""
    found = _past_midnight(sentence)
    if found is None:
        worded = _IN_WORDS.search(sentence)
        found = worded.group(0) if worded else None
    if found is None or _WRAPPED.search(sentence) or _REFUSED.search(sentence):
        return None
    return found


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
        if captured is None or _past_midnight(captured) != captured.strip():
            # Unknown, or no time past midnight ("07:65:00", a typo in the feed): a
            # malformed time must still raise (review 20).
            return
        said = next((found for where, doc in documentation_near(
            crash.source, tree, crash.lineno) if where != "the module docstring"
            for sentence in whole_sentences(doc) for found in [_said_past_midnight(sentence)]
            if found), None)
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
    """The captured value of the parsed text: a local, the receiver of ``.strip()``, or
    ``row["departure_time"]`` of a captured dict."""
    node = text
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
            and node.func.attr in ("strip", "rstrip", "lstrip") and not node.args:
        node = node.func.value
    key: str | None = None
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant) \
            and isinstance(node.slice.value, str):
        key, node = node.slice.value, node.value
    if not isinstance(node, ast.Name) or node.id not in analysis.values:
        return None
    try:
        value = ast.literal_eval(analysis.values[node.id]) \
            if isinstance(analysis.values[node.id], str) else analysis.values[node.id]
        if key is not None and isinstance(value, dict):
            value = value[key]
            value = ast.literal_eval(value) if isinstance(value, str) \
                and value[:1] in "'\"" else value
    except (ValueError, SyntaxError, KeyError, TypeError, IndexError):
        return None
    return value if isinstance(value, str) else None
