"""analogous_operands under review: a sibling that passes the helper more than the value
(``shop_day(o.placed_at, o.shop.zone)``) does not back calling it with its defaults."""

from __future__ import annotations

from pathlib import Path

from tests.repair.adversarial import fix_and_check

CALENDAR = '''
    from datetime import date, datetime
    from zoneinfo import ZoneInfo


    def shop_day(moment: datetime, zone: str = "Europe/Paris") -> date:
        """The calendar day of ``moment`` where the shop is."""
        return moment.astimezone(ZoneInfo(zone)).date()
'''

ORDERS = '''
    import datetime as dt
    from dataclasses import dataclass

    from shop.calendar import shop_day


    @dataclass
    class Shop:
        zone: str


    @dataclass
    class Order:
        placed_at: dt.datetime
        shop: Shop


    def orders_on(orders: list[Order], day: dt.date) -> list[Order]:
        return [o for o in orders if shop_day(o.placed_at, o.shop.zone) == day]


    def orders_since(orders: list[Order], first_day: dt.date) -> list[Order]:
        return [o for o in orders if o.placed_at >= first_day]
'''

TESTS = '''
    import datetime as dt

    from shop.orders import Order, Shop, orders_on


    def test_orders_on():
        paris = Order(dt.datetime(2024, 3, 1, 12, tzinfo=dt.timezone.utc), Shop("Europe/Paris"))
        assert orders_on([paris], dt.date(2024, 3, 1)) == [paris]
'''

TRIGGER = '''
import datetime as dt
from shop.orders import Order, Shop, orders_since
la = Order(dt.datetime(2024, 3, 1, 3, tzinfo=dt.timezone.utc), Shop("America/Los_Angeles"))
orders_since([la], dt.date(2024, 3, 1))
'''

# 03:00 UTC on 1 March is still 29 February in Los Angeles: that order is not "since".
CHECK = TRIGGER.replace("orders_since([la], dt.date(2024, 3, 1))",
                        "assert orders_since([la], dt.date(2024, 3, 1)) == []")


def test_a_sibling_passing_the_shops_zone_does_not_back_the_default_zone(
        tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, {"shop/__init__.py": "", "shop/calendar.py": CALENDAR,
                                    "shop/orders.py": ORDERS, "tests/test_orders.py": TESTS},
                         TRIGGER, CHECK)
    assert data is not None and "shop_day(o.placed_at) >=" not in (data["patch"] or "")
