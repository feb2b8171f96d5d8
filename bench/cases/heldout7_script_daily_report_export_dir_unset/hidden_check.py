import json
from datetime import date
from pathlib import Path

import pytest

from reports.daily import main
from reports.settings import DEFAULT_EXPORT_DIR, export_path

ORDERS = [
    {"placed": "2026-03-07T09:12:00", "lines": [{"sku": "MUG", "qty": 2}, {"sku": "TEA", "qty": 1}]},
    {"placed": "2026-03-08T08:00:00", "lines": [{"sku": "TEA", "qty": 5}]},
]


def test_default_export_dir_when_unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EXPORT_DIR", raising=False)
    assert Path(export_path(date(2026, 3, 7))) == Path(DEFAULT_EXPORT_DIR) / "daily-2026-03-07.csv"


def test_report_written_under_exports_of_the_working_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EXPORT_DIR", raising=False)
    monkeypatch.chdir(tmp_path)
    orders = tmp_path / "orders.json"
    orders.write_text(json.dumps(ORDERS), encoding="utf-8")
    assert main([str(orders), "2026-03-07"]) == 0
    assert (tmp_path / "exports" / "daily-2026-03-07.csv").read_text(encoding="utf-8").splitlines() == [
        "sku,quantity",
        "MUG,2",
        "TEA,1",
    ]


def test_export_dir_still_wins_when_set(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXPORT_DIR", str(tmp_path / "srv"))
    assert Path(export_path(date(2026, 3, 8))) == tmp_path / "srv" / "daily-2026-03-08.csv"
