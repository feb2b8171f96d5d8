"""Wind bearings as compass points, for the station pages and the daily summary."""

from __future__ import annotations

#: The sixteen points, clockwise from north. Each covers a 22.5-degree sector centred on
#: its own bearing, so "N" runs from 348.75 through 360 (= 0) to 11.25 degrees.
COMPASS_POINTS = (
    "N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE",
    "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW",
)
SECTOR = 360 / len(COMPASS_POINTS)


def compass_point(bearing: float) -> str:
    """The compass point a wind bearing falls in.

    ``bearing`` is in degrees clockwise from north, 0 <= bearing <= 360; the anemometers
    report a north wind as 360 and the forecast feed as 0, and both are "N".
    """
    if not 0 <= bearing <= 360:
        raise ValueError(f"bearing out of range: {bearing}")
    index = int((bearing + SECTOR / 2) // SECTOR)
    return COMPASS_POINTS[index]


def arrow_rotation(bearing: float) -> float:
    """CSS rotation for the arrow icon: it points where the wind blows to."""
    return (bearing + 180) % 360
