"""A result field worked out from a None input stays None where the result's class says so."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from bugstack.repair.candidates.none_input_fields import NoneInputLeavesFieldNone
from tests.repair.adversarial import fix_and_check
from tests.repair.crash_sites import crash_at

GRAVITY = '''
    ABV_FACTOR = 131.25


    def abv(original: float, final: float) -> float:
        return round((original - final) * ABV_FACTOR, 1)


    def attenuation(original: float, final: float) -> int:
        return round((original - final) / (original - 1) * 100)
'''
API = '''
    from dataclasses import dataclass

    from brew import gravity


    @dataclass(frozen=True)
    class Batch:
        name: str
        original: float
        #: Read when fermentation has finished; None while the batch is still fermenting.
        final: float | None = None


    @dataclass(frozen=True)
    class Summary:
        name: str
        status: str
        #: Percent; None until the final gravity is read (the batch is still fermenting).
        abv: float | None
        attenuation: int | None


    def summarise(batch: Batch) -> Summary:
        return Summary(
            name=batch.name,
            status="fermenting" if batch.final is None else "finished",
            abv=gravity.abv(batch.original, batch.final),
            attenuation=gravity.attenuation(batch.original, batch.final),
        )
'''
MESSAGE = "unsupported operand type(s) for -: 'float' and 'NoneType'"
BATCH = "Batch(name='Stout', original=1.05, final=None)"


def _propose(tmp_path: Path, api: str = API, gravity: str = GRAVITY) -> list[object]:
    files = {"brew/__init__.py": "", "brew/gravity.py": gravity, "brew/api.py": api}
    site, analysis = crash_at(
        tmp_path, files, "brew/gravity.py", "return round((original - final) * ABV", "TypeError",
        MESSAGE, {"original": "1.05", "final": "None"},
        callers=[("brew/api.py", "gravity.abv(batch", {"batch": BATCH})])
    return list(NoneInputLeavesFieldNone().propose(site, analysis))


def test_every_figure_worked_out_from_the_none_stays_none(tmp_path: Path) -> None:
    [candidate] = _propose(tmp_path)
    before = textwrap.dedent(API).lstrip("\n")
    after = before.replace(
        "abv=gravity.abv(batch.original, batch.final),",
        "abv=(\n            gravity.abv(batch.original, batch.final)\n"
        "            if batch.final is not None\n            else None\n        ),"
    ).replace(
        "attenuation=gravity.attenuation(batch.original, batch.final),",
        "attenuation=(\n            gravity.attenuation(batch.original, batch.final)\n"
        "            if batch.final is not None\n            else None\n        ),")
    assert after != before
    # Each conditional is split over lines: on one line it would be the file's widest.
    assert candidate.edits == {"brew/api.py": after}  # type: ignore[attr-defined]


@pytest.mark.parametrize(("old", "new"), [
    # The result's field does not admit None.
    ("attenuation: int | None", "attenuation: int"),
    # Its None is another case than the input's.
    ("#: Percent; None until the final gravity is read (the batch is still fermenting).",
     "#: Percent; None when the recipe card was lost."),
    # Or refused.
    ("#: Percent; None until the final gravity is read (the batch is still fermenting).",
     "#: Percent; None until the final gravity is read; a fermenting batch is rejected."),
    # No field speaks of the case at all.
    ("#: Percent; None until the final gravity is read (the batch is still fermenting).", ""),
    # The figure is not a field of the result: it is passed on to something else.
    ("abv=gravity.abv(batch.original, batch.final),",
     "abv=str(gravity.abv(batch.original, batch.final)),"),
])
def test_without_the_whole_backing_nothing_is_proposed(tmp_path: Path, old: str,
                                                       new: str) -> None:
    api = API.replace(old, new)
    assert api != API
    assert _propose(tmp_path, api) == []


def test_a_helper_that_takes_none_is_not_the_callers_to_guard(tmp_path: Path) -> None:
    gravity = GRAVITY.replace("final: float) -> float", "final: float | None) -> float")
    assert _propose(tmp_path, gravity=gravity) == []


def test_end_to_end_the_fermenting_batch_has_no_abv_yet(tmp_path: Path) -> None:
    tests = '''
        from brew.api import Batch, summarise


        def test_finished() -> None:
            assert summarise(Batch("Pale", 1.05, 1.01)).abv > 5
    '''
    files = {"brew/__init__.py": "", "brew/gravity.py": GRAVITY, "brew/api.py": API,
             "tests/__init__.py": "", "tests/test_api.py": tests}
    imports = "from brew.api import Batch, summarise\n"
    call = "summarise(Batch('Stout', 1.05))"
    data = fix_and_check(tmp_path, files, imports + call,
                         imports + f"s = {call}\nassert s.abv is None and s.attenuation is None\n"
                         "assert s.status == 'fermenting'\n")
    assert data is not None and data["status"] == "fixed", data and data["explanation"]
    assert data["strategy"] == "none-input-leaves-field-none"
