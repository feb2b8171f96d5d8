"""Term attendance report for the swim school's lesson registers.

    python -m attendance_report enrolments.csv registers.csv

enrolments.csv has ``pupil,class`` rows; registers.csv has ``date,class,pupil,present``
rows (present is y or n), one per pupil per lesson held. Every enrolled pupil is listed
with the lessons attended out of those held and the attendance percentage; pupils under
LOW_ATTENDANCE get a letter home. A pupil who has had no lesson yet (enrolled after the
last register was taken) shows NOT_STARTED in place of a percentage and gets no letter.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

LOW_ATTENDANCE = 0.75
NOT_STARTED = "new"


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return [{k.strip(): v.strip() for k, v in row.items()} for row in csv.DictReader(handle)]


def tally(registers: list[dict[str, str]]) -> tuple[Counter[str], Counter[str]]:
    """Lessons held and lessons attended, by pupil."""
    held: Counter[str] = Counter()
    attended: Counter[str] = Counter()
    for row in registers:
        held[row["pupil"]] += 1
        if row["present"].lower() == "y":
            attended[row["pupil"]] += 1
    return held, attended


def report(enrolments: list[dict[str, str]], registers: list[dict[str, str]]) -> list[str]:
    held, attended = tally(registers)
    lines = [f"{'Pupil':<20} {'Class':<10} {'Lessons':>7} {'Rate':>5}"]
    letters = []
    for row in sorted(enrolments, key=lambda r: (r["class"], r["pupil"])):
        pupil = row["pupil"]
        rate = attended[pupil] / held[pupil]
        lessons = f"{attended[pupil]}/{held[pupil]}"
        lines.append(f"{pupil:<20} {row['class']:<10} {lessons:>7} {rate:>5.0%}")
        if rate < LOW_ATTENDANCE:
            letters.append(pupil)
    lines.append("")
    lines.append("Letters home: " + (", ".join(letters) if letters else "none"))
    return lines


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    enrolments, registers = (read_rows(Path(arg)) for arg in args)
    print("\n".join(report(enrolments, registers)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
