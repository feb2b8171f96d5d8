"""Rental prices for the ski shop, as printed on the board by the till (euros)."""

from __future__ import annotations

from decimal import Decimal

#: Package price by number of rental days, one to seven (skis, boots and poles).
PACKAGE_PRICES: dict[str, dict[int, Decimal]] = {
    "blue": {
        1: Decimal("28.00"),
        2: Decimal("52.00"),
        3: Decimal("74.00"),
        4: Decimal("94.00"),
        5: Decimal("112.00"),
        6: Decimal("128.00"),
        7: Decimal("142.00"),
    },
    "red": {
        1: Decimal("36.00"),
        2: Decimal("68.00"),
        3: Decimal("96.00"),
        4: Decimal("122.00"),
        5: Decimal("146.00"),
        6: Decimal("166.00"),
        7: Decimal("184.00"),
    },
    "black": {
        1: Decimal("45.00"),
        2: Decimal("86.00"),
        3: Decimal("123.00"),
        4: Decimal("156.00"),
        5: Decimal("186.00"),
        6: Decimal("212.00"),
        7: Decimal("235.00"),
    },
}

#: The longest rental the board prices directly.
BOARD_DAYS = 7

#: What each day after the seventh adds, by package.
EXTRA_DAY: dict[str, Decimal] = {
    "blue": Decimal("15.00"),
    "red": Decimal("19.00"),
    "black": Decimal("24.00"),
}

#: The longest rental taken at the counter; season hire is a separate contract.
MAX_RENTAL_DAYS = 21

HELMET_PER_DAY = Decimal("4.00")


def package_price(package: str, days: int) -> Decimal:
    """The price of ``package`` for ``days`` days (1 to MAX_RENTAL_DAYS).

    Up to BOARD_DAYS the board's price applies; a longer rental costs the seven-day
    price plus EXTRA_DAY[package] for every day after the seventh.
    """
    return PACKAGE_PRICES[package][days]


def helmet_price(days: int) -> Decimal:
    return HELMET_PER_DAY * days
