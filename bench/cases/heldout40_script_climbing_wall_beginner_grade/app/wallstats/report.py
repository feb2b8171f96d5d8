"""Monthly report from the logbook export: climbs, sessions and hardest grade a member.

    python -m wallstats.report logbook.csv [--since 2024-05-01]

The export is a CSV with the columns member, date, problem, grade (one row a climb).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from wallstats.grades import grade_label, grade_number


@dataclass
class MemberStats:
    climbs: int = 0
    days: set[date] = field(default_factory=set)
    hardest: int | None = None

    def add(self, day: date, grade: int) -> None:
        self.climbs += 1
        self.days.add(day)
        if self.hardest is None or grade > self.hardest:
            self.hardest = grade


def summarise(rows: Sequence[dict[str, str]], since: date | None = None) -> dict[str, MemberStats]:
    stats: dict[str, MemberStats] = {}
    for row in rows:
        day = date.fromisoformat(row["date"])
        if since is not None and day < since:
            continue
        grade = grade_number(row["grade"])
        stats.setdefault(row["member"].strip(), MemberStats()).add(day, grade)
    return stats


def render(stats: dict[str, MemberStats]) -> list[str]:
    """The report's lines; members with the most climbs first, then by name."""
    lines = [f"{'member':<16}{'climbs':>6}{'sessions':>10}  hardest"]
    for name, member in sorted(stats.items(), key=lambda item: (-item[1].climbs, item[0])):
        hardest = grade_label(member.hardest) if member.hardest is not None else "-"
        lines.append(f"{name:<16}{member.climbs:>6}{len(member.days):>10}  {hardest}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="wallstats.report")
    parser.add_argument("logbook")
    parser.add_argument("--since", type=date.fromisoformat)
    args = parser.parse_args(argv)
    with open(args.logbook, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for line in render(summarise(rows, args.since)):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
