"""A division by zero in one field of an answer the documentation says is null in that
case.

``{"text": c.text, "votes": c.votes, "percent": round(100 * c.votes / total, 1)}``
divides by zero for a poll nobody has voted in. The view's docstring says what that
field is then: "while nobody has voted yet every ``percent`` is null (the page shows a
dash there), since 0 % would claim the choice lost". The field becomes ``round(...) if
total else None``: the rest of the answer (the question, the vote counts) is given as
before, and the one field with nothing to compute is null. 0, the obvious guard, is the
answer the documentation rules out; answering None or 404 for the whole page loses the
rest of it.

Backing, all of it required:

* the crash is a ``ZeroDivisionError`` in the value of one text key of a dict literal,
  and the divisor is a plain name or attribute (``total``, ``stats.count``), or
  ``len()`` of one;
* exactly one sentence of the crashing function's docstring names that key (``percent``,
  as a word) with None or null, and a word of an empty case (nobody, no, none yet,
  without, empty, zero, until); and no sentence naming the key gives it another answer
  (0, a dash as its value, raises, refused).
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

__all__ = ["DocumentedNullField"]

_NULL = re.compile(r"\b(?:None|null)\b")
_EMPTY_CASE = re.compile(r"\b(?:nobody|no\s+one|no|none\s+yet|not\s+yet|yet|without|empty"
                         r"|zero|until|before\s+any)\b", re.I)
_OTHER_ANSWER = re.compile(r"\b(?:rais\w*|refus\w*|reject\w*|errors?|404|400)\b"
                           r"|\bis\s+0\b|\bas\s+0\b|\bzero\s+instead\b", re.I)


def _divisor_guard(node: ast.BinOp) -> str | None:
    divisor = node.right
    if (isinstance(divisor, ast.Call) and isinstance(divisor.func, ast.Name)
            and divisor.func.id == "len" and len(divisor.args) == 1 and not divisor.keywords):
        divisor = divisor.args[0]
    probe: ast.expr = divisor
    while isinstance(probe, ast.Attribute):
        probe = probe.value
    return ast.unparse(divisor) if isinstance(probe, ast.Name) else None


def _field_of_division(statement: ast.stmt, lineno: int) -> tuple[str, ast.expr, str] | None:
    """(key, value, guard) of the innermost dict entry whose value divides, on the crash
    line."""
    found: list[tuple[str, ast.expr, str]] = []
    for node in ast.walk(statement):
        if not isinstance(node, ast.Dict):
            continue
        for key, value in zip(node.keys, node.values, strict=True):
            if not (isinstance(key, ast.Constant) and isinstance(key.value, str)):
                continue
            divisions = [n for n in ast.walk(value) if isinstance(n, ast.BinOp)
                         and isinstance(n.op, ast.Div | ast.FloorDiv | ast.Mod)]
            if len(divisions) != 1 or not value.lineno <= lineno <= (value.end_lineno or 0):
                continue
            guard = _divisor_guard(divisions[0])
            if guard is not None:
                found.append((key.value, value, guard))
    # The innermost entry: ``"choices": [{... "percent": x / total} ...]`` holds the
    # division too, but the field it belongs to is ``percent``.
    inner = [entry for entry in found if not any(
        other is not entry and other[1] in list(ast.walk(entry[1])) for other in found)]
    return inner[0] if len(inner) == 1 else None


def _null_sentence(docstring: str, key: str) -> str | None:
    named = re.compile(rf"(?<![\w-])`*{re.escape(key)}`*(?![\w-])")
    about = [s for s in sentences(docstring) if named.search(s)]
    nulls = [s for s in about if _NULL.search(s) and _EMPTY_CASE.search(s)]
    if len(nulls) != 1 or any(_OTHER_ANSWER.search(s) for s in about):
        return None
    return nulls[0]


class DocumentedNullField:
    name = "documented-null-field"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function = analysis.crash, analysis.statement, analysis.function
        if (analysis.exc_type != "ZeroDivisionError" or crash is None or statement is None
                or not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef)):
            return
        field = _field_of_division(statement, crash.lineno)
        if field is None:
            return
        key, value, guard = field
        sentence = _null_sentence(ast.get_docstring(function) or "", key)
        if sentence is None:
            return
        old = ast.get_source_segment(crash.source, value)
        if not old:
            return
        yield Candidate(
            strategy=self.name,
            description=f"`{key}` is now null when `{guard}` is 0, instead of the whole "
                        "answer failing with ZeroDivisionError; the rest of it is unchanged.",
            edits={crash.path: replace_node(crash.source, value,
                                            f"{old} if {guard} else None")},
            originals={crash.path: crash.source}, plausibility=0.9,
            contract=f"the docstring says what `{key}` is then: \"{sentence[:160]}\"",
        )
