"""A fix borrowed from other code gives way where the crashing function says more.

Some templates take their backing from what other code does: a sibling that reads the
same field through a helper (``id_of(customer)``, ``parse_amount(...)``), compares the same
attribute through a converter (``shop_day(...)``), writes the same key as ``float(...)``
or falls back the same way (``or DEFAULT_CARRIER``, ``.get("limit", 50)``), a module that
answers bad input with a 400 or looks records up with ``get_object_or_404``, or a field
whose documentation gives an empty aggregate's answer. Such an analogy is sound while the
crashing function is silent or sums itself up in a line. Where its docstring goes further
(a second sentence, or an elaboration after a colon: "a payout counts on the day the bank
books it, not on the shop's day"; "a payload we cannot read is acknowledged (200) all the
same"; "``total`` is a JSON number, never a string"), it documents how this function
differs, in words the analogy never read: the candidate keeps its place but loses its
backing, so it can end only ``unverified``. The seventh and eighth adversarial reviews of
2026-11-26 made 12 wrong fixes in 14 traps and 15 in 15 this way. A summary alone says
more too when it speaks of the crash's own absent case ("..., a plan without a limit
being one that is never capped"): the ninth review wrote it as one sentence.

A value the crashing function documents itself is read from one sentence, which may be
about another case ("0 if nobody ordered"); where another of its sentences speaks of the
crash's own absent case ("a day without visits ... (None)") and answers it otherwise, the
candidate following the first loses its backing.

A fallback the crashing function documents itself ("a name the tz database does not
know falls back to SHOP_TIMEZONE") is its own words, but one sentence of several: where
another sentence gives the case another answer ("a feed with an unknown encoding is
turned away") or names a module value the function never reads (``WINDOWS_ZONES``), the
fallback sentence speaks of some other case.

An error guide's recipe is borrowed too, but a guide is written for the error, and a
function documenting more often agrees with it (a redirect "303 to the new invoice").
There the backing goes only where the function's words refuse what the fix gives: "never
a 404" against ``get_object_or_404``.
"""

from __future__ import annotations

import ast
import re

from bugstack.repair.absent_cases import absence_sentences, answered_elsewhere, crash_subjects
from bugstack.repair.analyse import Analysis, FunctionNode
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.contract_items import sentences
from bugstack.repair.unread_names import module_names, unread_names

__all__ = ["beyond_a_summary", "refused_answer", "respect_the_functions_own_words"]

#: Strategies whose backing is what other code does, not what this code says.
BORROWED = frozenset({"analogous-handling", "analogous-dict-value", "framework-convention",
                      "empty-aggregate", "sibling-helper", "sibling-or-fallback",
                      "sibling-field-fallback"})
# missing-key's `.get()` default copied from another read of the module is borrowed too,
# and so is a default another function's comment documents ("in `quote_total`: ...").
_BORROWED_CONTRACT = re.compile(r"^elsewhere the module (?:reads|documents)")
# A sentence beside a documented fallback that gives the case another answer.
_OTHER_ANSWER = re.compile(r"\b(?:refus\w*|reject\w*|turned\s+away|stops?|must\s+not|rather"
                           r"\s+than|never|instead|translat\w*)\b", re.I)

