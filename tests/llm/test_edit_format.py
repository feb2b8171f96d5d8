"""The answer format: what parses, what is rejected and why, and cited contracts."""

from __future__ import annotations

import textwrap

import pytest

from bugstack.llm import AnswerRejected, apply_answer, cited_contract, parse_answer

SOURCE = textwrap.dedent('''
    def greeting(name: str) -> str:
        """The greeting shown on the dashboard, such as "Hello, Ada!"."""
        # A blank name greets nobody in particular.
        return f"Hello, {name.capitalise()}!"


    def farewell(name: str) -> str:
        return f"Bye, {name}"
''').lstrip()
FILES = {"shop/greet.py": SOURCE, "tests/test_greet.py": "def test_x():\n    assert 1\n"}

GOOD = '''\
SUMMARY: call str.capitalize, the method that exists
CONTRACT: shop/greet.py: "such as "Hello, Ada!""
FILE: shop/greet.py
<<<<<<< SEARCH
    return f"Hello, {name.capitalise()}!"
=======
    return f"Hello, {name.capitalize()}!"
>>>>>>> REPLACE
'''


def _apply(answer: str) -> dict[str, str]:
    return apply_answer(parse_answer(answer), FILES.get)[0]


def test_a_good_answer_becomes_the_whole_new_file() -> None:
    edits = _apply(GOOD)
    assert list(edits) == ["shop/greet.py"]
    assert edits["shop/greet.py"] == SOURCE.replace("capitalise", "capitalize")


def test_fences_and_blank_lines_around_blocks_are_allowed() -> None:
    edits = _apply("```\n\n" + GOOD + "\n```\n")
    assert "capitalize()" in edits["shop/greet.py"]


def test_trailing_spaces_the_model_dropped_still_match_one_place() -> None:
    source = SOURCE.replace('capitalise()}!"\n', 'capitalise()}!"   \n')
    answer = parse_answer(GOOD)
    edits, originals = apply_answer(answer, {"shop/greet.py": source}.get)
    assert originals["shop/greet.py"] == source
    assert 'capitalize()}!"\n' in edits["shop/greet.py"]


def test_no_fix_is_an_answer_not_an_error() -> None:
    assert parse_answer("NO FIX: the cause is outside the code shown").no_fix == \
        "the cause is outside the code shown"


@pytest.mark.parametrize(("answer", "reason"), [
    ("Sure! Here is the fix:\n" + GOOD, "line 1: text outside the format"),
    (GOOD.replace("SUMMARY: call str.capitalize, the method that exists\n", ""),
     "no SUMMARY line"),
    ("SUMMARY: nothing\n", "no SEARCH/REPLACE block"),
    (GOOD.replace(">>>>>>> REPLACE\n", ""), "never reaches '>>>>>>> REPLACE'"),
    (GOOD.replace("=======\n", ""), "'>>>>>>> REPLACE' where '=======' was expected"),
    (GOOD.replace("FILE: shop/greet.py\n", ""), "a SEARCH block before any FILE line"),
    (GOOD.replace('CONTRACT: shop/greet.py: "such as "Hello, Ada!""', "CONTRACT: somewhere"),
     "CONTRACT must be"),
])
def test_malformed_answers_are_rejected_with_the_reason(answer: str, reason: str) -> None:
    with pytest.raises(AnswerRejected, match=None) as caught:
        _apply(answer)
    assert reason in str(caught.value)


@pytest.mark.parametrize(("change", "reason"), [
    (lambda a: a.replace('    return f"Hello, {name.capitalise()}!"\n=',
                         '    return "Hello"\n=', 1), "occurs nowhere in shop/greet.py"),
    (lambda a: a.replace("FILE: shop/greet.py", "FILE: shop/missing.py"),
     "shop/missing.py is not a file of the repository"),
    (lambda a: a.replace("FILE: shop/greet.py", "FILE: ../etc/passwd.py"),
     "is not a path inside the repository"),
    (lambda a: a.replace("FILE: shop/greet.py", "FILE: tests/test_greet.py"),
     "is a test file"),
    (lambda a: a.replace('{name.capitalize()}!"\n>', '{name.capitalize()!"\n>'),
     "no longer parses"),
    (lambda a: a.replace('capitalize()}!"\n>', 'capitalise()}!"\n>'), "change nothing"),
])
def test_answers_that_cannot_apply_are_rejected(change: object, reason: str) -> None:
    assert callable(change)
    with pytest.raises(AnswerRejected) as caught:
        _apply(change(GOOD))
    assert reason in str(caught.value)


def test_a_search_text_found_twice_names_no_place() -> None:
    doubled = SOURCE + "\n\ndef shout(name: str) -> str:\n" \
        '    return f"Hello, {name.capitalise()}!"\n'
    with pytest.raises(AnswerRejected, match="occurs 2 times"):
        apply_answer(parse_answer(GOOD), {"shop/greet.py": doubled}.get)


def test_a_contract_counts_only_when_the_code_really_says_it() -> None:
    answer = parse_answer(GOOD)
    assert cited_contract(answer, FILES.get) == 'shop/greet.py says "such as "Hello, Ada!""'
    made_up = parse_answer(GOOD.replace('such as "Hello, Ada!"', "names are always capitalised"))
    assert cited_contract(made_up, FILES.get) is None
    # Words of the code itself are not a contract: only docstrings, comments and tests.
    code = parse_answer(GOOD.replace('such as "Hello, Ada!"', 'return f"Bye, {name}"'))
    assert cited_contract(code, FILES.get) is None
    comment = parse_answer(GOOD.replace('such as "Hello, Ada!"',
                                        "A blank name greets nobody in particular."))
    assert cited_contract(comment, FILES.get) is not None
    too_short = parse_answer(GOOD.replace('such as "Hello, Ada!"', "Hello"))
    assert cited_contract(too_short, FILES.get) is None
