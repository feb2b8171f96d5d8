"""The dashboard draws the last six hours of greenhouse 3's probe, which slept for an hour."""

from datetime import datetime, timezone

from telemetry.rollup import Reading, hourly_means

start = datetime(2024, 5, 14, 6, 0, tzinfo=timezone.utc)
readings = [
    Reading(datetime(2024, 5, 14, 6, 10, tzinfo=timezone.utc), 17.6, "C"),
    Reading(datetime(2024, 5, 14, 7, 10, tzinfo=timezone.utc), 18.4, "C"),
    # 08:00-09:00: the probe's battery saver kept it asleep
    Reading(datetime(2024, 5, 14, 9, 10, tzinfo=timezone.utc), 71.6, "F"),
    Reading(datetime(2024, 5, 14, 10, 10, tzinfo=timezone.utc), 23.0, "C"),
    Reading(datetime(2024, 5, 14, 11, 10, tzinfo=timezone.utc), 24.2, "C"),
]
hourly_means(readings, start, 6)
