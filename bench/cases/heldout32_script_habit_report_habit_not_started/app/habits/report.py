"""``python -m habits.report --export tracker.json``: the weekly habit report.

One line per habit: its name, current streak, longest streak, how many of the last
seven days it was done, and when it was last done.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from habits.export import Habit, load
from habits.streaks import current_streak, longest_streak

#: The last-done column for a habit that has no check-in yet.
NEVER = "never"


def last_done_label(day: date | None, today: date) -> str:
    """The last-done column: "today", "yesterday", "N days ago", or NEVER for None."""
    if day is None:
        return NEVER
    days = (today - day).days
    if days == 0:
        return "today"
    if days == 1:
        return "yesterday"
    return f"{days} days ago"


def report_line(habit: Habit, today: date) -> str:
    week = {today - timedelta(days=n) for n in range(7)}
    this_week = sum(1 for day in habit.done if day in week)
    last = habit.done[-1]
    return (
        f"{habit.name:<20} now {current_streak(habit.done, today):>3}  "
        f"best {longest_streak(habit.done):>3}  week {this_week}/7  "
        f"last {last_done_label(last, today)}"
    )


def render(habits: list[Habit], today: date) -> str:
    header = f"Habits, week to {today.isoformat()}"
    return "\n".join([header, "-" * len(header), *(report_line(h, today) for h in habits)])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="habit-report")
    parser.add_argument("--export", type=Path, required=True, help="the tracker's JSON export")
    parser.add_argument("--today", type=date.fromisoformat, default=None)
    parser.add_argument("--out", type=Path, default=None, help="write here, not to stdout")
    args = parser.parse_args(argv)
    today = args.today or date.today()
    text = render(load(args.export), today) + "\n"
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
