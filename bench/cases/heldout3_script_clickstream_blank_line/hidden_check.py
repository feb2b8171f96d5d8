import json
from pathlib import Path

import pytest

from clicks.export import DamagedExport, read_clicks
from clicks.report import main

EVENTS = [
    {"ts": "2026-03-02T07:58:12+00:00", "user": "u_81", "path": "/"},
    {"ts": "2026-03-02T07:58:40+00:00", "user": "u_81", "path": "/pricing"},
    {"ts": "2026-03-02T08:03:05+00:00", "user": "u_17", "path": "/"},
]


def _lines(events: list[dict[str, str]]) -> list[str]:
    return [json.dumps(e) + "\n" for e in events]


def test_export_ending_with_a_blank_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    export = tmp_path / "day.jsonl"
    export.write_text("".join(_lines(EVENTS)) + "\n", encoding="utf-8")
    assert main([str(export)]) == 0
    assert capsys.readouterr().out == "3 clicks by 2 users\n     2  /\n     1  /pricing\n"


def test_concatenated_days() -> None:
    lines = _lines(EVENTS[:2]) + ["\n", "  \n"] + _lines(EVENTS[2:]) + ["\n"]
    assert [c.user for c in read_clicks(lines)] == ["u_81", "u_81", "u_17"]


@pytest.mark.parametrize("bad", ['{"ts": "2026-03-02T08:00:00+00:00", "user": "u_1", "pa\n', "<html>502 Bad Gateway</html>\n"])
def test_damaged_line_still_stops_the_read(bad: str) -> None:
    lines = _lines(EVENTS[:2]) + [bad] + _lines(EVENTS[2:])
    with pytest.raises(DamagedExport, match="line 3"):
        list(read_clicks(lines))
