"""Door throughput after an event: ``python -m doorstats.report SCANS.csv``.

Reads the door scanners' export (one line per scan: time, gate, barcode, result) and
prints, gate by gate, how many people it admitted and its rate per minute over its busy
window: from its first to its last admitted scan, and never less than MIN_WINDOW (a
gate that let three latecomers in within ten seconds did not run at eighteen a minute).
"""

from __future__ import annotations

import csv
import sys
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

#: The shortest busy window a rate is taken over.
MIN_WINDOW = timedelta(minutes=1)


@dataclass(frozen=True)
class Scan:
    time: datetime
    gate: str
    barcode: str
    result: str


@dataclass(frozen=True)
class GateStats:
    gate: str
    admitted: int
    per_minute: float


def read_scans(path: Path) -> list[Scan]:
    with path.open(newline="", encoding="utf-8") as handle:
        return [
            Scan(datetime.fromisoformat(row["time"]), row["gate"], row["barcode"], row["result"])
            for row in csv.DictReader(handle)
        ]


def _per_minute(count: int, window: timedelta) -> float:
    return round(count / (window.total_seconds() / 60), 1)


def event_rate(scans: list[Scan]) -> float:
    """Admissions per minute over the whole door opening, all gates together."""
    times = [s.time for s in scans if s.result == "ok"]
    if not times:
        return 0.0
    return _per_minute(len(times), max(max(times) - min(times), MIN_WINDOW))


def gate_rates(scans: list[Scan]) -> list[GateStats]:
    """Each gate's admissions and rate per minute, gates in name order."""
    by_gate: dict[str, list[datetime]] = defaultdict(list)
    for scan in scans:
        if scan.result == "ok":
            by_gate[scan.gate].append(scan.time)
    return [
        GateStats(gate, len(times), _per_minute(len(times), max(times) - min(times)))
        for gate, times in sorted(by_gate.items())
    ]


def render(scans: list[Scan]) -> str:
    refused = sum(1 for s in scans if s.result != "ok")
    lines = [f"{'gate':10} {'admitted':>8} {'per min':>8}"]
    for stats in gate_rates(scans):
        lines.append(f"{stats.gate:10} {stats.admitted:>8} {stats.per_minute:>8.1f}")
    lines.append(f"{'all':10} {len(scans) - refused:>8} {event_rate(scans):>8.1f}")
    lines.append(f"refused scans: {refused}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m doorstats.report SCANS.csv", file=sys.stderr)
        return 2
    print(render(read_scans(Path(args[0]))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
