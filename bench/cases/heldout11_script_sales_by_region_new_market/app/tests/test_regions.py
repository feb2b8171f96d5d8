from decimal import Decimal
from pathlib import Path

from salesreport.regions import main, totals

ROWS = [
    {"order": "1", "country": "GB", "total": "10.00"},
    {"order": "2", "country": "DE", "total": "5.50"},
    {"order": "3", "country": "FR", "total": "4.50"},
]


def test_totals() -> None:
    assert totals(ROWS) == {
        "uk": (1, Decimal("10.00")),
        "eu": (2, Decimal("10.00")),
        "us": (0, Decimal("0")),
        "other": (0, Decimal("0")),
    }


def test_main(tmp_path: Path, capsys) -> None:
    orders = tmp_path / "orders.csv"
    orders.write_text("order,country,total\n1,US,12.00\n", encoding="utf-8")
    assert main([str(orders)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "region,orders,revenue",
        "uk,0,0.00",
        "eu,0,0.00",
        "us,1,12.00",
        "other,0,0.00",
    ]
