"""A method whose docstring answers a None field's case with another field of the object.

::

    class Prescription(models.Model):
        written_on = models.DateField()
        last_collected = models.DateField(
            null=True, help_text="Blank until the patient collects the first supply.")

        def refill_due(self) -> date:
            \"\"\"The day the patient should collect the next supply: the day the last one
            runs out. A prescription not collected yet is due from the day it was
            written.\"\"\"
            return self.last_collected + timedelta(days=self.days_supply)

raises TypeError for a prescription never collected. The docstring gives that case its
answer: the method's own answer ("is due") is the day of another field ("the day it was
written", ``written_on``)::

    if self.last_collected is None:
        return self.written_on

Returning None (the obvious guard) breaks every caller reading a date, and today's date
drifts with every page view.

Backing, all required:

* a TypeError about None at a ``return`` of a method whose operand on the NoneType side
  of the message is ``self.<field>``, declared to admit None on the method's class (a
  Django field with ``null=True``, or an annotation with ``None``);
* one sentence of the method's docstring speaks of that field's None case (an absence,
  "not ... yet", "never", "no", with a word of the field's name: "collected" for
  ``last_collected``), uses a word of the method's name ("due" of ``refill_due``), so
  the sentence gives the method's answer, not a stand-in for the field ("counts from"),
  and names exactly one other field of the class, all its words beside "on", "at", "date"
  and "day" ("written" for ``written_on``);
* that field is declared of the type the method returns (``DateField`` or ``date`` for
  ``-> date``, ``DateTimeField`` or ``datetime`` for ``-> datetime``) and does not admit
  None;
* the sentence names no offset or later step ("a week after the day it was written",
  "lapses six months after"), and does not negate the method's own word ("has no refill
  due"); no other sentence speaks of the field's absence;
* no sentence of the docstring refuses anything.

Review 25 beat the first version with 3 wrong fixes in 3 traps.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import insert_before_statement
from bugstack.repair.contract_items import sentences

__all__ = ["FieldAnswersTheNoneCase"]

_OPERAND = re.compile(r"unsupported operand type\(s\) for \S+: '([\w.]+)' and '([\w.]+)'")
_ABSENCE = re.compile(r"\bnot\s+(?:\w+\s+){0,4}yet\b|\bnever\b|\bno\b|\bwithout\b", re.I)
# "a week after the day it was written", "which comes after": the day is not the answer.
_OFFSET = re.compile(r"\b(?:after|before|later|earlier|since|until|weeks?|months?|years?|days"
                     r"|hours?|plus|minus|lapses?|expires?|stays?)\b", re.I)
_REFUSES = re.compile(r"\b(?:rais(?:e|es|ing)|errors?|refus\w*|reject\w*|invalid|must)\b", re.I)
_FILLER = {"on", "at", "date", "day", "time", "when"}
_TYPES = {"DateField": "date", "DateTimeField": "datetime"}


def _words(name: str) -> set[str]:
    return {w for w in name.lower().split("_") if w}


def _fields(cls: ast.ClassDef) -> dict[str, tuple[str | None, bool]]:
    """Field name -> (the type it holds, whether it admits None)."""
    found: dict[str, tuple[str | None, bool]] = {}
    for item in cls.body:
        if isinstance(item, ast.Assign) and len(item.targets) == 1 \
                and isinstance(item.targets[0], ast.Name) and isinstance(item.value, ast.Call):
            kind = ast.unparse(item.value.func).rsplit(".", 1)[-1]
            null = any(k.arg == "null" and isinstance(k.value, ast.Constant)
                       and k.value.value is True for k in item.value.keywords)
            found[item.targets[0].id] = (_TYPES.get(kind), null)
        elif isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
            text = ast.unparse(item.annotation)
            parts = {p.strip() for p in text.split("|")}
            admits = "None" in parts or text.startswith("Optional[")
            held = (parts - {"None"}).pop() if len(parts - {"None"}) == 1 else None
            found[item.target.id] = (held.rsplit(".", 1)[-1] if held else None, admits)
    return found


def _stem(word: str) -> str:
    return word[:6] if len(word) > 6 else word.rstrip("s")


def _mentions(sentence: str, words: set[str]) -> bool:
    said = {_stem(w) for w in re.findall(r"[a-z]+", sentence.lower())}
    return bool(words) and all(_stem(w) in said for w in words)


class FieldAnswersTheNoneCase:
    name = "field-answers-none-case"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        matched = _OPERAND.search(analysis.message)
        if analysis.exc_type != "TypeError" or matched is None or crash is None \
                or tree is None or not isinstance(statement, ast.Return) \
                or not isinstance(function, ast.FunctionDef) or function.returns is None \
                or "NoneType" not in matched.groups() or matched.group(1) == matched.group(2):
            return
        cls = next((n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)
                    and function in n.body), None)
        none_left = matched.group(1) == "NoneType"
        operands = [(n.left if none_left else n.right) for n in ast.walk(statement)
                    if isinstance(n, ast.BinOp)]
        selfs = [o for o in operands if isinstance(o, ast.Attribute)
                 and isinstance(o.value, ast.Name) and o.value.id == "self"]
        if cls is None or len(selfs) != 1:
            return
        fields = _fields(cls)
        empty = selfs[0].attr
        if not fields.get(empty, (None, False))[1]:
            return
        returned = ast.unparse(function.returns).rsplit(".", 1)[-1]
        docstring = ast.get_docstring(function) or ""
        if any(_REFUSES.search(s) for s in sentences(docstring)):
            return
        own = _words(function.name) - _FILLER
        answers = []
        case_sentences = [s for s in sentences(docstring)
                          if any(_mentions(s, {w}) for w in _words(empty) - _FILLER)]
        for sentence in sentences(docstring):
            if not _ABSENCE.search(sentence) or _OFFSET.search(sentence) \
                    or not any(_mentions(sentence, {w}) for w in _words(empty) - _FILLER) \
                    or not any(_mentions(sentence, {w}) for w in own) \
                    or any(re.search(rf"\b(?:no|not|never)\s+(?:\w+\s+)?{re.escape(w)}", sentence,
                                     re.I) for w in own):
                continue
            # The fields of the method's type the sentence names ("the patient" is no day).
            named = [f for f in fields if f != empty and fields[f] == (returned, False)
                     and _mentions(sentence, _words(f) - _FILLER)]
            if len(named) == 1:
                answers.append((named[0], sentence))
        if len(answers) != 1 or any(s != answers[0][1] and _ABSENCE.search(s)
                                    for s in case_sentences):
            return
        other, sentence = answers[0]
        guard = [f"if self.{empty} is None:", f"\treturn self.{other}"]
        yield Candidate(
            strategy=self.name,
            description=f"When `self.{empty}` is None, `{function.name}` now answers "
                        f"`self.{other}`, as its docstring says, instead of raising "
                        "TypeError.",
            edits={crash.path: insert_before_statement(crash.source, statement, guard)},
            originals={crash.path: crash.source}, plausibility=0.85,
            contract=f'the docstring says: "{sentence[:200]}"',
        )
