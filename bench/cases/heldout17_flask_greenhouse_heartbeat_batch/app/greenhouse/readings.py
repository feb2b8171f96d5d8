"""The batches the greenhouse sensor nodes post (firmware 2.x JSON upload format).

A node wakes every ten minutes and posts what it measured since its last upload::

    {"device": "gh-north-3", "sent_at": "2024-11-02T05:40:00+00:00",
     "readings": [{"at": "2024-11-02T05:30:00+00:00", "temp_c": 3.4, "rh": 81}, ...]}

When its probe is unplugged or has not completed a cycle, the node still posts, with
``"readings": []``: that heartbeat tells us the node itself is alive.
"""

from __future__ import annotations

from typing import Any

#: Below this mean temperature (°C) the growers get a frost alert by SMS.
FROST_THRESHOLD_C = 2.0

Reading = dict[str, Any]


def mean_temperature(readings: list[Reading]) -> float | None:
    """Mean temperature of a batch, rounded to 0.1 °C; None for a batch with no
    readings (a heartbeat), which says nothing about the temperature."""
    total = sum(r["temp_c"] for r in readings)
    return round(total / len(readings), 1)


def frost_alert(mean: float | None) -> bool:
    """Whether a batch with this mean temperature warrants a frost alert."""
    return mean is not None and mean < FROST_THRESHOLD_C
