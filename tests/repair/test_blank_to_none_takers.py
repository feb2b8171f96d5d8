"""A blank text converted to a number, handed only to a function that takes None for it."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bugstack.repair.candidates.blank_to_none_takers import BlankTextForNoneTakingParameter
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

PRICING = '''
    ADULT_PRICE = 1100
    CHILD_PRICE = 700


    def price_for_age(age: int | None) -> int:
        """The ticket price for a guest of ``age``. The age is optional at the till: a
        guest who does not give one pays the adult price."""
        if age is None:
            return ADULT_PRICE
        return CHILD_PRICE if age < 15 else ADULT_PRICE
'''
BASKET = '''
    from till.pricing import price_for_age


    def quote(fields: list[str]) -> int:
        """The basket total: one age per guest, in order (an age box may be left empty)."""
        ages = [int(value) for value in fields]
        prices = [price_for_age(age) for age in ages]
        return sum(prices)


    def count(fields: list[str]) -> int:
        return len([int(value) for value in fields])
'''
MESSAGE = "invalid literal for int() with base 10: ''"


def _propose(tmp_path: Path, basket: str = BASKET, pricing: str = PRICING,
             message: str = MESSAGE, needle: str = "ages = [int(value)") -> list[object]:
    files = {"till/__init__.py": "", "till/pricing.py": pricing, "till/basket.py": basket}
    site, analysis = crash_at(tmp_path, files, "till/basket.py", needle, "ValueError",
                              message, {"fields": "['34', '']"})
    return list(BlankTextForNoneTakingParameter().propose(site, analysis))


def test_a_blank_age_goes_to_the_price_as_none(tmp_path: Path) -> None:
    [candidate] = _propose(tmp_path)
    before = textwrap.dedent(BASKET).lstrip("\n")
    after = before.replace("ages = [int(value) for value in fields]",
                           "ages = [(int(value) if value.strip() else None) for value in fields]")
    assert after != before
    # The other conversion of the module is left as it was.
    assert candidate.edits == {"till/basket.py": after}  # type: ignore[attr-defined]


def test_a_single_value_converted_and_handed_on(tmp_path: Path) -> None:
    basket = BASKET.replace("ages = [int(value) for value in fields]", "age = int(fields[0])") \
        .replace("prices = [price_for_age(age) for age in ages]", "return price_for_age(age)") \
        .replace("        return sum(prices)\n", "")
    assert basket != BASKET
    [candidate] = _propose(tmp_path, basket, needle="age = int(fields[0])")
    assert "age = (int(fields[0]) if fields[0].strip() else None)" in \
        candidate.edits["till/basket.py"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("where", "old", "new"), [
    # The function refuses a blank box.
    ("basket", "(an age box may be left empty)", "(an empty age box is rejected)"),
    ("basket", "(an age box may be left empty)", "(an age box may not be left empty)"),
    # Nothing says a box may be blank.
    ("basket", " (an age box may be left empty)", ""),
    # The ages are read another way too: a None would meet them unprepared.
    ("basket", "return sum(prices)", "return sum(prices) + max(ages)"),
    # The price does not take None.
    ("pricing", "age: int | None", "age: int"),
    # It takes None, but for another case than an absence.
    ("pricing", "The age is optional at the till: a\n        guest who does not give one "
     "pays the adult price.", "A None age is a member of staff, who pays the adult price."),
])
def test_without_the_whole_backing_nothing_is_proposed(tmp_path: Path, where: str, old: str,
                                                       new: str) -> None:
    basket = BASKET.replace(old, new) if where == "basket" else BASKET
    pricing = PRICING.replace(old, new) if where == "pricing" else PRICING
    assert (basket, pricing) != (BASKET, PRICING)
    assert _propose(tmp_path, basket, pricing) == []


def test_a_value_that_is_not_blank_gets_nothing(tmp_path: Path) -> None:
    assert _propose(tmp_path, message="invalid literal for int() with base 10: 'ten'") == []


APP = '''
    from flask import Flask, jsonify, request

    from till.pricing import price_for_age

    app = Flask(__name__)


    @app.post("/quote")
    def quote():
        """The basket: one ``age`` field per guest, in order (the age box may be left
        empty)."""
        ages = [int(value) for value in request.form.getlist("age")]
        prices = [price_for_age(age) for age in ages]
        return jsonify({"prices": prices, "total": sum(prices)})
'''


def test_end_to_end_a_blank_box_the_capture_lost_is_replayed(tmp_path: Path) -> None:
    # sentry-sdk keeps one value per form field: the blank second box is not in the event,
    # and only the value the error message quotes can put it back.
    tests = '''
        from till.app import app


        def test_two_guests() -> None:
            answer = app.test_client().post("/quote", data={"age": ["34", "9"]})
            assert answer.get_json() == {"prices": [1100, 700], "total": 1800}
    '''
    files = {"till/__init__.py": "", "till/pricing.py": PRICING, "till/app.py": APP,
             "tests/__init__.py": "", "tests/test_app.py": tests}
    trigger = ('from till.app import app\n'
               'app.test_client().post("/quote", data={"age": ["34", ""]})\n')
    check = ('from till.app import app\n'
             'r = app.test_client().post("/quote", data={"age": ["9", " ", "40"]})\n'
             'assert r.get_json() == {"prices": [700, 1100, 1100], "total": 2900}, r.data\n')
    data = fix_and_check(tmp_path, files, trigger, check, framework="flask")
    assert data is not None and data["status"] == "fixed", data and data["explanation"]
    assert data["strategy"] == "blank-text-for-none-taking-parameter"
