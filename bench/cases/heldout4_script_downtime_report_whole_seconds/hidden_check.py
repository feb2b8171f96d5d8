import json
from datetime import datetime, timezone
from pathlib import Path

from uptime.incidents import parse_api_time
from uptime.report import main


def test_whole_second_times_are_read() -> None:
    assert parse_api_time("2026-03-07T22:15:00Z") == datetime(2026, 3, 7, 22, 15, tzinfo=timezone.utc)
    assert parse_api_time("2026-03-05T10:00:00.250Z") == datetime(2026, 3, 5, 10, 0, 0, 250000, tzinfo=timezone.utc)


def test_report_counts_every_incident(tmp_path: Path, capsys) -> None:
    answer = {
        "incidents": [
            {"check": "web", "down_at": "2026-03-05T10:00:00.500Z", "up_at": "2026-03-05T10:12:30.500Z"},
            {"check": "api", "down_at": "2026-03-07T22:15:00Z", "up_at": "2026-03-07T22:16:30Z"},
            {"check": "api", "down_at": "2026-03-08T01:00:00Z", "up_at": "2026-03-08T01:02:00.000Z"},
        ]
    }
    path = tmp_path / "incidents.json"
    path.write_text(json.dumps(answer), encoding="utf-8")
    assert main([str(path)]) == 0
    assert capsys.readouterr().out.splitlines() == ["api: 3.5 min", "web: 12.5 min"]
