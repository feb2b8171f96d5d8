"""A blank range end stops where the ``min()`` caps it, when the documentation calls the
range open-ended; nothing when it refuses such ranges, is silent, or the blank is not the
capped end."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates.open_ended_ranges import OpenEndedRange
from tests.repair.crash_sites import crash_at

RANGES = '''
    def parse_range(header: str, total: int) -> tuple[int, int]:
        """``items=START-END`` -> ``(start, stop)``; ``items=START-`` is an open-ended
        range, from START to the last item."""
        first, last = header.removeprefix("items=").split("-")
        return int(first), min(int(last) + 1, total)
'''

LINE = "return int(first), min(int(last) + 1, total)"
BLANK = "invalid literal for int() with base 10: ''"


def _edits(tmp_path: Path, source: str, line: str = LINE,
           values: dict[str, object] | None = None) -> list[str]:
    site, analysis = crash_at(tmp_path, {"ranges.py": source}, "ranges.py", line,
                              "ValueError", BLANK, values or {"first": "'21'", "last": "''"})
    return [c.edits["ranges.py"] for c in OpenEndedRange().propose(site, analysis)]


def test_a_blank_end_of_a_documented_open_ended_range_stops_at_the_cap(
        tmp_path: Path) -> None:
    assert _edits(tmp_path, RANGES) == [textwrap.dedent(RANGES).lstrip("\n").replace(
        LINE, "return int(first), (min(int(last) + 1, total) if last else total)")]


def test_refused_silent_or_uncapped_blanks_get_nothing(tmp_path: Path) -> None:
    refused = RANGES.replace("range, from START to the last item",
                             "range, which is rejected with 416")
    assert refused != RANGES
    assert _edits(tmp_path / "refused", refused) == []
    silent = RANGES.replace("is an open-ended", "is a").replace(", from START to the last", "")
    assert "open" not in silent and "the last" not in silent
    assert _edits(tmp_path / "silent", silent) == []
    start = RANGES.replace(LINE, "return max(int(first), 0), total")
    assert _edits(tmp_path / "start", start, "return max(int(first), 0), total",
                  {"first": "''", "last": "'5'"}) == []
