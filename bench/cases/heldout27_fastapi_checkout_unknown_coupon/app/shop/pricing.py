"""Pricing a cart: line totals, coupons, and the amount to charge."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")

#: Unit prices by SKU, in euros.
PRICES: dict[str, Decimal] = {
    "mug": Decimal("8.50"),
    "tee": Decimal("19.00"),
    "cap": Decimal("12.00"),
    "tote": Decimal("6.90"),
}


@dataclass(frozen=True)
class Coupon:
    percent_off: Decimal
    expires: date


#: Codes are stored upper-case; customers type them any way they like.
COUPONS: dict[str, Coupon] = {
    "SPRING10": Coupon(Decimal("10"), date(2099, 6, 30)),
    "WELCOME5": Coupon(Decimal("5"), date(2099, 12, 31)),
    "XMAS20": Coupon(Decimal("20"), date(2020, 1, 6)),
}


class UnknownProduct(LookupError):
    pass


class CouponRejected(ValueError):
    """A coupon the checkout refuses. Its message is shown to the customer under the
    coupon field, and is one of "unknown coupon" or "coupon expired"."""


def subtotal(lines: list[tuple[str, int]]) -> Decimal:
    total = Decimal("0")
    for sku, quantity in lines:
        if sku not in PRICES:
            raise UnknownProduct(sku)
        total += PRICES[sku] * quantity
    return total


def coupon_discount(code: str | None, amount: Decimal, today: date) -> Decimal:
    """The discount ``code`` gives on ``amount``; no code, no discount."""
    if not code:
        return Decimal("0")
    coupon = COUPONS[code.strip().upper()]
    if coupon.expires < today:
        raise CouponRejected("coupon expired")
    return (amount * coupon.percent_off / 100).quantize(CENT, rounding=ROUND_HALF_UP)
