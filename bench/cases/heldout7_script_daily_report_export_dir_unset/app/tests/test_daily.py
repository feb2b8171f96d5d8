from datetime import date
from pathlib import Path

import pytest

from reports.daily import main, totals

ORDERS = [
    {"placed": "2026-03-07T09:12:00", "lines": [{"sku": "MUG", "qty": 2}, {"sku": "TEA", "qty": 1}]},
    {"placed": "2026-03-07T17:40:00", "lines": [{"sku": "MUG", "qty": 1}]},
    {"placed": "2026-03-08T08:00:00", "lines": [{"sku": "TEA", "qty": 5}]},
]


def test_totals() -> None:
    assert totals(ORDERS, date(2026, 3, 7)) == {"MUG": 3, "TEA": 1}


def test_report_in_export_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    orders = tmp_path / "orders.json"
    orders.write_text(json.dumps(ORDERS), encoding="utf-8")
    monkeypatch.setenv("EXPORT_DIR", str(tmp_path / "out"))
    assert main([str(orders), "2026-03-07"]) == 0
    assert (tmp_path / "out" / "daily-2026-03-07.csv").read_text(encoding="utf-8").splitlines() == [
        "sku,quantity",
        "MUG,3",
        "TEA,1",
    ]
