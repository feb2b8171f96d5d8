"""A home wine cellar: what is in the rack and when to open it."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Bottle:
    wine: str
    vintage: int
    count: int
    #: The drinking window from the merchant's tasting note, as years. Either end may be
    #: missing: no ``drink_from`` means ready now, no ``drink_until`` means no known end.
    drink_from: int | None = None
    drink_until: int | None = None


def is_ready(bottle: Bottle, year: int) -> bool:
    """Whether the bottle has reached its drinking window in ``year``."""
    return bottle.drink_from <= year


def is_past_peak(bottle: Bottle, year: int) -> bool:
    """Whether the window has closed; a bottle without an end to its window never is."""
    if bottle.drink_until is None:
        return False
    return year > bottle.drink_until
