"""Ninth adversarial review: a sentence backs an answer only when it is about this value and
this case, and no sentence of the code on the stack gives the case another answer.

Each rule is shown before/after: the trap's wording takes the backing away, and a wording
that does speak of this value and this case keeps it.
"""

from __future__ import annotations

import ast
from pathlib import Path

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates import generate
from bugstack.repair.candidates.base import GUESS, Candidate
from bugstack.repair.candidates.documented import respect_documented_alternative
from bugstack.repair.candidates.documented_cases import parameters_value
from bugstack.repair.candidates.documented_raises import documented_raise
from bugstack.repair.candidates.documented_statuses import (
    documented_status,
    respect_documented_status,
)
from bugstack.repair.candidates.generic_backing import respect_the_apps_words
from bugstack.repair.candidates.none_guard import NoneGuard
from tests.repair.crash_sites import crash_at

# --- documented_cases: a None already returned by a branch -------------------------------

LABELS = '''
    def shipping_label(order: dict) -> str | None:
        """The label printed for the parcel; None when the order is collected in store."""
        if order["pickup"]:
            return None
        address = order["address"]
        return f"{order['name']}\\n{address['street']}"
'''
_SUBSCRIPT = "'NoneType' object is not subscriptable"


def _none_returned(root: Path, source: str, needle: str, message: str, culprit: str,
                   path: str = "labels.py") -> Candidate:
    """The none-guard candidate answering a None ``culprit`` with ``return None``."""
    site, analysis = crash_at(root, {path: source}, path, needle, "TypeError", message,
                              {culprit: "None"})
    return next(c for c in NoneGuard().propose(site, analysis)
                if c.strategy == "none-guard" and f"if {culprit} is None" in c.diff()
                and "return None" in c.diff())


def test_a_none_an_existing_branch_returns_backs_no_guard_for_another_value(
        tmp_path: Path) -> None:
    guard = _none_returned(tmp_path, LABELS, "address['street']", _SUBSCRIPT, "address")
    assert guard.contract is None and guard.plausibility <= 0.35


def test_a_sentence_naming_the_missing_value_still_backs_its_none(tmp_path: Path) -> None:
    named = LABELS.replace("None when the order is collected in store.",
                           "None when the order is collected in store or has no address.")
    guard = _none_returned(tmp_path, named, "address['street']", _SUBSCRIPT, "address")
    assert guard.contract is not None and "has no address" in guard.contract


def test_without_a_branch_of_its_own_the_none_still_backs(tmp_path: Path) -> None:
    alone = LABELS.replace('        if order["pickup"]:\n            return None\n', "")
    guard = _none_returned(tmp_path, alone, "address['street']", _SUBSCRIPT, "address")
    assert guard.contract is not None and "collected in store" in guard.contract


# --- documented_cases: a parameter's None --------------------------------------------------

HISTORY = '''
    def history(events, since=None):
        """The account's events after ``since``, oldest first.

        ``since`` is None when the whole history is wanted, as the yearly export asks.
        """
        cutoff = since.timestamp()
        return sorted(e for e in events if e > cutoff)
'''
_ATTRIBUTE = "'NoneType' object has no attribute 'timestamp'"


def test_a_parameters_none_backs_no_none_answer(tmp_path: Path) -> None:
    guard = _none_returned(tmp_path, HISTORY, "since.timestamp()", _ATTRIBUTE, "since",
                           "bank.py")
    assert guard.contract is None


def test_a_none_answer_said_beside_the_parameters_still_backs(tmp_path: Path) -> None:
    answered = HISTORY.replace("``since`` is None when the whole history is wanted, as the "
                               "yearly export asks.",
                               "Returns None when ``since`` is None: the export asks later.")
    guard = _none_returned(tmp_path, answered, "since.timestamp()", _ATTRIBUTE, "since",
                           "bank.py")
    assert guard.contract is not None and "Returns None" in guard.contract


def test_which_none_is_the_parameters() -> None:
    function = ast.parse("def f(since, *, until=None): pass").body[0]
    assert isinstance(function, ast.FunctionDef)
    assert parameters_value(function, "``since`` is None when the whole history is wanted.")
    assert parameters_value(function, "until may be None for an open end.")
    assert not parameters_value(function, "None when ``since`` is in the future.")
    assert not parameters_value(function, "Returns None if since is None.")


# --- documented_raises: the passive ------------------------------------------------------

SENSORS = '''
    class EmptyBatch(Exception):
        """A batch with no readings."""


    def mean_temperature(readings: list[float]) -> float:
        """The batch's mean temperature.

        EmptyBatch is raised for a batch with no readings, so that the alerting notices
        a sensor that went quiet; a sensor that reports 0 when the boiler is off still
        counts.
        """
        return sum(readings) / len(readings)
'''


def _sensors(root: Path, source: str) -> tuple[str | None, list[str]]:
    site, analysis = crash_at(root, {"sensors.py": source}, "sensors.py", "return sum(",
                              "ZeroDivisionError", "division by zero", {"readings": "[]"})
    return documented_raise(analysis), [c.diff() for c in generate(site, analysis)
                                        if c.contract]


def test_a_passive_raise_is_read_and_leaves_no_other_answer_backed(tmp_path: Path) -> None:
    assert _sensors(tmp_path, SENSORS) == ("EmptyBatch", [])


