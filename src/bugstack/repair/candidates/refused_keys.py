"""A missing key the module's documentation refuses: only a fix that raises keeps its
backing.

"An order without a user cannot be billed to anyone: it must raise", or "Documents
without ``schema_version`` are rejected": the code has decided the missing key's case, and
it is not a default. Reading the key with ``.get()`` (an error guide's recipe for optional
fields) or falling back to a constant would accept exactly what the documentation refuses.
Such candidates are still probed and reported, but lose their backing, so none is chosen.

The sentence must be in the crashed function's docstring, the module's docstring or a
comment of the module, speak of the key being absent ("without ``user``", "no
``schema_version``", "missing"), and refuse it in strong words (rejected, refused, raises,
an error, invalid, cannot); "never sent for free items" is no refusal.
"""

from __future__ import annotations

import ast
import re

from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.contract_items import sentences

__all__ = ["refused_key_sentence", "respect_refused_key"]

_STRONG_REFUSAL = re.compile(r"\b(?:refus\w*|reject\w*|rais\w*|errors?|invalid|malformed"
                             r"|cannot|can't|must\s+not)\b", re.I)
_COMMENT_BLOCK = re.compile(r"(?:^[ \t]*#.*\n?)+", re.M)


def refused_key_sentence(analysis: Analysis) -> str | None:
    """The sentence of the module's documentation refusing the missing key's absence."""
    if not analysis.exc_type.endswith("KeyError") or analysis.crash is None:
        return None
    try:
        key = ast.literal_eval(analysis.message)
    except (ValueError, SyntaxError):
        return None
    words = [w for w in re.split(r"[^a-z0-9]+", str(key).lower()) if len(w) > 1]
    if not words:
        return None
    subject = r"[`'\"]{0,2}" + r"[\s_-]*".join(map(re.escape, words)) + r"[`'\"]{0,2}"
    absent = re.compile(rf"\b(?:without|no|missing|lacks?|lacking)\s+(?:an?\s+|the\s+)?"
                        rf"{subject}\b|\b{subject}\s+(?:is\s+)?(?:missing|absent)\b", re.I)
    texts = [ast.get_docstring(analysis.function) if analysis.function else None,
             ast.get_docstring(analysis.tree) if analysis.tree else None]
    texts += [re.sub(r"^[ \t]*#:?[ \t]?", "", block.group(0), flags=re.M)
              for block in _COMMENT_BLOCK.finditer(analysis.crash.source)]
    for text in texts:
        for sentence in sentences(text or ""):
            if absent.search(sentence) and _STRONG_REFUSAL.search(sentence):
                return sentence
    return None


def respect_refused_key(candidates: list[Candidate], analysis: Analysis) -> list[Candidate]:
    if refused_key_sentence(analysis) is None:
        return candidates
    raising = re.compile(r"^\+\s*raise\b", re.M)
    return [c if raising.search(c.diff()) or c.contract is None else c.unbacked()
            for c in candidates]
