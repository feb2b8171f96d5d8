"""The allotment society's plots, as kept in the committee's register."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Plot:
    number: str
    holder: str
    #: "full", "half" or "raised_bed".
    kind: str
    #: Measured area in square metres; None for a raised bed, which is never measured.
    area_m2: Decimal | None
    #: Whether the plot has a standpipe within reach.
    water: bool = True


def parse_register_line(line: str) -> Plot:
    """``number;holder;kind;area;water`` with an empty area for raised beds."""
    number, holder, kind, area, water = (part.strip() for part in line.split(";"))
    return Plot(number, holder, kind, Decimal(area) if area else None, water == "yes")