def test_a_raise_said_of_no_empty_case_changes_nothing(tmp_path: Path) -> None:
    other = SENSORS.replace("EmptyBatch is raised for a batch with no readings",
                            "EmptyBatch is raised for a batch from a retired sensor")
    raised, _ = _sensors(tmp_path, other)
    assert raised is None


# --- documented_statuses: the noun of a dict key -----------------------------------------

TEAMS = '''
    def successor(workspace: dict) -> str:
        """The admin the workspace passes to. When the workspace has no admin to take
        over, the owner cannot leave (409 Conflict)."""
        return workspace["admins"][0]
'''


def _teams(root: Path, source: str) -> tuple[CrashSite, Analysis]:
    return crash_at(root, {"teams.py": source}, "teams.py", 'return workspace["admins"]',
                    "IndexError", "list index out of range")


def _candidate(line: str, contract: str = "a sibling") -> Candidate:
    return Candidate("empty-guard", line, {"teams.py": f"{line}\n"}, plausibility=0.8,
                     contract=contract, originals={"teams.py": ""})


def test_a_status_is_read_for_a_dict_keys_absence(tmp_path: Path) -> None:
    site, analysis = _teams(tmp_path, TEAMS)
    found = documented_status(site, analysis)
    assert found is not None and found[0] == "409"
    not_found = _candidate("abort(404)")
    [kept] = respect_documented_status([not_found], site, analysis)
    assert kept.contract is None


def test_a_status_said_of_another_key_changes_nothing(tmp_path: Path) -> None:
    other = TEAMS.replace("has no admin to take\n        over", "has no owner to hand\n"
                          "        over")
    site, analysis = _teams(tmp_path, other)
    assert documented_status(site, analysis) is None


# --- documented: an answer for the value's absence, however worded ------------------------

COUPONS = '''
    from flask import abort, request

    PRICES = {"mug": 1200}
    COUPONS = {}


    def product(sku):
        if sku not in PRICES:
            abort(404)
        return PRICES[sku]


    def price(sku):
        """The price of ``sku`` with the coupon the customer typed.

        A code that matches no coupon is no reason to stop a sale: the customer pays the
        list price, and the coupon box stays as it was.
        """
        coupon = COUPONS.get(request.args.get("coupon", ""))
        return PRICES[sku] * (100 - coupon.percent) // 100
'''


def _coupon_refused(root: Path, source: str) -> Candidate:
    _site, analysis = crash_at(root, {"web.py": source}, "web.py", "coupon.percent",
                               "AttributeError", "'NoneType' object has no attribute 'percent'")
    original = analysis.crash.source if analysis.crash else ""
    edited = original.replace("    return PRICES[sku] *",
                              "    if coupon is None:\n        abort(404)\n"
                              "    return PRICES[sku] *")
    assert edited != original
    candidate = Candidate("none-guard", "404", {"web.py": edited}, plausibility=0.8,
                          contract="`product` answers a missing record with `abort(404)`",
                          originals={"web.py": original})
    [kept] = respect_documented_alternative([candidate], analysis)
    return kept


def test_words_answering_the_absence_of_the_value_unback_a_refusal(tmp_path: Path) -> None:
    kept = _coupon_refused(tmp_path, COUPONS)
    assert kept.contract is None and "list price" in kept.description


def test_words_refusing_the_absence_keep_the_refusal_backed(tmp_path: Path) -> None:
    refusing = COUPONS.replace(
        "A code that matches no coupon is no reason to stop a sale: the customer pays the\n"
        "        list price, and the coupon box stays as it was.",
        "A code that matches no coupon is refused with 404 Not Found.")
    assert _coupon_refused(tmp_path, refusing).contract is not None


# --- generic_backing: the callers' words -------------------------------------------------

ROSTER = '''
    def on_call(team) -> list[str]:
        """The phone numbers paged for ``team``'s alerts."""
        return [member.phone for member in team.members]
'''

PAGING = '''
    from ops.roster import on_call


    def page(team, text):
        """Pages ``team``'s people. While the roster service is down a team's members are
        unknown, and the whole engineering FLOOR is paged."""
        for phone in on_call(team):
            print(phone, text)
'''


def _roster(root: Path, files: dict[str, str]) -> Candidate:
    _site, analysis = crash_at(root, {"ops/roster.py": ROSTER, **files}, "ops/roster.py",
                               "return [member", "TypeError",
                               "'NoneType' object is not iterable")
    original = analysis.crash.source if analysis.crash else ""
    edited = original.replace("    return [member",
                              "    if team.members is None:\n        return []\n"
                              "    return [member")
    candidate = Candidate("none-guard", "return []", {"ops/roster.py": edited},
                          plausibility=0.75, contract="its return type is `list[str]`",
                          originals={"ops/roster.py": original})
    [kept] = respect_the_apps_words([candidate], analysis)
    return kept


def test_a_callers_words_on_the_case_take_the_types_backing(tmp_path: Path) -> None:
    kept = _roster(tmp_path, {"ops/paging.py": PAGING})
    assert kept.contract is None and kept.plausibility == GUESS
    assert "FLOOR" in kept.description


def test_a_caller_silent_on_the_case_leaves_the_backing(tmp_path: Path) -> None:
    silent = PAGING.replace(" While the roster service is down a team's members are\n"
                            "        unknown, and the whole engineering FLOOR is paged.", "")
    assert _roster(tmp_path, {"ops/paging.py": silent}).contract is not None


def test_a_tests_words_are_no_callers(tmp_path: Path) -> None:
    kept = _roster(tmp_path, {"tests/test_paging.py": PAGING})
    assert kept.contract is not None
