"""A sequence read in pairs with a gap: the pairs are taken across it, as documented."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.pairwise_gaps import PairsAcrossGaps
from bugstack.repair.candidates.skips import respect_documented_skips
from tests.repair.adversarial import app_files, fix_and_check
from tests.repair.crash_sites import crash_at

READINGS = '''
    from dataclasses import dataclass


    @dataclass
    class Reading:
        day: int
        kwh: float | None


    def usage(readings: list[Reading]) -> float:
        """Electricity used between meter readings, in kWh.

        Readings without a kWh figure (the meter could not be read) are skipped: the use
        is measured between the nearest readings either side that have one.
        """
        used = 0.0
        for earlier, later in zip(readings, readings[1:]):
            used += later.kwh - earlier.kwh
        return round(used, 1)
'''
MESSAGE = "unsupported operand type(s) for -: 'float' and 'NoneType'"
VALUES = {"earlier": "Reading(day=2, kwh=None)", "later": "Reading(day=3, kwh=130.0)"}


def _propose(tmp_path: Path, source: str = READINGS,
             values: dict[str, object] | None = None) -> list[object]:
    site, analysis = crash_at(tmp_path, {"meter/usage.py": source}, "meter/usage.py",
                              "used += later", "TypeError", MESSAGE, values or VALUES)
    return list(PairsAcrossGaps().propose(site, analysis))


def test_the_pairs_are_made_from_the_readings_that_have_the_figure(tmp_path: Path) -> None:
    [candidate] = _propose(tmp_path)
    before = textwrap.dedent(READINGS).lstrip("\n")
    after = before.replace(
        "    for earlier, later in zip(readings, readings[1:]):\n",
        "    readings_with_kwh = [reading for reading in readings if reading.kwh is not None]\n"
        "    for earlier, later in zip(readings_with_kwh, readings_with_kwh[1:]):\n")
    assert after != before
    assert candidate.edits == {"meter/usage.py": after}  # type: ignore[attr-defined]


def test_pairwise_is_read_as_pairs_too(tmp_path: Path) -> None:
    source = READINGS.replace("zip(readings, readings[1:])", "pairwise(readings)")
    source = "from itertools import pairwise\n" + textwrap.dedent(source)
    [candidate] = _propose(tmp_path, source)
    assert "pairwise(readings_with_kwh)" in candidate.edits["meter/usage.py"]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("old", "new"), [
    # Skipped, but nothing says the use is measured across the gap: a `continue` may be it.
    (": the use\n        is measured between the nearest readings either side that have one.",
     "."),
    # Not skipped at all.
    ("are skipped: the use", "stop the bill: the use"),
    # The sentence is about another field.
    ("Readings without a kWh figure", "Readings without a photo"),
    # The pair is read for more than the figure: the day of a skipped reading matters too.
    ("used += later.kwh - earlier.kwh",
     "used += later.kwh - earlier.kwh if later.day > earlier.day else 0.0"),
    # Not pairs of neighbours.
    ("zip(readings, readings[1:])", "zip(readings, readings[2:])"),
])
def test_without_the_whole_backing_nothing_is_proposed(tmp_path: Path, old: str,
                                                       new: str) -> None:
    source = READINGS.replace(old, new)
    assert source != READINGS
    assert _propose(tmp_path, source) == []


def test_a_pair_whose_captured_values_hold_no_none_field_is_left_alone(tmp_path: Path) -> None:
    assert _propose(tmp_path, values={"earlier": "<Reading>", "later": "<Reading>"}) == []


def test_end_to_end_an_unread_meter_is_bridged(tmp_path: Path) -> None:
    tests = '''
        from meter.usage import Reading, usage


        def test_every_reading() -> None:
            assert usage([Reading(1, 100.0), Reading(2, 110.0), Reading(3, 130.0)]) == 30.0
    '''
    imports = "from meter.usage import Reading, usage\n"
    call = "usage([Reading(1, 100.0), Reading(2, None), Reading(3, 130.0), Reading(4, 135.0)])"
    data = fix_and_check(tmp_path, app_files("meter", "usage", READINGS, tests),
                         imports + call, imports + f"assert {call} == 35.0\n")
    assert data is not None and data["status"] == "fixed", data and data["explanation"]
    assert data["strategy"] == "pairs-across-gaps"


def test_a_skip_of_the_pair_loses_its_backing(tmp_path: Path) -> None:
    """The documented skip backs a ``continue`` in a loop over items, but a pair touching
    the gap holds the reading after it too: the change across the gap would be lost."""
    site, analysis = crash_at(tmp_path, {"meter/usage.py": READINGS}, "meter/usage.py",
                              "used += later", "TypeError", MESSAGE, VALUES)
    assert analysis.crash is not None
    source = analysis.crash.source
    skipping = source.replace(
        "        used += later", "        if later.kwh is None or earlier.kwh is None:\n"
        "            continue\n        used += later")
    candidate = Candidate(strategy="none-guard", description="skips the pair",
                          edits={"meter/usage.py": skipping},
                          originals={"meter/usage.py": source}, plausibility=0.8,
                          contract="the loop skips bad items")
    [kept] = respect_documented_skips([candidate], site, analysis)
    assert kept.contract is None
    assert "loses the change across the gap" in kept.description
