"""The daily wind summary shown under each station's chart."""

from __future__ import annotations

from collections import Counter

from weatherdesk.compass import compass_point
from weatherdesk.readings import Reading

#: Below this speed the vane just drifts, so calm readings say nothing about direction.
CALM_KMH = 2.0


def daily_summary(readings: list[Reading]) -> dict[str, object]:
    """Mean speed, strongest gust and the prevailing direction (the compass point most
    readings fall in, ignoring calm ones; None on a completely calm day)."""
    if not readings:
        raise ValueError("no readings for the day")
    directions = Counter(compass_point(r.bearing) for r in readings if r.speed_kmh >= CALM_KMH)
    prevailing = directions.most_common(1)[0][0] if directions else None
    return {
        "mean_kmh": round(sum(r.speed_kmh for r in readings) / len(readings), 1),
        "max_gust_kmh": max(r.gust_kmh for r in readings),
        "prevailing": prevailing,
    }
