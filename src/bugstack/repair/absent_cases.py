"""The sentences that speak of the absent case a crash is about, and what they answer.

A documented default is read from one sentence. The crashing function's docstring may
hold another that speaks of the very case the crash is, a row *without a quantity*, a
day *without visits*, a plan *without a limit*, and answers it otherwise: "the import
stops there", "the dashboard leaves it blank (None)", "never capped". That sentence is
the function's word on the case; a value read anywhere else (another sentence about a
confirmed count or about nobody ordering, a comment on the partner API, a sibling's
``.get("limit", 50)``) yields to it. The ninth adversarial review (2026-11-27) made
four wrong fixes this way.

The subject of a crash is what is absent: the missing key, the divisor that is 0, the
name that is None. Only sentences naming its absence count, so a docstring speaking of
other things leaves the reading as it was.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable

from bugstack.repair.contract import Evidence, documented_default

__all__ = ["absence_sentences", "answer_for", "answered_elsewhere", "crash_subjects",
           "other_answer"]

# "without a quantity", "no credit limit set", "a day without visits", "missing ``sku``".
_ABSENT_BEFORE = (r"\b(?:without|no(?!\s+(?:longer|matter|more)\b)|lacks?|lacking|missing"
                  r"|absent|unset|empty|blank)\s+(?:[\w'\u2019]+\s+){0,2}?")
# "``quantity`` is missing", "the limit is not set", "visits are none".
_ABSENT_AFTER = (r"(?:\s+(?:is|are|was|were))?\s+(?:not\s+(?:set|given|sent|stated|there)"
                 r"|missing|absent|unset|omitted|left\s+out|empty|none|null)\b")


def _written(name: str) -> str | None:
    """A pattern for ``name`` as prose writes it: ``credit_limit`` as "credit_limit" or
    "credit limit", quoted as code or not, singular or plural."""
    parts = [re.escape(part) for part in re.split(r"_+", name.strip("_")) if part]
    if not parts or not re.search(r"[A-Za-z]", name):
        return None
    last = parts[-1]
    forms = {last, last + "s", last + "es"}
    if last.endswith("y"):
        forms.add(last[:-1] + "ies")
    if last.endswith("s"):
        forms.add(last[:-1])
    head = "".join(part + r"[\s_]" for part in parts[:-1])
    alternatives = "|".join(sorted(forms, key=len, reverse=True))
    return rf"[`'\"]*{head}(?:{alternatives})(?!\w)[`'\"]*"


def _sentences(text: str) -> list[str]:
    """Whole sentences, wrapped lines joined: a clause after ";" stays with the case it
    answers ("a day without visits ...; the dashboard leaves it blank (None)")."""
    text = re.sub(r"(?<=\S)[ \t]*\n[ \t]*(?=[^\s*\-])", " ", text)
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n\s*\n", text) if s.strip()]


def absence_sentences(text: str | None, names: Iterable[str]) -> list[str]:
    """The sentences of ``text`` that speak of one of ``names`` being absent."""
    written = [w for w in (_written(name) for name in names) if w is not None]
    if not text or not written:
        return []
    patterns = [re.compile(rf"{_ABSENT_BEFORE}{w}|(?<!\w){w}{_ABSENT_AFTER}", re.I)
                for w in written]
    return [s for s in _sentences(text) if any(p.search(s) for p in patterns)]


def _conditioned_on(sentence: str, subjects: Iterable[str]) -> bool:
    """Whether the case a sentence puts its value under names a subject: "None when the
    user is not logged in" is about ``user``; "0 if nobody ordered" is not about
    ``visits``."""
    condition = re.search(r"\b(?:when|if|for|unless|without)\b(.*)", sentence, re.I | re.S)
    written = [w for w in (_written(name) for name in subjects) if w is not None]
    return condition is not None and any(
        re.search(rf"(?<!\w){w}", condition.group(1), re.I) for w in written)


def _first_documented(text: str | None) -> tuple[Evidence | None, str]:
    for sentence in _sentences(text or ""):
        found = documented_default(sentence)
        if found is not None:
            return found, sentence
    return None, ""


def _yields(sentence: str, text: str | None, subjects: Iterable[str]) -> list[str]:
    """The sentences of ``text`` on the subjects' absence, when ``sentence`` (one of
    ``text``) is not itself about that case: then they, not it, answer the crash."""
    subjects = list(subjects)
    on_case = absence_sentences(text, subjects)
    if sentence in on_case or _conditioned_on(sentence, subjects):
        return []
    return on_case


def answer_for(text: str | None, subjects: Iterable[str]) -> Evidence | None:
    """What ``text`` documents as the answer for the case the crash is.

    The first documented value, unless its sentence is about some other case while other
    sentences speak of the subjects' absence: then only what those say counts ("0 if
    nobody ordered" is no answer for a day without visits, which the next sentence leaves
    blank), and nothing when they say it in words no value can be read from.
    """
    found, sentence = _first_documented(text)
    if found is None:
        return None
    on_case = _yields(sentence, text, subjects)
    if not on_case:
        return found
    return next((said for said in map(documented_default, on_case) if said is not None), None)


def answered_elsewhere(quoted: str, text: str | None, subjects: Iterable[str]) -> str | None:
    """The sentence of ``text`` on the crash's absent case that answers it otherwise than
    ``quoted``, a sentence of ``text`` a candidate's contract cites but which is about
    another case; None when ``quoted`` is not from ``text`` or nothing contradicts it."""
    quoted = " ".join(quoted.split()).rstrip(".")
    sentence = next((s for s in _sentences(text or "") if quoted and quoted in " ".join(
        s.split())), None)
    if sentence is None:
        return None
    subjects = list(subjects)
    value = _read(sentence, subjects)
    for other in _yields(sentence, text, subjects):
        if value is None or not _gives(other, value.source, subjects):
            return other
    return None


def other_answer(text: str | None, key: str, value: str) -> str | None:
    """A sentence of ``text`` on ``key``'s absence that does not give ``value``, by
    pattern or by writing it ("a row without a quantity ... the import stops there"
    against a default of 0): the case has another answer there."""
    return next((sentence for sentence in absence_sentences(text, [key])
                 if not _gives(sentence, value, [key])), None)


def _read(sentence: str, subjects: Iterable[str]) -> Evidence | None:
    """The value ``sentence`` documents, for what is returned or for a subject."""
    return documented_default(sentence) or next(
        (found for found in (documented_default(sentence, about=s) for s in subjects)
         if found is not None), None)


def _gives(sentence: str, value: str, subjects: Iterable[str]) -> bool:
    """Whether ``sentence`` gives ``value``: by a documented-default pattern, or, when no
    pattern reads one, by writing it ("rows without a quantity use DEFAULT_QUANTITY")."""
    said = _read(sentence, subjects)
    if said is not None:
        return said.source == value
    return re.search(rf"(?<![\w.]){re.escape(value)}(?![\w])", sentence) is not None


def crash_subjects(exc_type: str, message: str, statement: ast.stmt | None,
                   culprit: str | None) -> set[str]:
    """The names whose absence the crash is: the missing key of a KeyError, the divisor
    of a ZeroDivisionError, the last name of the expression that is None."""
    subjects: set[str] = set()
    if exc_type.endswith("KeyError"):
        try:
            key = ast.literal_eval(message)
        except (ValueError, SyntaxError):
            key = None
        if isinstance(key, str):
            subjects.add(key)
    if exc_type.endswith("ZeroDivisionError") and statement is not None:
        for node in ast.walk(statement):
            if isinstance(node, ast.BinOp) and isinstance(node.op,
                                                          ast.Div | ast.FloorDiv | ast.Mod):
                subjects |= {n.id for n in ast.walk(node.right) if isinstance(n, ast.Name)}
                subjects |= {n.attr for n in ast.walk(node.right)
                             if isinstance(n, ast.Attribute)}
        subjects.discard("len")
    if culprit:
        names = re.findall(r"[A-Za-z_]\w*", culprit)
        if names:
            subjects.add(names[-1])
    return subjects
