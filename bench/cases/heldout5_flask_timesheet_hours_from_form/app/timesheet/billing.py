"""Turning logged time into invoice lines."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

HOURLY_RATES = {"design": Decimal("95.00"), "development": Decimal("80.00"), "support": Decimal("60.00")}


def line_amount(hours: Decimal, rate: Decimal) -> Decimal:
    """What ``hours`` of work cost at ``rate`` per hour, to the cent.

    Time is logged in fractions of an hour ('1.5', '0.25'): never round it to whole hours,
    and never go through float, which bills 0.1 h at 80.00 as 8.000000000000002.
    """
    return (hours * rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
