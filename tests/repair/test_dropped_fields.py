"""A split one field short puts back as "0" the field the documentation says the format
drops; nothing when the words deny it, name no unpacked field, or the field is not read
as a number."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates.dropped_fields import DroppedFieldAsZero
from tests.repair.crash_sites import crash_at

WEEKLY = '''
    """The watch writes durations as H:MM:SS, but drops the hour for runs under an hour."""


    def duration_seconds(text: str) -> int:
        hours, minutes, seconds = text.split(":")
        return int(hours) * 3600 + int(minutes) * 60 + int(seconds)
'''

LINE = 'hours, minutes, seconds = text.split(":")'
SHORT = "not enough values to unpack (expected 3, got 2)"


def _edits(tmp_path: Path, source: str, message: str = SHORT) -> list[str]:
    site, analysis = crash_at(tmp_path, {"weekly.py": source}, "weekly.py", LINE,
                              "ValueError", message, {"text": "'45:10'"})
    return [c.edits["weekly.py"] for c in DroppedFieldAsZero().propose(site, analysis)]


def test_the_documented_dropped_hour_reads_as_zero(tmp_path: Path) -> None:
    edits = _edits(tmp_path, WEEKLY)
    assert edits == [textwrap.dedent(WEEKLY).lstrip("\n").replace(
        f"    {LINE}\n",
        '    parts = text.split(":")\n'
        "    if len(parts) == 2:  # the hour is left out (see the documentation)\n"
        '        parts.insert(0, "0")\n'
        "    hours, minutes, seconds = parts\n")]
    namespace: dict[str, object] = {}
    exec(edits[0], namespace)
    seconds = namespace["duration_seconds"]
    assert seconds("45:10") == 2710 and seconds("1:05:30") == 3930  # type: ignore[operator]


def test_denied_unnamed_non_numeric_or_two_short_gets_nothing(tmp_path: Path) -> None:
    never = WEEKLY.replace("but drops the hour", "and never drops the hour")
    assert _edits(tmp_path / "never", never) == []
    without = WEEKLY.replace("but drops the hour for runs under an hour",
                             "and a text without the hour is refused")
    assert _edits(tmp_path / "without", without) == []
    unnamed = WEEKLY.replace("drops the hour", "drops a part")
    assert _edits(tmp_path / "unnamed", unnamed) == []
    text_field = WEEKLY.replace("int(hours) * 3600", "len(hours) * 3600")
    assert _edits(tmp_path / "text", text_field) == []
    assert _edits(tmp_path / "two", WEEKLY, "not enough values to unpack (expected 3, got 1)") \
        == []
