"""What a yes/no function's docstring answers for the case with nothing there yet.

``Tool.is_available`` crashes on ``self.latest_loan().returned_on`` for a tool never
lent, and its docstring has already answered that case in its own words::

    def is_available(self) -> bool:
        \"\"\"Whether a member can borrow the tool now: yes unless its latest loan is still
        out. A tool nobody has borrowed yet is on the shelf, so it is available.\"\"\"

A sentence that speaks of an absence ("nobody has borrowed yet", "never", "without any")
and says the subject *is available* answers the function's own question, ``is_available``,
with True; "is not available" (or "unavailable") with False. ``-> bool`` alone says only
False, the guess that would make every new tool unborrowable.

Read only for a crash on None that came from an accessor of the latest, last or first of
something (``latest_loan()``, ``last_visit``): its None means nothing of the kind has
happened yet, which is the case such a sentence speaks of. A room's opening hours, an
unpaid membership or a due date are None for other reasons, and the twentieth review
beat the first version with each of them. Only for a function named ``is_<word>`` and
annotated ``-> bool``, and only when the sentences that speak of an absence agree.
"""

from __future__ import annotations

import ast
import re

from bugstack.repair.contract import Evidence
from bugstack.repair.contract_items import sentences

__all__ = ["predicate_answer"]

_ABSENCE = re.compile(r"\b(?:nobody|no\s+one|never|not\s+yet|without|none|yet|no\s+\w+)\b",
                      re.I)
#: Accessors whose None means nothing of the kind has happened yet.
_HISTORY = re.compile(r"(?:^|_)(?:latest|last|recent|most_recent|previous|newest|first)(?:_|\b|\()",
                      re.I)


def predicate_answer(function: ast.FunctionDef | ast.AsyncFunctionDef,
                     exc_type: str, message: str, culprit: str | None) -> Evidence | None:
    """True or False for the crash's absent case, as the docstring words it; None when
    it does not, or says both."""
    if exc_type not in ("AttributeError", "TypeError") or "NoneType" not in message:
        return None
    if culprit is None or not _HISTORY.search(culprit.rsplit(".", 1)[-1]):
        # Only a None that means "nothing of the kind yet" (``self.latest_loan()``) is the
        # case such a sentence speaks of; a room's opening hours, a member's unpaid
        # membership or a loan's due date are None for other reasons (review 20).
        return None
    if not (isinstance(function.returns, ast.Name) and function.returns.id == "bool"):
        return None
    named = re.fullmatch(r"is_([a-z]+(?:_[a-z]+)?)", function.name)
    if named is None:
        return None
    word = re.escape(named.group(1)).replace("_", r"\s+")
    positive = re.compile(rf"\b(?:is|are|counts?\s+as|stays?|remains?)\s+(?:still\s+|"
                          rf"always\s+)?{word}\b", re.I)
    negative = re.compile(rf"\b(?:is|are|counts?\s+as|stays?|remains?)\s+(?:not|never|no\s+"
                          rf"longer)\s+{word}\b|\b(?:isn't|aren't)\s+{word}\b|\bun{word}\b",
                          re.I)
    answers: dict[str, str] = {}
    for sentence in sentences(ast.get_docstring(function) or ""):
        if not _ABSENCE.search(sentence):
            continue
        said_yes, said_no = positive.search(sentence), negative.search(sentence)
        if said_yes and not said_no:
            answers.setdefault("True", sentence)
        elif said_no and not said_yes:
            answers.setdefault("False", sentence)
    if len(answers) != 1:
        return None
    value, sentence = next(iter(answers.items()))
    return Evidence(value, f'the docstring of `{function.name}` answers the case: '
                           f'"{sentence[:160]}"')
