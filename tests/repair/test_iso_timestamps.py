"""A fixed ISO-prefix ``strptime`` format becomes ``fromisoformat`` where the code says
the value is an ISO timestamp; nothing for another convention, silent documentation, or
another error."""

from __future__ import annotations

import textwrap
from pathlib import Path

from bugstack.repair.candidates.iso_timestamps import IsoTimestampParsed
from tests.repair.crash_sites import crash_at

SINCE = '''
    from datetime import datetime


    def parse_since(value: str) -> datetime:
        """A date (from midnight) or a full ISO timestamp, which the dashboard sends."""
        return datetime.strptime(value, "%Y-%m-%d")


    def parse_day(value: str) -> datetime:
        return datetime.strptime(value, "%d/%m/%Y")
'''

LINE = 'return datetime.strptime(value, "%Y-%m-%d")'


def _edits(tmp_path: Path, source: str, line: str = LINE,
           message: str = "unconverted data remains: T09:00:00",
           exc_type: str = "ValueError") -> list[str]:
    site, analysis = crash_at(tmp_path, {"since.py": source}, "since.py", line, exc_type,
                              message, {"value": "'2026-03-07T09:00:00'"})
    return [c.edits["since.py"] for c in IsoTimestampParsed().propose(site, analysis)]


def test_an_iso_prefix_format_reads_the_documented_iso_timestamp(tmp_path: Path) -> None:
    before = textwrap.dedent(SINCE).lstrip("\n")
    assert _edits(tmp_path, SINCE) == [
        before.replace(LINE, "return datetime.fromisoformat(value)")]


def test_other_conventions_silence_or_other_errors_get_nothing(tmp_path: Path) -> None:
    silent = SINCE.replace("or a full ISO timestamp, which the dashboard sends",
                           "as the dashboard sends it")
    assert _edits(tmp_path / "silent", silent) == []
    own_order = SINCE.replace('"%Y-%m-%d")\n\n\n', '"%d/%m/%Y %H:%M")\n\n\n')
    assert _edits(tmp_path / "order", own_order,
                  'return datetime.strptime(value, "%d/%m/%Y %H:%M")') == []
    assert _edits(tmp_path / "type", SINCE, exc_type="TypeError",
                  message="strptime() argument 1 must be str, not None") == []
