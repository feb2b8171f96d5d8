"""The first (or last) item of an empty sequence unpacked into names the docstring says
are null while there is nothing.

``winner, top_score = ranking[0]`` raises IndexError for a quiz nobody has finished. When
the function's docstring says of every one of those names that it is null (or None)
then ("``top_score`` and ``winner`` are null while nobody has finished"), the unpacking
gives each of them None for an empty sequence::

    winner, top_score = ranking[0] if ranking else (None, None)

and everything else the function computes (a count of players, say) is left to run.

Nothing is proposed when one of the names is not in such a sentence, when the sentence
says "never null" or "not None", or when the sequence is not a plain name (it would be
evaluated twice).
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

__all__ = ["EmptyUnpackingToNone"]

_NULL = re.compile(r"\b(?:null|None)\b")
_NEVER_NULL = re.compile(r"\b(?:never|not|non|cannot|can't|must\s+not|no\s+longer)\b"
                         r"|\b(?:raises?|bug|error)\b", re.I)
# The sentence must be about there being nothing yet, not about some other None (a row's
# unscored score): adversarial review.
_EMPTY = re.compile(r"\b(?:empty|nobody|no\s+one|nothing|none\s+yet|not\s+yet|no\s+\w+\s+yet"
                    r"|before\s+(?:any|the\s+first)|until\s+the\s+first|without\s+any)\b", re.I)


def _names_null_together(docstring: str, names: list[str]) -> str | None:
    """The docstring sentence saying every one of ``names`` is null, if there is one."""
    for sentence in sentences(docstring):
        if not _NULL.search(sentence) or _NEVER_NULL.search(sentence) \
                or not _EMPTY.search(sentence):
            continue
        words = set(re.findall(r"[A-Za-z_]\w*", sentence))
        if all(name in words for name in names):
            return sentence
    return None


class EmptyUnpackingToNone:
    name = "empty-unpacking"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function = analysis.crash, analysis.statement, analysis.function
        if not analysis.exc_type.endswith("IndexError") or crash is None \
                or function is None or not isinstance(statement, ast.Assign):
            return
        target, value = statement.targets[0], statement.value
        if len(statement.targets) != 1 or not isinstance(target, ast.Tuple) \
                or not isinstance(value, ast.Subscript) or not isinstance(value.value, ast.Name) \
                or not (isinstance(value.slice, ast.Constant) and value.slice.value in (0, -1)):
            return
        names = [t.id for t in target.elts if isinstance(t, ast.Name)]
        if len(names) != len(target.elts):
            return
        sentence = _names_null_together(ast.get_docstring(function) or "", names)
        if sentence is None:
            return
        sequence, text = value.value.id, ast.get_source_segment(crash.source, value)
        nones = "(" + ", ".join("None" for _ in names) + ")"
        yield Candidate(
            strategy=self.name,
            description=f"When `{sequence}` is empty, {', '.join(f'`{n}`' for n in names)} "
                        f"are now None instead of `{text}` raising IndexError.",
            edits={crash.path: replace_node(crash.source, value,
                                            f"{text} if {sequence} else {nones}")},
            originals={crash.path: crash.source},
            plausibility=0.8, contract=f'the docstring says: "{sentence[:200]}"',
        )
