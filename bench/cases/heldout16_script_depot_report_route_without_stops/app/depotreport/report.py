"""End-of-day punctuality report, one line per route, printed for the depot manager and
mailed by cron at 19:00."""

from __future__ import annotations

import argparse
import csv
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

#: A stop delivered up to this many minutes after the promised time is on time.
GRACE_MINUTES = 10
#: What a column shows when it needs at least one stop and the route had none today
#: (a bank holiday, a van off the road). Such a route still gets its line.
NO_DATA = "-"

HEADER = f"{'Route':<6}{'Driver':<12}{'Stops':>6}{'Late':>6}{'Late %':>8}{'Worst delay':>13}"


@dataclass(frozen=True)
class Route:
    code: str
    driver: str


@dataclass(frozen=True)
class Delivery:
    route: str
    stop: str
    promised: datetime
    delivered: datetime

    @property
    def delay_minutes(self) -> int:
        """Whole minutes after the promised time; 0 when on time or early."""
        return max(0, int((self.delivered - self.promised).total_seconds() // 60))

    @property
    def late(self) -> bool:
        return self.delay_minutes > GRACE_MINUTES


def read_routes(path: Path) -> list[Route]:
    with path.open(newline="", encoding="utf-8") as handle:
        return [Route(row["route"], row["driver"]) for row in csv.DictReader(handle)]


def read_deliveries(path: Path) -> list[Delivery]:
    with path.open(newline="", encoding="utf-8") as handle:
        return [
            Delivery(
                route=row["route"],
                stop=row["stop"],
                promised=datetime.fromisoformat(row["promised"]),
                delivered=datetime.fromisoformat(row["delivered"]),
            )
            for row in csv.DictReader(handle)
        ]


def report_lines(routes: Sequence[Route], deliveries: Sequence[Delivery]) -> list[str]:
    """The header, one line per route in the order of the routes file, and a total."""
    by_route: dict[str, list[Delivery]] = defaultdict(list)
    for delivery in deliveries:
        by_route[delivery.route].append(delivery)
    lines = [HEADER]
    for route in routes:
        stops = by_route[route.code]
        late = sum(1 for d in stops if d.late)
        late_pct = f"{late / len(stops):.0%}" if stops else NO_DATA
        worst = f"{max(d.delay_minutes for d in stops)} min"
        lines.append(f"{route.code:<6}{route.driver:<12}{len(stops):>6}{late:>6}{late_pct:>8}{worst:>13}")
    counted = [d for route in routes for d in by_route[route.code]]
    total_late = sum(1 for d in counted if d.late)
    lines.append(f"Total: {len(counted)} stops, {total_late} late")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="depotreport")
    parser.add_argument("--routes", type=Path, required=True)
    parser.add_argument("--deliveries", type=Path, required=True)
    args = parser.parse_args(argv)
    for line in report_lines(read_routes(args.routes), read_deliveries(args.deliveries)):
        print(line)
    return 0
