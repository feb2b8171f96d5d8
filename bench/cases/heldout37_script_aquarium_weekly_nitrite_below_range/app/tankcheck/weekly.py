"""Sunday night's water-quality summary: ``python -m tankcheck.weekly LOG.csv``.

Prints one block per tank and an ALERT line for every limit crossed during the week;
exits 1 when there is any alert, so cron mails the fish-room keepers.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path
from statistics import mean

from tankcheck.readings import Reading, load

#: ppm above which a keeper must act (nitrate: water change; the others: stop feeding).
LIMITS = {"ammonia": 0.25, "nitrite": 0.25, "nitrate": 40.0}


def _fmt(value: float) -> str:
    return f"{value:g}"


def tank_summary(tank: str, readings: list[Reading]) -> tuple[list[str], list[str]]:
    """The tank's lines of the report, and its alerts."""
    days = sorted(r.day for r in readings)
    lines = [f"Tank {tank}: {len(readings)} tests, {days[0]} to {days[-1]}"]
    alerts = []
    ph = [r.ph for r in readings if r.ph is not None]
    lines.append(f"  pH       {mean(ph):.1f} avg" if ph else "  pH       not tested")
    for name in ("ammonia", "nitrite", "nitrate"):
        values = [getattr(r, name) for r in readings if getattr(r, name) is not None]
        if not values:
            lines.append(f"  {name:<8} not tested")
            continue
        worst = max(values)
        lines.append(f"  {name:<8} {_fmt(worst)} max")
        if worst > LIMITS[name]:
            alerts.append(f"ALERT tank {tank}: {name} {_fmt(worst)} ppm (limit {_fmt(LIMITS[name])})")
    return lines, alerts


def report(readings: list[Reading]) -> tuple[str, list[str]]:
    by_tank: dict[str, list[Reading]] = defaultdict(list)
    for reading in readings:
        by_tank[reading.tank].append(reading)
    lines: list[str] = []
    alerts: list[str] = []
    for tank in sorted(by_tank):
        tank_lines, tank_alerts = tank_summary(tank, by_tank[tank])
        lines += tank_lines
        alerts += tank_alerts
    return "\n".join(lines + alerts), alerts


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m tankcheck.weekly LOG.csv", file=sys.stderr)
        return 2
    text, alerts = report(load(Path(args[0])))
    print(text)
    return 1 if alerts else 0


if __name__ == "__main__":
    raise SystemExit(main())
