"""A missing key the documentation refuses the way another case is refused."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bugstack.repair.candidates.refused_alike import RefusedAlike
from tests.repair.adversarial import app_files, fix_and_check
from tests.repair.crash_sites import crash_at

HIRE = '''
    class Refused(Exception):
        pass


    BOATS = {
        "rowing": {"hourly": 12, "lifejackets": 4},
        "canoe": {"hourly": 15},
    }
    BOOKED = {("rowing", 10)}


    def hire(boat: str, hour: int, children: int = 0) -> int:
        """The price of hiring ``boat`` at ``hour``.

        Children must each wear a lifejacket; a boat that carries no lifejackets cannot
        take children, and such a hire is refused the way a booked hour is.
        """
        kind = BOATS[boat]
        if (boat, hour) in BOOKED:
            raise Refused("that hour is booked")
        price = kind["hourly"]
        if children:
            if children > kind["lifejackets"]:
                raise Refused("not enough lifejackets")
        return price
'''


def _propose(tmp_path: Path, source: str = HIRE) -> list[object]:
    site, analysis = crash_at(tmp_path, {"lake/hire.py": source}, "lake/hire.py",
                              'kind["lifejackets"]', "KeyError", "'lifejackets'",
                              {"boat": "'canoe'", "hour": "11", "children": "2",
                               "kind": "{'hourly': 15}"})
    return list(RefusedAlike().propose(site, analysis))


def test_the_missing_key_is_refused_like_a_booked_hour(tmp_path: Path) -> None:
    [candidate] = _propose(tmp_path)
    before = textwrap.dedent(HIRE).lstrip("\n")
    after = before.replace(
        '        if children > kind["lifejackets"]:\n',
        '        if "lifejackets" not in kind:\n'
        '            raise Refused("a boat that carries no lifejackets cannot take children")\n'
        '        if children > kind["lifejackets"]:\n')
    assert after != before
    assert candidate.edits == {"lake/hire.py": after}  # type: ignore[attr-defined]


@pytest.mark.parametrize(("old", "new"), [
    # Refused, but not the way anything else is.
    ("such a hire is refused the way a booked hour is", "such a hire is refused"),
    # Not refused.
    ("such a hire is refused the way a booked hour is",
     "such a hire is not refused the way a booked hour is"),
    # The sentence is about another key.
    ("a boat that carries no lifejackets", "a boat without oars"),
    # The key is read only when there are children: a guard in front would refuse them all.
    ('        if children:\n            if children > kind["lifejackets"]:\n'
     '                raise Refused("not enough lifejackets")\n',
     '        if children and children > kind["lifejackets"]:\n'
     '            raise Refused("not enough lifejackets")\n'),
    # Nothing in the function refuses a booked hour.
    ('raise Refused("that hour is booked")', 'return 0'),
    # Two raises speak of bookings: which one is meant is not known.
    ("        return price\n", '        if hour in (12, 13):\n'
     '            raise Refused("lunch hours are booked by the club")\n        return price\n'),
])
def test_without_the_whole_backing_nothing_is_proposed(tmp_path: Path, old: str,
                                                       new: str) -> None:
    source = HIRE.replace(old, new)
    assert source != HIRE
    assert _propose(tmp_path, source) == []


def test_end_to_end_a_canoe_with_children_is_refused(tmp_path: Path) -> None:
    tests = '''
        from lake.hire import hire


        def test_rowing_boat() -> None:
            assert hire("rowing", 11, children=2) == 12
    '''
    imports = "from lake.hire import hire, Refused\n"
    check = imports + ("try:\n    hire('canoe', 11, children=2)\nexcept Refused:\n    pass\n"
                       "else:\n    raise AssertionError('not refused')\n"
                       "assert hire('canoe', 11) == 15\n")
    data = fix_and_check(tmp_path, app_files("lake", "hire", HIRE, tests),
                         imports + "hire('canoe', 11, children=2)", check)
    assert data is not None and data["status"] == "fixed", data and data["explanation"]
    assert data["strategy"] == "refused-alike"
