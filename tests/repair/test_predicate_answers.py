"""A yes/no function's docstring answering the case with nothing there yet: "a tool
nobody has borrowed yet ... is available" is True for ``is_available``; silence, both
answers, another predicate or another kind of crash give nothing."""

from __future__ import annotations

import ast

import pytest

from bugstack.repair.predicate_answers import predicate_answer

NONE_READ = "'NoneType' object has no attribute 'returned_on'"


def _answer(doc: str, name: str = "is_available", returns: str = "bool",
            exc_type: str = "AttributeError", message: str = NONE_READ,
            culprit: str = "self.latest_loan()") -> str | None:
    source = f'def {name}(self) -> {returns}:\n    """{doc}"""\n    return True\n'
    function = ast.parse(source).body[0]
    assert isinstance(function, ast.FunctionDef)
    found = predicate_answer(function, exc_type, message, culprit)
    return found.source if found is not None else None


def test_a_sentence_on_the_empty_case_answers_the_function_s_own_question() -> None:
    doc = ("Whether a member can borrow the tool now: yes unless its latest loan is still "
           "out. A tool nobody has borrowed yet is on the shelf, so it is available.")
    assert _answer(doc) == "True"


@pytest.mark.parametrize("doc", [
    "A tool never lent is not available until it is checked.",
    "A new tool, with no loans on its record, is not available before its safety check.",
    "A tool without a safety check yet is unavailable.",
])
def test_a_negative_sentence_answers_false(doc: str) -> None:
    assert _answer(doc) == "False"


@pytest.mark.parametrize(("doc", "changes"), [
    # Silent on the empty case.
    ("Whether the tool is available now.", {}),
    # Both answers: the docstring does not decide.
    ("A tool nobody has borrowed yet is available. A tool never checked is not available.",
     {}),
    # Another predicate than the function's own.
    ("A tool nobody has borrowed yet is available.", {"name": "is_overdue"}),
    # Not a yes/no function.
    ("A tool nobody has borrowed yet is available.", {"returns": "str"}),
    # Not a crash on None.
    ("A tool nobody has borrowed yet is available.",
     {"exc_type": "KeyError", "message": "'tool'"}),
    # A None that is no absence of history: a room closed for refurbishment.
    ("A room nobody has booked yet is available.", {"culprit": "self.opening_hours"}),
])
def test_nothing_else_answers(doc: str, changes: dict[str, str]) -> None:
    assert _answer(doc, **changes) is None
