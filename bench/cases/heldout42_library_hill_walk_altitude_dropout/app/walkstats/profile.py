"""The numbers the walking group's site prints under each route."""

from __future__ import annotations

import math
from collections.abc import Sequence

from walkstats.gpx import Point

EARTH_RADIUS_KM = 6371.0


def distance_km(points: Sequence[Point]) -> float:
    """Length of the track along the ground's surface, to 0.01 km."""
    total = 0.0
    for a, b in zip(points, points[1:]):
        dlat = math.radians(b.lat - a.lat)
        dlon = math.radians(b.lon - a.lon)
        h = math.sin(dlat / 2) ** 2 + math.cos(math.radians(a.lat)) * math.cos(math.radians(b.lat)) * math.sin(dlon / 2) ** 2
        total += 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))
    return round(total, 2)


def climb(points: Sequence[Point]) -> tuple[int, int]:
    """Total ascent and total descent in metres, rounded to the metre.

    Points without an elevation are passed over: the change is measured between the
    nearest points either side that have one, so a dropout half-way up a climb still
    counts the whole climb.
    """
    ascent = descent = 0.0
    for before, after in zip(points, points[1:]):
        change = after.ele - before.ele
        if change > 0:
            ascent += change
        else:
            descent -= change
    return round(ascent), round(descent)


def summary(points: Sequence[Point]) -> dict[str, object]:
    heights = [p.ele for p in points if p.ele is not None]
    ascent, descent = climb(points)
    return {
        "distance_km": distance_km(points),
        "ascent_m": ascent,
        "descent_m": descent,
        "highest_m": round(max(heights)) if heights else None,
    }
