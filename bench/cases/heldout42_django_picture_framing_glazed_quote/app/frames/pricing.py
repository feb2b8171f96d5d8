"""Prices of a made-to-measure frame.

Sizes come in whole centimetres from the order form. All money is Decimal, worked out
exactly and rounded to the penny (CENT, half up) only on the lines of the quote.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from frames.models import Moulding

CENT = Decimal("0.01")
#: Glazing, per square metre of glass; "none" is for canvases and box frames.
GLAZING_PER_M2 = {
    "none": Decimal("0.00"),
    "standard": Decimal("42.00"),
    "anti-reflective": Decimal("74.00"),
    "museum": Decimal("118.00"),
}
#: Backing board, fixings and fitting, per frame.
FITTING = Decimal("6.50")


def moulding_length_m(width_cm: int, height_cm: int, profile_cm: Decimal) -> Decimal:
    """Metres of moulding for the frame: the picture's perimeter plus, at each of the
    four mitres, twice the profile's width."""
    return (2 * (width_cm + height_cm) + 8 * profile_cm) / Decimal(100)


def glass_area_m2(width_cm: int, height_cm: int) -> Decimal:
    """Square metres of glass: the glass is cut to the picture's size."""
    return width_cm * height_cm / 10_000


def quote(moulding: Moulding, width_cm: int, height_cm: int, glazing: str = "none") -> dict[str, Decimal]:
    frame = moulding.price_per_metre * moulding_length_m(width_cm, height_cm, moulding.width_cm)
    glass = GLAZING_PER_M2["none"]
    if glazing != "none":
        glass = GLAZING_PER_M2[glazing] * glass_area_m2(width_cm, height_cm)
    lines = {
        "frame": frame.quantize(CENT, ROUND_HALF_UP),
        "glass": glass.quantize(CENT, ROUND_HALF_UP),
        "fitting": FITTING,
    }
    lines["total"] = sum(lines.values(), Decimal("0.00"))
    return lines
