from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from shopreport.orders import Order
from shopreport.sales import main, orders_since


def _order(id: str, placed_at: str) -> Order:
    return Order(id, datetime.fromisoformat(placed_at), Decimal("1"))


def test_since_counts_shop_days_not_utc_days() -> None:
    orders = [
        _order("before", "2026-02-28T22:59:00+00:00"),  # 23:59 in Paris, 28 February
        _order("first", "2026-02-28T23:30:00+00:00"),  # 00:30 in Paris, 1 March
        _order("later", "2026-03-02T16:45:00+00:00"),
        _order("summer-eve", "2026-06-30T21:30:00+00:00"),  # 23:30 in Paris, 30 June
        _order("summer", "2026-06-30T22:30:00+00:00"),  # 00:30 in Paris, 1 July
    ]
    assert [o.id for o in orders_since(orders, date(2026, 3, 1))] == ["first", "later", "summer-eve", "summer"]
    assert [o.id for o in orders_since(orders, date(2026, 7, 1))] == ["summer"]


def test_month_to_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    export = tmp_path / "orders.csv"
    export.write_text(
        "id,placed_at,total\n"
        "1041,2026-02-28T21:10:00+00:00,18.00\n"
        "1042,2026-02-28T23:30:00+00:00,42.50\n"
        "1043,2026-03-01T10:05:00+00:00,12.90\n"
        "1044,2026-03-02T16:45:00+00:00,64.00\n",
        encoding="utf-8",
    )
    assert main([str(export), "2026-03-01", "--since"]) == 0
    assert capsys.readouterr().out == "since 2026-03-01: 3 orders, 119.40 EUR\n"
