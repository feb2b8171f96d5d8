"""Birthday reminders on the team dashboard."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from teamdash.people import Colleague


def next_birthday(born: date, today: date) -> date:
    """The first date on or after ``today`` on which the birthday is celebrated.

    Colleagues born on 29 February celebrate on 28 February in common years (HR's
    rule, the same one payroll uses for the birthday day off) and on the 29th in leap
    years.
    """
    candidate = born.replace(year=today.year)
    if candidate < today:
        candidate = born.replace(year=today.year + 1)
    return candidate


def upcoming(colleagues: Iterable[Colleague], today: date, days: int = 7) -> list[dict[str, object]]:
    """Everyone whose birthday is celebrated within ``days`` days from ``today``
    (today included), soonest first, then by name."""
    horizon = today + timedelta(days=days)
    found = []
    for colleague in colleagues:
        when = next_birthday(colleague.born, today)
        if when < horizon:
            found.append(
                {
                    "id": colleague.id,
                    "name": colleague.name,
                    "date": when.isoformat(),
                    "in_days": (when - today).days,
                }
            )
    return sorted(found, key=lambda entry: (entry["date"], entry["name"]))
