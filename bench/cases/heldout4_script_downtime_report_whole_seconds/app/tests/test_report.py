import json
from datetime import datetime, timezone
from pathlib import Path

from uptime.incidents import parse_api_time
from uptime.report import main


def test_parse_api_time() -> None:
    assert parse_api_time("2026-03-05T10:00:00.250Z") == datetime(2026, 3, 5, 10, 0, 0, 250000, tzinfo=timezone.utc)


def test_report(tmp_path: Path, capsys) -> None:
    answer = {
        "incidents": [
            {"check": "web", "down_at": "2026-03-05T10:00:00.500Z", "up_at": "2026-03-05T10:12:30.500Z"},
            {"check": "api", "down_at": "2026-03-07T22:15:10.100Z", "up_at": "2026-03-07T22:16:40.100Z"},
            {"check": "web", "down_at": "2026-03-09T08:00:00.750Z", "up_at": "2026-03-09T08:03:00.750Z"},
        ]
    }
    path = tmp_path / "incidents.json"
    path.write_text(json.dumps(answer), encoding="utf-8")
    assert main([str(path)]) == 0
    assert capsys.readouterr().out.splitlines() == ["api: 1.5 min", "web: 15.5 min"]
