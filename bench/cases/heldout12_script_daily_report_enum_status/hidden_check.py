import json
from pathlib import Path

from reports.daily import main


def test_stuck_orders_are_listed_with_their_status_value(tmp_path: Path) -> None:
    orders = tmp_path / "orders.json"
    orders.write_text(json.dumps([
        {"id": "o7", "status": "pending", "placed_at": "2024-05-30T09:15:00"},
        {"id": "o8", "status": "pending", "placed_at": "2024-06-03T08:00:00"},
        {"id": "o9", "status": "shipped", "placed_at": "2024-05-29T10:00:00"},
    ]), encoding="utf-8")
    out = tmp_path / "report.json"
    assert main([str(orders), "--now", "2024-06-03T20:00:00", "--out", str(out)]) == 0
    report = json.loads(out.read_text())
    assert report["counts"] == {"pending": 2, "shipped": 1, "cancelled": 0}
    assert report["stuck"] == [{"id": "o7", "status": "pending", "placed_at": "2024-05-30T09:15:00"}]
