import json
from datetime import date
from pathlib import Path

import pytest
from usage.report import main, requests_per_key

LINES = [
    json.dumps({"ts": "2026-03-06T23:59:58+00:00", "key": "k_live_a", "path": "/v1/orders"}),
    json.dumps({"ts": "2026-03-07T00:00:03+00:00", "key": "k_live_a", "path": "/v1/orders"}),
    json.dumps({"ts": "2026-03-07T08:12:40+00:00", "key": "k_live_b", "path": "/v1/stock"}),
    "",
    json.dumps({"ts": "2026-03-07T09:01:00+00:00", "key": "k_live_b", "path": "/v1/stock"}),
]


def test_requests_per_key() -> None:
    assert requests_per_key(LINES, date(2026, 3, 7)) == {"k_live_a": 1, "k_live_b": 2}


def test_report_for_a_given_day(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log = tmp_path / "access.jsonl"
    log.write_text("\n".join(LINES), encoding="utf-8")
    assert main([str(log), "2026-03-07"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "day,key,requests",
        "2026-03-07,k_live_b,2",
        "2026-03-07,k_live_a,1",
    ]
