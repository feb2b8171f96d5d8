import json
from pathlib import Path

import pytest

from clicks.export import DamagedExport, read_clicks
from clicks.report import main, summary


def _line(ts: str, user: str, path: str) -> str:
    return json.dumps({"ts": ts, "user": user, "path": path}) + "\n"


def test_read_clicks() -> None:
    clicks = list(read_clicks([_line("2026-03-02T08:00:00+00:00", "u1", "/")]))
    assert clicks[0].user == "u1"
    assert clicks[0].at.hour == 8


def test_object_without_path_is_damage() -> None:
    with pytest.raises(DamagedExport, match="line 2"):
        list(read_clicks([_line("2026-03-02T08:00:00+00:00", "u1", "/"), '{"ts": "2026-03-02T08:00:00+00:00", "user": "u2"}\n']))


def test_summary() -> None:
    lines = [_line("2026-03-02T08:00:00+00:00", u, p) for u, p in [("a", "/"), ("b", "/"), ("a", "/pricing")]]
    assert summary(read_clicks(lines)) == ["3 clicks by 2 users", "     2  /", "     1  /pricing"]


def test_main(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    export = tmp_path / "day.jsonl"
    export.write_text(_line("2026-03-02T08:00:00+00:00", "a", "/docs"), encoding="utf-8")
    assert main([str(export)]) == 0
    assert capsys.readouterr().out == "1 clicks by 1 users\n     1  /docs\n"
