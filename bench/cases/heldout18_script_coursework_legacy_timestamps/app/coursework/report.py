"""``late-penalties LOG --deadline WHEN``: the marks of one assignment after penalties."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from coursework.log import read_log
from coursework.penalties import days_late, final_mark


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="late-penalties")
    parser.add_argument("log", type=Path)
    parser.add_argument("--deadline", required=True, type=datetime.fromisoformat)
    args = parser.parse_args(argv)

    submissions = sorted(read_log(args.log), key=lambda s: s.student)
    late_count = 0
    for submission in submissions:
        late = days_late(submission.submitted_at, args.deadline)
        late_count += late > 0
        final = final_mark(submission.mark, late)
        print(f"{submission.student:<10} {submission.mark:>3} {late:>2} {final:>3}")
    print(f"{len(submissions)} submissions, {late_count} late")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
