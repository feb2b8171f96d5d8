"""Amounts in minor units (cents, pence, yen), as payment providers exchange them."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

#: Digits after the decimal point per ISO 4217 code. The yen and the won have none.
MINOR_UNITS = {"USD": 2, "EUR": 2, "GBP": 2, "CHF": 2, "JPY": 0, "KRW": 0}


def to_minor(amount: Decimal, currency: str) -> int:
    """``amount`` of ``currency`` in minor units: to_minor(Decimal('12.34'), 'EUR') == 1234.

    ``currency`` is an ISO 4217 code in any letter case: our books write 'EUR', the
    payment provider's API writes 'eur'. A code missing from MINOR_UNITS is a
    ValueError: guessing two decimals would pay a yen amount a hundred times over.
    """
    digits = MINOR_UNITS[currency]
    return int((amount * 10**digits).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def from_minor(units: int, currency: str) -> Decimal:
    digits = MINOR_UNITS[currency.upper()]
    return Decimal(units).scaleb(-digits)
