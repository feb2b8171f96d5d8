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
  as a word) with None or null, a word of an empty case (nobody, no, none yet, without,
  empty, zero, until) and a word of what the division counts (``total =
  question.total_votes()``: "nobody has voted"); it neither restricts nor turns round
  the null ("never null", "cannot hold a null", a quoted text in its place);
* no other sentence naming the key, or a word of what the division counts, gives a case
  its own answer (raises, refused, 0, "counts as one hour", "the gross change instead",
  "gives every choice 0.0"), and none says the object holding the field is null as a
  whole ("``stats`` is null"). The thirteenth adversarial review beat the first version
  with 6 wrong fixes in 7 traps.
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
_OTHER_ANSWER = re.compile(r"\b(?:rais\w*|refus\w*|reject\w*|404|400)\b"
                           r"|\bis\s+0\b|\bzero\s+instead\b", re.I)
# The null sentence itself restricted or turned round ("never null", "cannot hold a null",
# "the text \"n/a\"").
_NOT_NULL = re.compile(r"\b(?:never|cannot|can't|not\s+(?:be\s+)?null)\b|[\"“”]", re.I)
# Another sentence giving a related case its own answer ("counts as one hour", "the gross
# change instead", "gives every choice 0.0").
_OWN_ANSWER = re.compile(r"\b(?:instead|counts?\s+as|treated\s+as|otherwise|rather|falls?\s+back"
                         r"|gives?|prints?)\b|\b(?:is|are|of|as|be)\s+\d", re.I)


def _divisor_guard(node: ast.BinOp) -> str | None:
    divisor = node.right
    if (isinstance(divisor, ast.Call) and isinstance(divisor.func, ast.Name)
            and divisor.func.id == "len" and len(divisor.args) == 1 and not divisor.keywords):
        divisor = divisor.args[0]
    probe: ast.expr = divisor
    while isinstance(probe, ast.Attribute | ast.Subscript):
        if isinstance(probe, ast.Subscript) and not isinstance(probe.slice, ast.Constant):
            return None
        probe = probe.value
    return ast.unparse(divisor) if isinstance(probe, ast.Name) else None


def _enclosing_names(statement: ast.stmt, inner: ast.Dict) -> set[str]:
    """What the dict holding the field is called: the key it sits under in an outer dict,
    or the name it is assigned to."""
    names: set[str] = set()
    for node in ast.walk(statement):
        if isinstance(node, ast.Dict):
            names |= {k.value for k, v in zip(node.keys, node.values, strict=True)
                      if isinstance(k, ast.Constant) and isinstance(k.value, str)
                      and inner in list(ast.walk(v))}
        elif isinstance(node, ast.Assign) and node.value is inner:
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return names


def _field_of_division(statement: ast.stmt, lineno: int
                       ) -> tuple[str, ast.expr, str, set[str]] | None:
    """(key, value, guard, names of the dict holding it) of the innermost dict entry whose
    value divides, on the crash line."""
    found: list[tuple[str, ast.expr, str, set[str]]] = []
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
                found.append((key.value, value, guard, _enclosing_names(statement, node)))
    # The innermost entry: ``"choices": [{... "percent": x / total} ...]`` holds the
    # division too, but the field it belongs to is ``percent``.
    inner = [entry for entry in found if not any(
        other is not entry and other[1] in list(ast.walk(entry[1])) for other in found)]
    return inner[0] if len(inner) == 1 else None


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]+", text) if len(w) >= 4}


def _related(words: set[str], others: set[str]) -> bool:
    """A word of one set shares its first four letters and most of itself with one of the
    other ("voted" and "votes", "task" and "tasks")."""
    return any(a[:4] == b[:4] and abs(len(a) - len(b)) <= 2 for a in words for b in others)


def _divisor_words(function: ast.AST, divisor: str) -> set[str]:
    """Words of the divisor and of what it was assigned from in the function
    (``total = question.total_votes()``: "total", "question", "votes")."""
    names = set(re.findall(r"[A-Za-z_]\w*", divisor))
    texts = [divisor]
    for node in ast.walk(function):
        if (isinstance(node, ast.Assign) and len(node.targets) == 1
                and isinstance(node.targets[0], ast.Name) and node.targets[0].id in names):
            texts.append(ast.unparse(node.value))
    return {w for text in texts for w in _words(text.replace("_", " "))}


def _null_sentence(docstring: str, key: str, enclosing: set[str],
                   divided_by: set[str]) -> str | None:
    """The one sentence saying ``key`` is null in the empty case of what the division
    counts; None when there is none, several, or the docstring answers a related case
    otherwise."""
    named = re.compile(rf"(?<![\w-])`*{re.escape(key)}`*(?![\w-])")
    told = sentences(docstring)
    about = [s for s in told if named.search(s)]
    nulls = [s for s in about if _NULL.search(s) and _EMPTY_CASE.search(s)]
    if len(nulls) != 1 or any(_OTHER_ANSWER.search(s) for s in about):
        return None
    sentence = nulls[0]
    if _NOT_NULL.search(sentence) or not _related(_words(sentence), divided_by):
        return None
    for other in told:
        if other == sentence:
            continue
        if (named.search(other) or _related(_words(other), divided_by)) \
                and _OWN_ANSWER.search(other):
            return None
        # The object holding the field said to be null as a whole ("``stats`` ... is null").
        if _NULL.search(other) and any(re.search(rf"\b{re.escape(n)}\b", other)
                                        for n in enclosing):
            return None
    if any(re.search(rf"\b{re.escape(n)}\b", sentence.replace(key, "")) for n in enclosing):
        return None
    return sentence


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
        key, value, guard, enclosing = field
        sentence = _null_sentence(ast.get_docstring(function) or "", key, enclosing,
                                  _divisor_words(function, guard))
        if sentence is None:
            return
        old = ast.get_source_segment(crash.source, value)
        if not old:
            return
        if isinstance(value, ast.IfExp | ast.Lambda | ast.NamedExpr):
            old = f"({old})"  # its own `else` would take the new one's test
        yield Candidate(
            strategy=self.name,
            description=f"`{key}` is now null when `{guard}` is 0, instead of the whole "
                        "answer failing with ZeroDivisionError; the rest of it is unchanged.",
            edits={crash.path: replace_node(crash.source, value,
                                            f"{old} if {guard} else None")},
            originals={crash.path: crash.source}, plausibility=0.9,
            contract=f"the docstring says what `{key}` is then: \"{sentence[:160]}\"",
        )
