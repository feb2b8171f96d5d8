import json
from datetime import date
from pathlib import Path

import pytest
from habits.export import load
from habits.report import last_done_label, main
from habits.streaks import current_streak, longest_streak


def _export(tmp_path: Path, habits: list[dict[str, object]]) -> Path:
    path = tmp_path / "tracker.json"
    path.write_text(json.dumps({"habits": habits}), encoding="utf-8")
    return path


def test_streaks() -> None:
    done = [date(2024, 3, d) for d in (1, 2, 3, 5, 6, 9, 10)]
    assert longest_streak(done) == 3
    assert longest_streak([]) == 0
    assert current_streak(done, date(2024, 3, 10)) == 2
    assert current_streak(done, date(2024, 3, 11)) == 2
    assert current_streak(done, date(2024, 3, 12)) == 0


def test_load_sorts_and_dedupes(tmp_path: Path) -> None:
    path = _export(tmp_path, [
        {"name": "Read", "created": "2024-01-01",
         "checkins": ["2024-03-02", "2024-03-01", "2024-03-02"]},
    ])
    assert load(path)[0].done == [date(2024, 3, 1), date(2024, 3, 2)]


def test_labels() -> None:
    today = date(2024, 3, 10)
    assert last_done_label(today, today) == "today"
    assert last_done_label(date(2024, 3, 9), today) == "yesterday"
    assert last_done_label(date(2024, 3, 1), today) == "9 days ago"


def test_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _export(tmp_path, [
        {"name": "Read", "created": "2024-01-01",
         "checkins": ["2024-03-08", "2024-03-09", "2024-03-10", "2024-02-20"]},
        {"name": "Run", "created": "2024-02-01", "checkins": ["2024-03-05"]},
    ])
    assert main(["--export", str(path), "--today", "2024-03-10"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Habits, week to 2024-03-10"
    assert lines[2] == "Read                 now   3  best   3  week 3/7  last today"
    assert lines[3] == "Run                  now   0  best   1  week 1/7  last 5 days ago"


def test_report_to_a_file(tmp_path: Path) -> None:
    path = _export(
        tmp_path, [{"name": "Floss", "created": "2024-03-01", "checkins": ["2024-03-09"]}]
    )
    out = tmp_path / "report.txt"
    assert main(["--export", str(path), "--today", "2024-03-10", "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8").endswith("last yesterday\n")
