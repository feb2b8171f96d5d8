"""unconstrained-min-term: a None side documented as unconstrained drops out of a
``min()``; nothing when the code is silent, refuses, or no other limit would be left."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates import Candidate
from bugstack.repair.candidates.unconstrained_terms import UnconstrainedMinTerm
from tests.repair.crash_sites import crash_at

GEOMETRY = '''
    Size = tuple[int, int]
    #: (width, height) bounds in pixels. A side that is None is unconstrained.
    Box = tuple[int | None, int | None]


    def fit(size: Size, box: Box) -> float:
        """The scale that fits ``size`` inside ``box``, never enlarging."""
        width, height = size
        box_width, box_height = box
        return min(box_width / width, box_height / height, 1.0)


    def area(size: Size) -> int:
        return size[0] * size[1]
'''

LINE = "return min(box_width / width, box_height / height, 1.0)"
MESSAGE = "unsupported operand type(s) for /: 'NoneType' and 'int'"


def _propose(tmp_path: Path, source: str = GEOMETRY) -> list[Candidate]:
    site, analysis = crash_at(tmp_path, {"geometry.py": source}, "geometry.py", LINE,
                              "TypeError", MESSAGE, {"box_width": "1600", "box_height": "None"})
    return list(UnconstrainedMinTerm().propose(site, analysis))


def test_each_side_of_the_box_drops_out_when_none(tmp_path: Path) -> None:
    found = _propose(tmp_path)
    assert len(found) == 1
    before = textwrap.dedent(GEOMETRY).lstrip("\n")
    assert found[0].edits["geometry.py"] == before.replace(LINE, (
        'return min(box_width / width if box_width is not None else float("inf"), '
        'box_height / height if box_height is not None else float("inf"), 1.0)'))
    assert "return size[0] * size[1]" in found[0].edits["geometry.py"]
    assert "unconstrained" in (found[0].contract or "")


def test_silent_or_refusing_documentation_backs_nothing(tmp_path: Path) -> None:
    for comment in ("#: (width, height) bounds in pixels.",
                    "#: (width, height) bounds in pixels. A side that is None is invalid.",
                    "#: A side that is None is unconstrained, but a box must have one."):
        source = GEOMETRY.replace(
            "#: (width, height) bounds in pixels. A side that is None is unconstrained.",
            comment)
        assert _propose(tmp_path, source) == [], comment


def test_no_other_limit_left_backs_nothing(tmp_path: Path) -> None:
    source = GEOMETRY.replace(LINE, "return min(box_width / width, box_height / height)")
    site, analysis = crash_at(tmp_path, {"geometry.py": source}, "geometry.py",
                              "return min(box_width / width, box_height / height)",
                              "TypeError", MESSAGE, {"box_height": "None"})
    assert list(UnconstrainedMinTerm().propose(site, analysis)) == []
