"""A thermostat's daily programme: the times the target temperature changes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time


@dataclass(frozen=True)
class Change:
    starts: time
    celsius: float


def _in_order(changes: list[Change]) -> list[Change]:
    return sorted(changes, key=lambda change: change.starts)


def setpoint_at(changes: list[Change], at: time) -> float:
    """The target temperature in force at ``at``.

    The programme repeats every day, so before the day's first change the previous
    evening's last change is still in force (the 22:30 setback holds until 06:30).
    """
    earlier = [change for change in _in_order(changes) if change.starts <= at]
    return earlier[-1].celsius


def next_change(changes: list[Change], at: time) -> Change:
    """The next change after ``at``; after the day's last one, tomorrow's first."""
    ordered = _in_order(changes)
    later = [change for change in ordered if change.starts > at]
    return (later or ordered)[0]
