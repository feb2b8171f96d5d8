import json
from pathlib import Path

import pytest
from habits.report import main


def test_habit_never_done_is_reported_as_never(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "tracker.json"
    export.write_text(json.dumps({"habits": [
        {"name": "Read", "created": "2024-01-01", "checkins": ["2024-03-09", "2024-03-10"]},
        {"name": "Cold shower", "created": "2024-03-10", "checkins": []},
        {"name": "Journal", "created": "2024-03-08"},
    ]}), encoding="utf-8")
    assert main(["--export", str(export), "--today", "2024-03-10"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[2:] == [
        "Read                 now   2  best   2  week 2/7  last today",
        "Cold shower          now   0  best   0  week 0/7  last never",
        "Journal              now   0  best   0  week 0/7  last never",
    ]
