"""Monthly fuel economy of the delivery vans, from the fuel-card export.

    python -m fleet.economy fills.csv

The export has one row per fill-up: vehicle, date, odometer_km, litres. Every fill-up
brims the tank, so economy is measured full-to-full: the litres of every fill-up after
a vehicle's first, over the distance driven since that first one. The first fill-up only
fills the tank; a vehicle with a single fill-up in the month has driven no measured
distance and its line reads NOT_MEASURED. The fleet line is the measured vehicles'
litres over their distance (never an average of averages).
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

NOT_MEASURED = "n/a"


@dataclass(frozen=True)
class Fill:
    vehicle: str
    date: str
    odometer_km: int
    litres: float


def read_fills(path: Path) -> dict[str, list[Fill]]:
    by_vehicle: dict[str, list[Fill]] = defaultdict(list)
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            fill = Fill(row["vehicle"], row["date"], int(row["odometer_km"]), float(row["litres"]))
            by_vehicle[fill.vehicle].append(fill)
    return {v: sorted(fills, key=lambda f: f.odometer_km) for v, fills in by_vehicle.items()}


def measured(fills: list[Fill]) -> tuple[int, float]:
    """Distance driven and litres burned, full-to-full."""
    distance = fills[-1].odometer_km - fills[0].odometer_km
    litres = sum(f.litres for f in fills[1:])
    return distance, litres


def litres_per_100km(fills: list[Fill]) -> float | None:
    distance, litres = measured(fills)
    return round(litres / distance * 100, 1)


def format_line(vehicle: str, distance: int, economy: float | None) -> str:
    shown = NOT_MEASURED if economy is None else f"{economy:.1f}"
    return f"{vehicle:<8} {distance:>6} km {shown:>6} L/100km"


def report(by_vehicle: dict[str, list[Fill]]) -> list[str]:
    lines: list[str] = []
    total_distance, total_litres = 0, 0.0
    for vehicle in sorted(by_vehicle):
        fills = by_vehicle[vehicle]
        distance, litres = measured(fills)
        lines.append(format_line(vehicle, distance, litres_per_100km(fills)))
        total_distance += distance
        total_litres += litres
    fleet = round(total_litres / total_distance * 100, 1) if total_distance else None
    lines.append(format_line("FLEET", total_distance, fleet))
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1:
        print("usage: python -m fleet.economy FILLS.csv", file=sys.stderr)
        return 2
    for line in report(read_fills(Path(args[0]))):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
