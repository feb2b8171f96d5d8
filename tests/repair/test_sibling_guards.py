"""A divisor a sibling function computes the same way and guards: the crashed function
answers a zero as the sibling does; nothing when the sibling computes another value,
answers otherwise, or the guard would cut a loop short."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.sibling_guards import SiblingGuardedDivisor
from tests.repair.crash_sites import crash_at

ESTIMATES = '''
    #: Used until the rider has logged some distance.
    RATED_WH_PER_KM = 9.0


    def consumption(rides: list[tuple[float, float]]) -> float:
        """The rider's average consumption."""
        distance = sum(km for km, _ in rides)
        energy = sum(wh for _, wh in rides)
        return energy / distance


    def recent_consumption(rides: list[tuple[float, float]]) -> float:
        recent = rides[-5:]
        distance = sum(km for km, _ in recent)
        if not distance:
            return RATED_WH_PER_KM
        return sum(wh for _, wh in recent) / distance
'''


def _propose(tmp_path: Path, source: str = ESTIMATES,
             needle: str = "return energy / distance") -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"bike/__init__.py": "", "bike/estimates.py": source},
                              "bike/estimates.py", needle, "ZeroDivisionError",
                              "float division by zero", {"distance": "0", "energy": "0"})
    return list(SiblingGuardedDivisor().propose(site, analysis))


def test_the_sibling_s_answer_to_a_zero_guards_the_crashed_division(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert [c.edits["bike/estimates.py"] for c in found] == [
        textwrap.dedent(ESTIMATES).lstrip("\n").replace(
            "    return energy / distance\n",
            "    if not distance:\n        return RATED_WH_PER_KM\n"
            "    return energy / distance\n")]
    assert "recent_consumption" in (found[0].contract or "")


def test_a_divisor_computed_otherwise_backs_nothing(tmp_path: Path) -> None:
    other = ESTIMATES.replace("distance = sum(km for km, _ in recent)",
                              "distance = sum(wh for _, wh in recent)")
    assert _propose(tmp_path, other) == []


def test_siblings_that_disagree_back_nothing(tmp_path: Path) -> None:
    disagree = ESTIMATES + '''

    def trip_consumption(rides: list[tuple[float, float]]) -> float:
        distance = sum(km for km, _ in rides)
        if distance == 0:
            return 0.0
        return 1.0 / distance
    '''
    assert _propose(tmp_path, disagree) == []


def test_a_sibling_of_another_return_type_backs_nothing(tmp_path: Path) -> None:
    typed = ESTIMATES.replace("def recent_consumption(rides: list[tuple[float, float]]) "
                              "-> float:", "def recent_consumption(rides: list[tuple[float, "
                              "float]]) -> float | None:")
    assert _propose(tmp_path, typed) == []


def test_a_computed_answer_backs_nothing(tmp_path: Path) -> None:
    computed = ESTIMATES.replace("return RATED_WH_PER_KM", "return consumption(rides)")
    assert _propose(tmp_path, computed) == []


def test_a_division_inside_a_loop_is_not_cut_short(tmp_path: Path) -> None:
    looped = ESTIMATES.replace(
        "        return energy / distance\n",
        "        return energy / distance\n") .replace(
        '''    distance = sum(km for km, _ in rides)
        energy = sum(wh for _, wh in rides)
        return energy / distance''', '''    distance = sum(km for km, _ in rides)
        shares = []
        for _, wh in rides:
            shares.append(wh / distance)
        return sum(shares)''')
    assert _propose(tmp_path, looped, "shares.append(wh / distance)") == []


def test_a_refusing_docstring_backs_nothing(tmp_path: Path) -> None:
    strict = ESTIMATES.replace('"""The rider\'s average consumption."""',
                               '"""The rider\'s average consumption; raises without rides."""')
    assert _propose(tmp_path, strict) == []
