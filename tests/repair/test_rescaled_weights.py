"""A weighted sum meets a None item the documentation leaves out, the other weights scaled up."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bugstack.repair.candidates.rescaled_weights import WeightsRescaledWithoutNone
from tests.repair.adversarial import app_files, fix_and_check
from tests.repair.crash_sites import crash_at

GRADES = '''
    WEIGHTS = {"lab": 0.3, "homework": 0.2, "exam": 0.5}


    def final(scores: dict[str, float | None]) -> float:
        """The weighted average of the scores. An excused component (None) is left out:
        the weights of the components that remain are scaled up so they sum to 1."""
        total = sum(scores[name] * weight for name, weight in WEIGHTS.items())
        return round(total, 1)


    def lab_share(scores: dict[str, float]) -> float:
        return scores["lab"] * WEIGHTS["lab"]
'''
MESSAGE = "unsupported operand type(s) for *: 'NoneType' and 'float'"


def _propose(tmp_path: Path, source: str = GRADES) -> list[object]:
    site, analysis = crash_at(tmp_path, {"school/grades.py": source}, "school/grades.py",
                              "total = sum(", "TypeError", MESSAGE,
                              {"scores": "{'lab': None, 'homework': 80.0, 'exam': 60.0}"})
    return list(WeightsRescaledWithoutNone().propose(site, analysis))


def test_the_remaining_weights_are_scaled_up(tmp_path: Path) -> None:
    [candidate] = _propose(tmp_path)
    before = textwrap.dedent(GRADES).lstrip("\n")
    after = before.replace(
        "    total = sum(scores[name] * weight for name, weight in WEIGHTS.items())\n",
        "    counted = {name: weight for name, weight in WEIGHTS.items()\n"
        "               if scores[name] is not None}\n"
        "    total = sum(scores[name] * weight for name, weight in counted.items()) / "
        "sum(counted.values())\n")
    assert after != before
    assert candidate.edits == {"school/grades.py": after}  # type: ignore[attr-defined]


@pytest.mark.parametrize(("old", "new"), [
    # Left out, but the weights are not scaled up: the mark is out of less than 100.
    ("left out:\n        the weights of the components that remain are scaled up so they sum "
     "to 1.", "left out."),
    # The docstring refuses the case.
    ("An excused component (None) is left out", "An excused component (None) must be "
     "entered as 0 or it is left out"),
    # Weights in percent: dividing by their sum would change the scale.
    ('WEIGHTS = {"lab": 0.3, "homework": 0.2, "exam": 0.5}',
     'WEIGHTS = {"lab": 30, "homework": 20, "exam": 50}'),
    # The sum is not the whole answer.
    ("return round(total, 1)", "return round(total + 5, 1)"),
])
def test_without_the_whole_backing_nothing_is_proposed(tmp_path: Path, old: str,
                                                       new: str) -> None:
    source = GRADES.replace(old, new)
    assert source != GRADES
    assert _propose(tmp_path, source) == []


def test_end_to_end_an_excused_lab_is_left_out(tmp_path: Path) -> None:
    tests = '''
        from school.grades import final


        def test_all_components() -> None:
            assert final({"lab": 70.0, "homework": 80.0, "exam": 60.0}) == 67.0
    '''
    imports = "from school.grades import final\n"
    call = "final({'lab': None, 'homework': 80.0, 'exam': 60.0})"
    data = fix_and_check(tmp_path, app_files("school", "grades", GRADES, tests),
                         imports + call, imports + f"assert {call} == 65.7\n")
    assert data is not None and data["status"] == "fixed", data and data["explanation"]
    assert data["strategy"] == "weights-rescaled-without-none"
