"""Firing schedules for the studio's electric kilns.

A schedule is a list of segments the controller runs in order: ramp at ``rate`` degrees
Celsius an hour to ``target``, then hold there for ``hold_minutes``. A segment whose rate
is None is a "full" ramp: the elements stay on and the kiln climbs as fast as it can,
which for our kilns is KILN_MAX_RATE degrees an hour.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

#: Degrees Celsius an hour at full power, from the manufacturer's sheet (both kilns are
#: the same model).
KILN_MAX_RATE = 500

#: Where every firing starts: the kiln is loaded cold.
ROOM_TEMPERATURE = 20


@dataclass(frozen=True)
class Segment:
    rate: int | None  # degrees an hour; None: full ramp
    target: int  # degrees Celsius
    hold_minutes: int = 0


PRESETS: dict[str, list[Segment]] = {
    "bisque": [Segment(80, 600), Segment(150, 1000, 10)],
    "glaze": [Segment(100, 120, 60), Segment(None, 1000), Segment(60, 1220, 15)],
    "lustre": [Segment(120, 750, 5)],
}


def firing_minutes(segments: Sequence[Segment], start: int = ROOM_TEMPERATURE) -> int:
    """How long the controller runs the schedule, in whole minutes (rounded up). The
    cooling afterwards is not counted: the elements are off by then."""
    temperature = start
    minutes = 0.0
    for segment in segments:
        minutes += abs(segment.target - temperature) / segment.rate * 60
        minutes += segment.hold_minutes
        temperature = segment.target
    return math.ceil(minutes)


def peak_temperature(segments: Sequence[Segment]) -> int:
    return max(segment.target for segment in segments)


def controller_lines(segments: Sequence[Segment]) -> list[str]:
    """The schedule as typed into the controller, one "RATE TARGET HOLD" line a segment,
    with FULL as the rate of a full ramp."""
    return [
        f"{'FULL' if s.rate is None else s.rate} {s.target} {s.hold_minutes}" for s in segments
    ]
