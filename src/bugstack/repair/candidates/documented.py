"""The crashed function's own "otherwise X" overrules candidates that refuse instead.

A docstring that says what the function gives in the other case ("behind the proxy the
first hop, otherwise the connecting peer's address") is the most specific contract there
is. A candidate that answers that case with a 404, an exception, None or by skipping the
item contradicts it, whatever a sibling function or a type says; such a candidate keeps
being probed (what it does is still worth reporting) but loses its backing, so it can no
longer be chosen as a fix.

Two more statements of the code overrule a refusal the same way:

* the function's docstring gives the empty case an outcome that is not a refusal ("When
  no warehouse holds enough, the order is drop-shipped"): an empty list there is a case
  the function handles, not a missing record;
* a sentence of the docstring speaks of the absence of the very value that was missing
  ("a code that matches no coupon is no reason to stop a sale", for a None ``coupon``)
  and refuses nothing: whatever it answers, a 404 or a None is not it;
* a regular expression refused a text that uses a syntax the documentation quotes and the
  pattern lacks (the module says ``type(scope)!: description`` and "a ``!`` marks a
  breaking change", the pattern has no ``!``, the subject was ``feat(api)!: ...``): the
  text is a documented form the pattern forgot, and leaving it out would drop it.
"""

from __future__ import annotations

import ast
import difflib
import re

from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.documented_statuses import missing_nouns
from bugstack.repair.contract_alternatives import documented_alternative
from bugstack.repair.contract_items import sentences

__all__ = ["respect_documented_alternative"]

_REFUSAL = re.compile(
    r"^\s*(raise\b|abort\(|return\s*(None)?\s*$|continue\s*$|break\s*$"
    r"|return\s+(HttpResponseNotFound|JSONResponse\(.*\b404\b|\(?.*,\s*404\)?\s*$))"
)


_EMPTY_CASE = re.compile(r"\b(?:when|if|where)\s+(?:no|none of|nothing|there (?:is|are) no)\b",
                         re.I)
_REFUSING = re.compile(r"\b(?:none(?!\s+of)|null|nothing is|empty|40\d|not found|abort\w*|rais\w*|"
                       r"errors?|skip\w*|refus\w*|reject\w*|left out|exclud\w*|ignor\w*)\b", re.I)
_QUOTED = re.compile(r"``([^`]+)``|`([^`]+)`")
_MATCHERS = ("match", "fullmatch", "search")


# Refusals in other words than ``_REFUSING``'s: "the request fails", "cannot", a status.
_FAILING = re.compile(r"\b(?:fail\w*|cannot|can't|invalid|forbidden|denied|conflict|[45]\d\d)\b",
                      re.I)


def _documented_absence(docstring: str | None, analysis: Analysis) -> str | None:
    """The docstring's sentence speaking of the absence of the very value that was missing
    ("a code that matches no coupon is no reason to stop a sale: the customer pays the list
    price", for a None ``coupon``) without refusing it: the case has an answer of its own,
    however it is worded (no "otherwise", no "when no"; ninth adversarial review)."""
    nouns = missing_nouns(analysis)
    if not nouns:
        return None
    subject = "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))
    absent = re.compile(rf"\b(?:no|without|none\s+of\s+the)\s+(?:an?\s+|the\s+|other\s+)?"
                        rf"(?:{subject})\b", re.I)
    for sentence in sentences(docstring or ""):
        if absent.search(sentence) and not _REFUSING.search(sentence) \
                and not _FAILING.search(sentence):
            return sentence
    return None


def _documented_empty_case(docstring: str | None) -> str | None:
    """The docstring's sentence giving the empty case a non-refusing outcome."""
    text = re.sub(r"\s*\n\s*", " ", docstring or "")
    for sentence in re.split(r"(?<=[.])\s+", text):
        if _EMPTY_CASE.search(sentence) and not _REFUSING.search(sentence):
            return sentence.strip()
    return None


_TEXT_METHODS = ("strip", "lstrip", "rstrip", "lower", "upper", "casefold")


def _text_matched(argument: ast.expr, values: dict[str, str]) -> str | None:
    """The captured text a pattern was given: a name, or a name's ``.strip()`` and the
    like, as the frame captured it."""
    methods = []
    while isinstance(argument, ast.Call) and isinstance(argument.func, ast.Attribute) \
            and argument.func.attr in _TEXT_METHODS and not argument.args \
            and not argument.keywords:
        methods.append(argument.func.attr)
        argument = argument.func.value
    if not isinstance(argument, ast.Name):
        return None
    try:
        text = ast.literal_eval(values.get(argument.id) or "")
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None
    if not isinstance(text, str):
        return None
    for method in reversed(methods):
        text = str(getattr(text, method)())
    return text


def _documented_syntax(analysis: Analysis) -> str | None:
    """A character the documentation quotes as syntax that a refused text uses and the
    pattern refusing it lacks, said as the reason; None when there is none."""
    function, tree = analysis.function, analysis.tree
    if function is None or tree is None or "'NoneType' object has no attribute" \
            not in analysis.message:
        return None
    patterns = {n.targets[0].id: n.value.args[0].value for n in tree.body
                if isinstance(n, ast.Assign) and len(n.targets) == 1
                and isinstance(n.targets[0], ast.Name) and isinstance(n.value, ast.Call)
                and ast.unparse(n.value.func) in ("re.compile", "compile") and n.value.args
                and isinstance(n.value.args[0], ast.Constant)
                and isinstance(n.value.args[0].value, str)}
    quoted = [a or b for text in (ast.get_docstring(function), ast.get_docstring(tree))
              for a, b in _QUOTED.findall(text or "")]
    for call in ast.walk(function):
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
                and call.func.attr in _MATCHERS and isinstance(call.func.value, ast.Name)
                and call.func.value.id in patterns and len(call.args) == 1):
            continue
        text = _text_matched(call.args[0], analysis.values)
        pattern = patterns[call.func.value.id]
        if text is None:
            continue
        for token in quoted:
            for char in sorted({c for c in token if not c.isalnum() and not c.isspace()}):
                if char in text and char not in pattern:
                    return (f"`{text[:60]}` uses `{char}`, which the documentation writes "
                            f"(``{token[:60]}``) and the pattern lacks")
    return None


def respect_documented_alternative(candidates: list[Candidate],
                                   analysis: Analysis) -> list[Candidate]:
    """``candidates`` with the refusals the crashed function's docstring rules out unbacked."""
    if analysis.function is None or analysis.crash is None:
        return candidates
    docstring = ast.get_docstring(analysis.function)
    alternative = documented_alternative(docstring) or _documented_empty_case(docstring) \
        or _documented_absence(docstring, analysis) or _documented_syntax(analysis)
    if alternative is None:
        return candidates
    path = analysis.crash.path
    kept: list[Candidate] = []
    for candidate in candidates:
        if path in candidate.edits and _refuses(candidate.originals.get(path, ""),
                                                candidate.edits[path]):
            candidate = candidate.unbacked(
                f"(This contradicts the documentation: \"{alternative[:100]}\")")
        kept.append(candidate)
    return kept


def _refuses(before: str, after: str) -> bool:
    """Whether the edit adds a statement that gives up instead of giving a value."""
    added = (line[1:] for line in difflib.unified_diff(
        before.splitlines(), after.splitlines(), lineterm="", n=0)
        if line.startswith("+") and not line.startswith("+++"))
    return any(_REFUSAL.search(line) for line in added)
