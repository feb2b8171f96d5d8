import json
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from usage.report import main


def at(day: date, hour: int) -> str:
    return datetime.combine(day, time(hour, 30)).isoformat()


def write_log(tmp_path: Path) -> Path:
    today = date.today()
    yesterday = today - timedelta(days=1)
    before = today - timedelta(days=2)
    entries = [
        (before, 23, "k_live_a"),
        (yesterday, 0, "k_live_a"),
        (yesterday, 9, "k_live_b"),
        (yesterday, 13, "k_live_b"),
        (yesterday, 22, "k_live_c"),
        (today, 0, "k_live_a"),
        (today, 0, "k_live_a"),
        (today, 0, "k_live_a"),
    ]
    log = tmp_path / "access.jsonl"
    log.write_text(
        "\n".join(
            json.dumps({"ts": at(d, h), "key": k, "path": "/v1/orders"}) for d, h, k in entries
        ),
        encoding="utf-8",
    )
    return log


def test_without_day_reports_yesterday(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    assert main([str(write_log(tmp_path))]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "day,key,requests",
        f"{yesterday},k_live_b,2",
        f"{yesterday},k_live_a,1",
        f"{yesterday},k_live_c,1",
    ]


def test_explicit_day_still_wins(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    today = date.today().isoformat()
    assert main([str(write_log(tmp_path)), today]) == 0
    assert capsys.readouterr().out.splitlines() == ["day,key,requests", f"{today},k_live_a,3"]
