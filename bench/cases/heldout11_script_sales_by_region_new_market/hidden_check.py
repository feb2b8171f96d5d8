from decimal import Decimal
from pathlib import Path

from salesreport.regions import main, totals


def test_unmapped_country_goes_to_other() -> None:
    rows = [
        {"country": "GB", "total": "10.00"},
        {"country": "IE", "total": "25.00"},
        {"country": "JP", "total": "3.25"},
        {"country": "DE", "total": "5.50"},
    ]
    assert totals(rows) == {
        "uk": (1, Decimal("10.00")),
        "eu": (1, Decimal("5.50")),
        "us": (0, Decimal("0")),
        "other": (2, Decimal("28.25")),
    }


def test_report_matches_the_ledger(tmp_path: Path, capsys) -> None:
    orders = tmp_path / "orders.csv"
    orders.write_text("order,country,total\n1,GB,10.00\n2,IE,25.00\n3,DE,5.50\n", encoding="utf-8")
    assert main([str(orders)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "region,orders,revenue",
        "uk,1,10.00",
        "eu,1,5.50",
        "us,0,0.00",
        "other,1,25.00",
    ]
