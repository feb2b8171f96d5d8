"""Average temperature per sensor. ``python -m sensors.averages READINGS.csv``

The CSV has columns sensor,taken_at,celsius. A reading of 'N/A' means the sensor was
offline at that time: it is left out of the average (not counted as a reading). A sensor
without any reading prints as '-'.
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict


def format_average(values: list[float]) -> str:
    if not values:
        return "-"
    return f"{sum(values) / len(values):.1f}"


def averages(path: str) -> dict[str, str]:
    readings: dict[str, list[float]] = defaultdict(list)
    with open(path, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            readings[row["sensor"]].append(float(row["celsius"]))
    return {sensor: format_average(values) for sensor, values in sorted(readings.items())}


def main(argv: list[str]) -> int:
    for sensor, average in averages(argv[0]).items():
        print(f"{sensor},{average}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
