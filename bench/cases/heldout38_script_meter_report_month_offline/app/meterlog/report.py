"""The monthly usage report the household gets each quarter."""

from __future__ import annotations

from collections.abc import Sequence

from meterlog.readings import Reading

Month = tuple[int, int]

#: Shown for a month the meter sent nothing for (offline, or the export was switched off).
NO_DATA = "n/a"


def months_between(first: Month, last: Month) -> list[Month]:
    months = []
    year, month = first
    while (year, month) <= last:
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def monthly_average(readings: Sequence[Reading], month: Month) -> float | None:
    """Average daily use in kWh over the days of ``month`` that have a reading; None for
    a month without any reading, which the report shows as NO_DATA."""
    days = [r.kwh for r in readings if (r.day.year, r.day.month) == month]
    return round(sum(days) / len(days), 2)


def format_row(month: Month, average: float | None) -> str:
    shown = NO_DATA if average is None else f"{average:.2f}"
    return f"{month[0]}-{month[1]:02d}  {shown:>6} kWh/day"


def build_report(readings: Sequence[Reading], first: Month, last: Month) -> list[str]:
    averages = {m: monthly_average(readings, m) for m in months_between(first, last)}
    lines = [format_row(m, avg) for m, avg in averages.items()]
    known = {m: avg for m, avg in averages.items() if avg is not None}
    if known:
        lowest = min(known, key=lambda m: known[m])
        lines.append(f"lowest: {lowest[0]}-{lowest[1]:02d}")
    return lines
