"""A missing or empty case the crashed function's docstring says raises: only a fix that
raises it keeps its backing.

"An empty batch here raises EmptyBatch, because the alerting relies on it" decides the
case as firmly as any "otherwise X": answering it with 0.0 (a guide's empty average), None
or a skip would silence exactly what the documentation promises to raise. Such candidates
are still probed and reported, but lose their backing, so none is chosen as the fix.

Applies when a sentence of the function's docstring says it raises an exception the
module can raise (a built-in one or a class the module defines), actively ("raises X") or
passively ("X is raised for ..."), and speaks of a case with nothing in it ("empty",
"no", "without", "nothing", "zero", "missing").
"""

from __future__ import annotations

import ast
import re

from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.contract import exception_in_module
from bugstack.repair.contract_items import sentences

__all__ = ["respect_documented_raise"]

_RAISES = re.compile(r"\brais(?:e|es|ed|ing)\s+(?:an?\s+|the\s+)?`*(\w+)`*")
# The passive says the same: "EmptyBatch is raised for a batch with no readings" (the
# active pattern would read the exception as `for`; ninth adversarial review).
_RAISED = re.compile(r"`*\b(\w+)`*\s+(?:is|are|gets|will\s+be|is\s+then)\s+raised\b")
_ABSENCE = re.compile(r"\b(?:empty|no|without|nothing|nobody|zero|missing|none of)\b", re.I)


def documented_raise(analysis: Analysis) -> str | None:
    """The exception the docstring says the function raises for an empty case."""
    if analysis.function is None or analysis.tree is None:
        return None
    for sentence in sentences(ast.get_docstring(analysis.function) or ""):
        if not _ABSENCE.search(sentence):
            continue
        for match in (*_RAISES.finditer(sentence), *_RAISED.finditer(sentence)):
            if exception_in_module(match.group(1), analysis.tree):
                return match.group(1)
    return None


def respect_documented_raise(candidates: list[Candidate],
                             analysis: Analysis) -> list[Candidate]:
    raised = documented_raise(analysis)
    if raised is None:
        return candidates
    pattern = re.compile(rf"^\+\s*raise\s+{re.escape(raised)}\b", re.M)
    return [c if pattern.search(c.diff()) or c.contract is None else c.unbacked()
            for c in candidates]
