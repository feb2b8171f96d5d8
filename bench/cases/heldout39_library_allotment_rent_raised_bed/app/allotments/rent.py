"""Yearly rent invoices, sent out each October."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

from allotments.plots import Plot

#: Per square metre per year.
RATE_PER_M2 = Decimal("0.42")

#: The raised beds by the gate (for members who can't kneel) are not measured: each pays
#: this flat yearly rent in place of the area rent.
RAISED_BED_RENT = Decimal("18.00")

#: Plots with a standpipe within reach share the water bill.
WATER_CHARGE = Decimal("12.00")

#: Pensioners, students and members on benefits pay half.
CONCESSION_FACTOR = Decimal("0.5")

PENNY = Decimal("0.01")


def annual_rent(plot: Plot, concession: bool = False) -> Decimal:
    """One plot's rent for the year: the area rent (RAISED_BED_RENT for a raised bed),
    plus WATER_CHARGE if the plot has water, halved for a concession, to the penny."""
    rent = plot.area_m2 * RATE_PER_M2
    if plot.water:
        rent += WATER_CHARGE
    if concession:
        rent *= CONCESSION_FACTOR
    return rent.quantize(PENNY, rounding=ROUND_HALF_UP)


def invoice_run(plots: Iterable[Plot], concessions: frozenset[str] = frozenset()) -> dict[str, Decimal]:
    """Plot number -> this year's rent, for every plot in the register."""
    return {plot.number: annual_rent(plot, plot.holder in concessions) for plot in plots}


def total_due(invoices: dict[str, Decimal]) -> Decimal:
    return sum(invoices.values(), Decimal("0.00"))
