import json
from pathlib import Path

from reports.daily import main


def write_orders(tmp_path: Path, rows: list[dict[str, str]]) -> Path:
    path = tmp_path / "orders.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    return path


def test_counts(tmp_path: Path) -> None:
    orders = write_orders(tmp_path, [
        {"id": "o1", "status": "shipped", "placed_at": "2024-06-01T10:00:00"},
        {"id": "o2", "status": "pending", "placed_at": "2024-06-03T08:00:00"},
        {"id": "o3", "status": "cancelled", "placed_at": "2024-06-02T12:00:00"},
    ])
    out = tmp_path / "report.json"
    assert main([str(orders), "--now", "2024-06-03T20:00:00", "--out", str(out)]) == 0
    report = json.loads(out.read_text())
    assert report["counts"] == {"pending": 1, "shipped": 1, "cancelled": 1}
    assert "stuck" not in report


def test_prints_without_out(tmp_path: Path, capsys) -> None:
    orders = write_orders(tmp_path, [])
    main([str(orders), "--now", "2024-06-03T20:00:00"])
    assert json.loads(capsys.readouterr().out)["counts"] == {"pending": 0, "shipped": 0, "cancelled": 0}
