"""The crashed function's own "otherwise X" overrules candidates that refuse instead.

A docstring that says what the function gives in the other case ("behind the proxy the
first hop, otherwise the connecting peer's address") is the most specific contract there
is. A candidate that answers that case with a 404, an exception, None or by skipping the
item contradicts it, whatever a sibling function or a type says; such a candidate keeps
being probed (what it does is still worth reporting) but loses its backing, so it can no
longer be chosen as a fix.
"""

from __future__ import annotations

import ast
import dataclasses
import difflib
import re

from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.contract import documented_alternative

__all__ = ["respect_documented_alternative"]

_REFUSAL = re.compile(
    r"^\s*(raise\b|abort\(|return\s*(None)?\s*$|continue\s*$|break\s*$"
    r"|return\s+(HttpResponseNotFound|JSONResponse\(.*\b404\b|\(?.*,\s*404\)?\s*$))"
)
#: What an unbacked guess scores: below every backed candidate.
_GUESS = 0.3


def respect_documented_alternative(candidates: list[Candidate],
                                   analysis: Analysis) -> list[Candidate]:
    """``candidates`` with the refusals the crashed function's docstring rules out unbacked."""
    if analysis.function is None or analysis.crash is None:
        return candidates
    alternative = documented_alternative(ast.get_docstring(analysis.function))
    if alternative is None:
        return candidates
    path = analysis.crash.path
    kept: list[Candidate] = []
    for candidate in candidates:
        if path in candidate.edits and _refuses(candidate.originals.get(path, ""),
                                                candidate.edits[path]):
            candidate = dataclasses.replace(
                candidate, contract=None,
                plausibility=min(candidate.plausibility, _GUESS),
                description=f"{candidate.description} (This contradicts the docstring: "
                            f"\"{alternative[:100]}\")",
            )
        kept.append(candidate)
    return kept


def _refuses(before: str, after: str) -> bool:
    """Whether the edit adds a statement that gives up instead of giving a value."""
    added = (line[1:] for line in difflib.unified_diff(
        before.splitlines(), after.splitlines(), lineterm="", n=0)
        if line.startswith("+") and not line.startswith("+++"))
    return any(_REFUSAL.search(line) for line in added)
