"""The monthly club report, run by cron on the 1st:

    python -m ridelog.report rides.csv --month 2024-05

One line per rider: rides, kilometres and average moving speed over the month.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from ridelog.rides import Ride, read


def average_speed(rides: list[Ride]) -> float | None:
    """The mean of the rider's ride speeds in km/h, to 0.1.

    Rides entered by hand have no moving time: they count in the rides and the
    kilometres of the report, but not in the average speed, which is taken over the
    timed rides only. None when the rider has no timed ride that month.
    """
    speeds = [ride.km / (ride.moving_seconds / 3600) for ride in rides]
    return round(sum(speeds) / len(speeds), 1)


def format_speed(speed: float | None) -> str:
    return "-" if speed is None else f"{speed:.1f}"


def report_lines(rides: list[Ride], month: str) -> list[str]:
    by_rider: dict[str, list[Ride]] = defaultdict(list)
    for ride in rides:
        if ride.day.isoformat().startswith(month):
            by_rider[ride.rider].append(ride)
    lines = [f"Club rides {month}", f"{'rider':<20}{'rides':>6}{'km':>9}{'km/h':>7}"]
    for rider, own in sorted(by_rider.items()):
        km = sum(ride.km for ride in own)
        lines.append(f"{rider:<20}{len(own):>6}{km:>9.1f}{format_speed(average_speed(own)):>7}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ridelog.report")
    parser.add_argument("export", type=Path)
    parser.add_argument("--month", required=True, help="YYYY-MM")
    args = parser.parse_args(argv)
    print("\n".join(report_lines(read(args.export), args.month)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
