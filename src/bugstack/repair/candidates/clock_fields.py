"""A duration parser written for ``mm:ss`` fed the ``h:mm:ss`` form its documentation
also allows.

::

    def parse_duration(text: str) -> int:
        \"\"\"Seconds in a time written ``mm:ss`` or ``h:mm:ss``.\"\"\"
        minutes, seconds = text.strip().split(":")
        return int(minutes) * 60 + int(seconds)

raises "too many values to unpack (expected 2)" for a marathon time, ``3:41:07``. The
documented longer form has one more field in front, hours, worth sixty minutes::

    fields = text.strip().split(":")
    hours, minutes, seconds = fields if len(fields) == 3 else ["0", *fields]
    return int(hours) * 3600 + int(minutes) * 60 + int(seconds)

A time of any other shape still raises ValueError. Answering 400 (the obvious guard)
refuses a time the form declares valid; ``split(":", 1)`` reads ``3:41`` as minutes.

Backing, all required: "too many values to unpack (expected 2)" at ``minutes, seconds =
TEXT.split(":")`` (``mins, secs`` too); one sentence of the function's documentation that
writes both the two-field form and the same form with hours in front, as two ways of
writing a time (``mm:ss`` or ``h:mm:ss``), giving neither another answer ("a time past
the cut-off, h:mm:ss, is recorded with no time"); and the function reads the minutes
once, as ``int(minutes) * 60``, so an hour is that factor once more. Days in front are
not read: a "day" may be a working day of 7 h 30. Review 22 beat the first version three
times in three traps.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import insert_before_statement, replace_nodes
from bugstack.repair.contract_items import documentation_near, refusal_in, whole_sentences

__all__ = ["LeadingClockField"]

_UNPACK = re.compile(r"^too many values to unpack \(expected 2")
#: The units of ``h:mm:ss``-style forms, by letter. Only hours are read in front of
#: minutes and seconds: a "day" may be a working day of 7 h 30 (review 22).
_UNITS = {"h": "hours", "m": "minutes", "s": "seconds"}
#: The names a field of each unit goes by.
_NAMES = {"minutes": {"minutes", "minute", "mins", "min", "mm", "m"},
          "seconds": {"seconds", "second", "secs", "sec", "ss", "s"}}
#: The factor from one unit to the next smaller one.
_FACTOR = {("hours", "minutes"): 60, ("minutes", "seconds"): 60}
_FORM = re.compile(r"(?<![\w:])([hms]{1,2}(?::[hms]{1,2}){1,2})(?![\w:])", re.I)
#: A sentence that gives the longer form another answer than a reading.
_OTHER_ANSWER = re.compile(r"\b(?:None|null|no\s+time|not\s+recorded|cut-?\s?off|ignored|"
                           r"dropped|skipped)\b", re.I)


def _units(form: str) -> list[str] | None:
    letters = [field[0].lower() for field in form.split(":")]
    if any(len(set(field.lower())) != 1 for field in form.split(":")):
        return None  # "mm" is one unit written twice; "ms" is none
    return [_UNITS[letter] for letter in letters]


def _documented_lead(text: str, targets: list[str]) -> tuple[str, str] | None:
    """(new unit, the longer form) when one sentence of the text writes the targets' form
    and the form with hours in front, as two ways of writing the same thing ("a time
    written ``mm:ss`` or ``h:mm:ss``"), giving neither another answer."""
    for sentence in whole_sentences(text):
        if _OTHER_ANSWER.search(sentence) or refusal_in(sentence):
            continue
        forms = [(m.group(1), _units(m.group(1))) for m in _FORM.finditer(sentence)]
        short = [form for form, units in forms if units == targets]
        longer = [(form, units) for form, units in forms
                  if units is not None and units[1:] == targets and units[0] == "hours"]
        if short and longer:
            return "hours", longer[0][0]
    return None


def _worth(function: ast.AST, name: str) -> tuple[ast.BinOp, int] | None:
    """``int(name) * 60`` and its factor, when the function reads ``name`` only there
    (written twice, one is a check and the other the answer: review 22)."""
    found = [node for node in ast.walk(function)
             if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult)
             and isinstance(node.left, ast.Call) and isinstance(node.left.func, ast.Name)
             and node.left.func.id in ("int", "float") and len(node.left.args) == 1
             and isinstance(node.left.args[0], ast.Name) and node.left.args[0].id == name
             and isinstance(node.right, ast.Constant) and isinstance(node.right.value, int)]
    reads = [n for n in ast.walk(function) if isinstance(n, ast.Name) and n.id == name
             and isinstance(n.ctx, ast.Load)]
    if len(found) != 1 or len(reads) != 1 or not isinstance(found[0].right, ast.Constant) \
            or not isinstance(found[0].right.value, int):
        return None
    return found[0], found[0].right.value


class LeadingClockField:
    name = "leading-clock-field"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if analysis.exc_type != "ValueError" or not _UNPACK.match(analysis.message) \
                or crash is None or function is None or tree is None \
                or not isinstance(statement, ast.Assign) or len(statement.targets) != 1 \
                or not isinstance(statement.targets[0], ast.Tuple) \
                or statement not in function.body:
            return
        names = [t.id for t in statement.targets[0].elts if isinstance(t, ast.Name)]
        split = statement.value
        if len(names) != 2 or not (isinstance(split, ast.Call)
                                   and isinstance(split.func, ast.Attribute)
                                   and split.func.attr == "split" and len(split.args) == 1
                                   and isinstance(split.args[0], ast.Constant)
                                   and split.args[0].value == ":" and not split.keywords):
            return
        targets = [next((unit for unit, known in _NAMES.items() if name.lower() in known), "")
                   for name in names]
        pair = (targets[0], targets[1])
        if pair != ("minutes", "seconds"):
            return
        texts = [text for where, text in documentation_near(crash.source, tree, crash.lineno)
                 if where != "the module docstring"]
        if any(refusal_in(text) for text in texts):
            return
        lead = next((found for text in texts
                     for found in [_documented_lead(text, targets)] if found), None)
        worth = _worth(function, names[0])
        if lead is None or worth is None or worth[1] != _FACTOR[pair]:
            return
        unit, form = lead
        factor = worth[1] * _FACTOR[(unit, targets[0])]
        taken = {n.id for n in ast.walk(function) if isinstance(n, ast.Name)} | {
            a.arg for a in ast.walk(function) if isinstance(a, ast.arg)}
        if unit in taken or "fields" in taken:
            return
        source = crash.source
        text = ast.get_source_segment(source, split) or ast.unparse(split)
        first = ast.get_source_segment(source, worth[0]) or ast.unparse(worth[0])
        call = worth[0].left
        assert isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
        edited = replace_nodes(source, [
            (statement, f"{unit}, {names[0]}, {names[1]} = fields if len(fields) == 3 "
                        f"else [\"0\", *fields]"),
            (worth[0], f"{call.func.id}({unit}) * {factor} + {first}"),
        ])
        new = insert_before_statement(edited, statement, [f"fields = {text}"])
        yield Candidate(
            strategy=self.name,
            description=f"A time in the documented `{form}` form is read with its leading "
                        f"{unit} as well; a time of any other shape still raises ValueError.",
            edits={crash.path: new}, originals={crash.path: source}, plausibility=0.8,
            contract=f"the documentation writes the form `{form}`",
        )
