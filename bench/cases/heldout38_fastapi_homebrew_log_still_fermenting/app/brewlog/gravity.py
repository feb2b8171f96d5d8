"""Hydrometer arithmetic."""

from __future__ import annotations

#: The usual home-brew approximation: ABV % = (OG - FG) * 131.25.
ABV_FACTOR = 131.25


def abv(original_gravity: float, final_gravity: float) -> float:
    """Alcohol by volume in percent, to one decimal place."""
    return round((original_gravity - final_gravity) * ABV_FACTOR, 1)


def attenuation(original_gravity: float, final_gravity: float) -> float:
    """Apparent attenuation in percent: how much of the sugar the yeast ate."""
    return round((original_gravity - final_gravity) / (original_gravity - 1) * 100)
