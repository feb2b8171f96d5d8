"""Sales figures: ``python -m shopreport.sales ORDERS.csv DAY [--since]``.

With ``DAY`` alone, the sales of that shop day; with ``--since``, of that day and every
day after it (the month-to-date figure the owner asks for).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from pathlib import Path

from shopreport.orders import Order, read_orders, shop_day


def orders_on(orders: Iterable[Order], day: date) -> list[Order]:
    return [o for o in orders if shop_day(o.placed_at) == day]


def orders_since(orders: Iterable[Order], first_day: date) -> list[Order]:
    """Orders placed on ``first_day`` or later."""
    return [o for o in orders if o.placed_at >= first_day]


def line(label: str, orders: list[Order]) -> str:
    total = sum((o.total for o in orders), Decimal("0"))
    return f"{label}: {len(orders)} orders, {total:.2f} EUR"


def main(argv: list[str]) -> int:
    orders = read_orders(Path(argv[0]))
    day = date.fromisoformat(argv[1])
    if "--since" in argv[2:]:
        print(line(f"since {day}", orders_since(orders, day)))
    else:
        print(line(str(day), orders_on(orders, day)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