# What comes right after never / not / no: "never a 404", "not `default=str`".
# Only a status code or a name written as code counts: "drafts may have no tags" speaks
# of an absence, it refuses nothing.
_REFUSED = re.compile(r"\b(?:never|not|no)\s+(?:an?\s+|the\s+)?"
                      r"(?:([1-5]\d\d)\b|`+(\w+(?:\.\w+)*)`)", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z`\"'(*])")
# An elaboration: a colon followed by a clause of at least eight words (not ":func:`x`",
# not a label such as "Form field: limit, the monthly budget in euros.").
_ELABORATION = re.compile(r":\s+(\S+(?:\s+\S+){7,})")


def beyond_a_summary(docstring: str) -> str | None:
    """What a docstring says past its one-line summary, or None when it says no more."""
    text = " ".join(docstring.split())
    parts = _SENTENCE_END.split(text)
    if len(parts) > 1:
        return parts[1]
    elaboration = _ELABORATION.search(text)
    return elaboration.group(1) if elaboration else None


def refused_answer(candidate: Candidate, docstring: str) -> str | None:
    """The docstring's sentence refusing what the candidate adds ("never a 404" for an
    added ``get_object_or_404``): a status or a name of the new lines right after
    never / not / no."""
    added = "\n".join(line[1:] for line in candidate.diff().splitlines()
                      if line.startswith("+") and not line.startswith("+++"))
    tokens = set(re.findall(r"(?<!\d)[1-5]\d\d(?!\d)", added)) | set(
        re.findall(r"[A-Za-z_]\w{2,}", added))
    for sentence in sentences(docstring):
        for status, name in _REFUSED.findall(sentence):
            if (status or name) in tokens:
                return sentence
    return None


def _on_the_case(docstring: str, analysis: Analysis) -> str | None:
    """The docstring's sentence, its summary included, on the crash's own absent case: "a
    plan without a limit being one that is never capped" is one sentence, yet it says
    more than any sibling's ``.get("limit", 50)`` knows about this function."""
    subjects = crash_subjects(analysis.exc_type, analysis.message, analysis.statement,
                              analysis.culprit)
    return next(iter(absence_sentences(docstring, subjects)), None)


def _case_answered_otherwise(contract: str, docstring: str, analysis: Analysis) -> str | None:
    """A contract citing a sentence of the docstring about another case ("0 if nobody
    ordered") yields to the docstring's sentence on the crash's own absent case ("a day
    without visits ... leaves it blank (None)") when that one answers otherwise."""
    quoted = re.search(r'"([^"]{12,})', contract)
    if quoted is None:
        return None
    subjects = crash_subjects(analysis.exc_type, analysis.message, analysis.statement,
                              analysis.culprit)
    return answered_elsewhere(quoted.group(1), docstring, subjects)


def _answer_beside(contract: str, docstring: str, function: FunctionNode,
                   analysis: Analysis) -> str | None:
    """Another sentence of the docstring than the fallback's own that gives the case
    another answer ("a feed with an unknown encoding is turned away"), or names a module
    value the function never reads ("``WINDOWS_ZONES`` translates Windows names")."""
    defined = module_names(analysis.tree) if analysis.tree is not None else set()
    for sentence in sentences(docstring):
        if sentence.rstrip(".") in contract:
            continue
        if _OTHER_ANSWER.search(sentence) or unread_names(sentence, function, defined):
            return sentence
    return None


def respect_the_functions_own_words(candidates: list[Candidate],
                                    analysis: Analysis) -> list[Candidate]:
    """Borrowed backings yield where the crashing function documents more than a line,
    and a guide's where the function refuses its answer."""
    function = analysis.function
    docstring = ast.get_docstring(function) or "" if function is not None else ""
    if function is None or not docstring:
        return candidates
    said = beyond_a_summary(docstring) or _on_the_case(docstring, analysis)
    kept: list[Candidate] = []
    for candidate in candidates:
        # The crashing function's own return value, documented in its own docstring, is
        # its own word, not an analogy (review 19: "None when the queue is empty").
        own = bool(candidate.contract and candidate.contract.startswith(
            f"the return value of `{function.name}`"))
        borrowed = (candidate.strategy in BORROWED and not own) or bool(
            candidate.strategy == "missing-key" and candidate.contract
            and _BORROWED_CONTRACT.search(candidate.contract))
        if candidate.contract and candidate.strategy == "unknown-value-fallback":
            beside = _answer_beside(candidate.contract, docstring, function, analysis)
            if beside:
                candidate = candidate.unbacked(
                    f"(Beside the fallback, `{function.name}` says: \"{beside[:160]}\")")
        elif candidate.contract and (otherwise := _case_answered_otherwise(
                candidate.contract, docstring, analysis)):
            candidate = candidate.unbacked(
                f"(The sentence it follows is about another case; on this one "
                f"`{function.name}` says: \"{otherwise[:160]}\")")
        elif candidate.contract and borrowed and said:
            candidate = candidate.unbacked(
                f"(Backed by other code's handling ({candidate.contract}), while "
                f"`{function.name}` documents its own: \"{said[:160]}\")")
        elif candidate.contract and candidate.strategy.startswith("guide:"):
            refused = refused_answer(candidate, docstring)
            if refused:
                candidate = candidate.unbacked(
                    f"(The guide's answer is refused by `{function.name}`: \"{refused[:160]}\")")
        kept.append(candidate)
    return kept
