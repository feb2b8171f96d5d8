"""Candidates backed by an annotation or an error guide lose that backing where the app's
own words give the case an answer of their own, and keep it where the words agree."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates.base import GUESS, Candidate
from bugstack.repair.candidates.generic_backing import (
    _declared_none_answer,
    _edited_functions,
    generically_backed,
    respect_the_apps_words,
)
from tests.repair.crash_sites import crash_at

HISTORY = '''
    def orders_of(customer_id: int) -> list[str]:
        """The customer's orders, newest first. None when the shard is down: tell them
        to try again, never show an empty history."""
        return None


    def history_page(customer_id):
        orders = orders_of(customer_id)
        return [order.upper() for order in orders]
'''


def _typed(source: str, edited: str) -> Candidate:
    return Candidate("none-at-source", "return []", {"shop.py": edited}, plausibility=0.85,
                     contract="its return type is `list[str]`", originals={"shop.py": source})


def _filtered(root: Path, history: str) -> Candidate:
    _site, analysis = crash_at(root, {"shop.py": history}, "shop.py", "return [order",
                               "TypeError", "'NoneType' object is not iterable", {})
    source = analysis.crash.source if analysis.crash else ""
    candidate = _typed(source, source.replace("    return None\n", "    return []\n"))
    [kept] = respect_the_apps_words([candidate], analysis)
    return kept


def test_an_annotation_or_a_guide_is_generic_backing() -> None:
    assert generically_backed(_typed("", ""))
    guide = Candidate("guide:x", "x", {}, contract="the error guide `x` covers this error")
    assert generically_backed(guide)
    quoted = Candidate("none-as-zero", "x", {}, contract='`d` is declared `d: int | None` in '
                       'a.py: "None when there is no discount"')
    assert not generically_backed(quoted)


def test_words_giving_the_case_its_own_answer_take_the_backing(tmp_path: Path) -> None:
    kept = _filtered(tmp_path, HISTORY)
    assert kept.contract is None and kept.plausibility == GUESS
    assert "try again" in kept.description


def test_words_that_agree_with_an_empty_answer_keep_it(tmp_path: Path) -> None:
    agreeing = HISTORY.replace(
        "None when the shard is down: tell them\n        to try again, never show an empty "
        "history.", "A customer with no orders has none.")
    kept = _filtered(tmp_path, agreeing)
    assert kept.contract == "its return type is `list[str]`" and kept.plausibility == 0.85


SIGNERS = '''
    BOARD = ["cfo", "ceo"]
    THRESHOLDS = ((1000, ["lead"]),)


    def signers(amount: int) -> list[str]:
        """Who signs. Above the last threshold it is the board, every member of ``BOARD``."""
        for limit, people in THRESHOLDS:
            if amount <= limit:
                return people


    def status(amount):
        return [who for who in signers(amount)]
'''


def _appended_return(root: Path, source: str, answer: str) -> Candidate:
    _site, analysis = crash_at(root, {"shop.py": source}, "shop.py", "return [who",
                               "TypeError", "'NoneType' object is not iterable", {})
    original = analysis.crash.source if analysis.crash else ""
    edited = original.replace("            return people\n",
                              f"            return people\n    return {answer}\n")
    assert edited != original
    [kept] = respect_the_apps_words([_typed(original, edited)], analysis)
    return kept


def test_a_docstring_naming_a_module_value_the_function_never_reads_takes_the_backing(
        tmp_path: Path) -> None:
    kept = _appended_return(tmp_path, SIGNERS, "[]")
    assert kept.contract is None and "BOARD" in kept.description


def test_the_named_value_read_by_the_fix_keeps_the_backing(tmp_path: Path) -> None:
    assert _appended_return(tmp_path, SIGNERS, "BOARD").plausibility == 0.85
    unnamed = SIGNERS.replace("every member of ``BOARD``", "every director")
    assert _appended_return(tmp_path, unnamed, "[]").plausibility == 0.85


CLOSES = '''
    """Closing prices. None marks a day the exchange was closed."""


    def closes(days: list[list[int]]) -> list[int | None]:
        return [day[-1] for day in days]
'''


def _empty_day_answered_none(root: Path, module: str) -> Candidate:
    _site, analysis = crash_at(root, {"shop.py": module}, "shop.py", "return [day",
                               "IndexError", "list index out of range", {})
    original = analysis.crash.source if analysis.crash else ""
    edited = original.replace("day[-1] for", "day[-1] if day else None for")
    candidate = Candidate("optional-item", "None", {"shop.py": edited}, plausibility=0.8,
                          contract="its return type is `list[int | None]`",
                          originals={"shop.py": original})
    [kept] = respect_the_apps_words([candidate], analysis)
    return kept


def test_a_none_for_a_crash_not_about_none_gives_way_to_what_none_marks(
        tmp_path: Path) -> None:
    assert _empty_day_answered_none(tmp_path / "a", CLOSES).contract is None
    silent = CLOSES.replace(" None marks a day the exchange was closed.", "")
    assert _empty_day_answered_none(tmp_path / "b", silent).plausibility == 0.8


def test_the_record_classes_promise_about_its_field_is_read(tmp_path: Path) -> None:
    # `Order` lives in another module; its docstring says the customer is always there.
    models = '''
        class Order:
            """A paid order. Every order always has its customer; one without is corrupt."""

            def __init__(self, customer: str) -> None:
                self.customer = customer
    '''
    shop = '''
        from models import Order


        def header(order: Order) -> dict:
            return {"to": order.customer.upper()}
    '''
    _site, analysis = crash_at(tmp_path, {"models.py": models, "shop.py": shop}, "shop.py",
                               "order.customer.upper()", "AttributeError",
                               "'NoneType' object has no attribute 'upper'", {})
    source = analysis.crash.source if analysis.crash else ""
    edited = source.replace('    return {"to"', '    if order.customer is None:\n'
                            '        return {}\n    return {"to"')
    candidate = Candidate("none-guard", "return {}", {"shop.py": edited}, plausibility=0.85,
                          contract="its return type is `dict`", originals={"shop.py": source})
    [kept] = respect_the_apps_words([candidate], analysis)
    assert kept.contract is None and "always has its customer" in kept.description


ATTENDANCE = '''
    HELD = {1: []}


    def rehearsals_since_joining(member_id: int) -> list[str]:
        return HELD[member_id]


    def attendance_rate(member_id: int, came: int) -> float | None:
        """Share of the rehearsals held since joining that the member came to; None for a
        member who has not had a rehearsal yet."""
        held = rehearsals_since_joining(member_id)
        return came / len(held)
'''


def _attendance(root: Path, answer: str, contract: str,
                doc: str = "None for a\n        member who has not had a rehearsal yet."
                ) -> Candidate:
    source = ATTENDANCE.replace("None for a\n        member who has not had a rehearsal yet.",
                                doc)
    _site, analysis = crash_at(root, {"choir.py": source}, "choir.py", "return came / len",
                               "ZeroDivisionError", "division by zero", {"held": "[]"})
    text = analysis.crash.source if analysis.crash else ""
    edited = text.replace("return came / len(held)", answer)
    candidate = Candidate("guide:zero", "guard", {"choir.py": edited}, plausibility=0.85,
                          contract=contract, originals={"choir.py": text})
    [kept] = respect_the_apps_words([candidate], analysis)
    return kept


def test_a_declared_none_answer_takes_a_guides_zero_backing(tmp_path: Path) -> None:
    zero = "return came / len(held) if held else 0.0"
    kept = _attendance(tmp_path, zero, "the error guide `zero` covers this error")
    assert kept.contract is None and "has not had a rehearsal yet" in kept.description


def test_none_for_what_has_not_happened_yet_backs_the_none_answer(tmp_path: Path) -> None:
    none = "if not held:\n        return None\n    return came / len(held)"
    kept = _attendance(tmp_path, none, "its return type is `float | None`")
    assert kept.contract == "its return type is `float | None`"
    # The same words about something the division did not count give way.
    other = _attendance(tmp_path / "other", none, "its return type is `float | None`",
                        doc="None for a\n        member whose fees are not paid yet.")
    assert other.contract is None


def test_a_docstring_giving_the_answer_itself_is_no_declared_none(tmp_path: Path) -> None:
    source = textwrap.dedent(ATTENDANCE).lstrip("\n")
    zero = source.replace("return came / len(held)", "return came / len(held) if held else 0.0")

    def declared(doc: str) -> str | None:
        old = "None for a\n    member who has not had a rehearsal yet."
        candidate = Candidate("guide:zero", "guard", {"choir.py": zero.replace(old, doc)},
                              originals={"choir.py": source.replace(old, doc)})
        return _declared_none_answer(candidate, _edited_functions(candidate))

    assert declared("None for a cancelled class.") == "None for a cancelled class."
    # "its rate is 0.0" answers the case itself; a range naming 0.0 does not.
    assert declared("None for a cancelled class. An empty one: its rate is 0.0.") is None
    assert declared("None for a cancelled class (0.0 to 1.0).") is not None
