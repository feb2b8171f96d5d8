"""What a household used, from its meter's readings (oldest first, as parse_all gives)."""

from __future__ import annotations

from meterkit.readings import Reading


def consumption_kwh(readings: list[Reading]) -> float:
    """kWh used between the first and the last reading."""
    if len(readings) < 2:
        return 0.0
    return round(readings[-1].kwh - readings[0].kwh, 3)


def daily_profile(readings: list[Reading]) -> list[tuple[str, float]]:
    """kWh used on each day: a reading minus the previous day's."""
    return [
        (current.day.isoformat(), round(current.kwh - previous.kwh, 3))
        for previous, current in zip(readings, readings[1:])
    ]
