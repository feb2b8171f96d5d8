"""Temperature units the greenhouse sensors report in."""

from __future__ import annotations

from collections.abc import Callable

_TO_CELSIUS: dict[str, Callable[[float], float]] = {
    "C": lambda v: v,
    "F": lambda v: (v - 32) * 5 / 9,
    "K": lambda v: v - 273.15,
}


def to_celsius(value: float, unit: str) -> float:
    """``value`` in degrees Celsius; ValueError for a unit no sensor should send."""
    try:
        convert = _TO_CELSIUS[unit.upper()]
    except KeyError:
        raise ValueError(f"unknown temperature unit {unit!r}") from None
    return convert(value)
