"""Figures the greenhouse dashboard shows from a batch of readings."""

from __future__ import annotations

from telemetry.uplink import Reading

#: Below this battery voltage a sensor is listed for a battery change.
BATTERY_LOW_VOLTS = 3.3


def low_battery(readings: list[Reading]) -> list[str]:
    """Devices whose latest reported battery voltage is below BATTERY_LOW_VOLTS, sorted.

    A reading without a battery voltage says nothing about the battery: the device's
    previous voltage stands.
    """
    latest: dict[str, float] = {}
    for reading in readings:
        if "bat" in reading.values:
            latest[reading.device] = reading.values["bat"]
    return sorted(device for device, volts in latest.items() if volts < BATTERY_LOW_VOLTS)


def mean(readings: list[Reading], quantity: str) -> float | None:
    """Mean of a quantity over the readings that report it, to 2 places; None if none do."""
    found = [r.values[quantity] for r in readings if quantity in r.values]
    if not found:
        return None
    return round(sum(found) / len(found), 2)
