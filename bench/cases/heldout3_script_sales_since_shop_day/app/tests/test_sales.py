from datetime import date, datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest

from shopreport.orders import Order, read_orders, shop_day
from shopreport.sales import main, orders_on


def _order(id: str, placed_at: str, total: str) -> Order:
    return Order(id, datetime.fromisoformat(placed_at), Decimal(total))


def test_shop_day_is_paris_time() -> None:
    assert shop_day(datetime(2026, 2, 28, 23, 30, tzinfo=timezone.utc)) == date(2026, 3, 1)
    assert shop_day(datetime(2026, 7, 1, 21, 59, tzinfo=timezone.utc)) == date(2026, 7, 1)


def test_orders_on_a_shop_day() -> None:
    orders = [
        _order("1", "2026-02-28T22:30:00+00:00", "10.00"),
        _order("2", "2026-02-28T23:30:00+00:00", "20.00"),
        _order("3", "2026-03-01T22:59:00+00:00", "30.00"),
        _order("4", "2026-03-01T23:00:00+00:00", "40.00"),
    ]
    assert [o.id for o in orders_on(orders, date(2026, 3, 1))] == ["2", "3"]


def test_main_for_one_day(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    export = tmp_path / "orders.csv"
    export.write_text(
        "id,placed_at,total\nA1,2026-03-01T09:00:00+00:00,12.50\nA2,2026-03-02T09:00:00+00:00,7.00\n",
        encoding="utf-8",
    )
    assert len(read_orders(export)) == 2
    assert main([str(export), "2026-03-01"]) == 0
    assert capsys.readouterr().out == "2026-03-01: 1 orders, 12.50 EUR\n"
