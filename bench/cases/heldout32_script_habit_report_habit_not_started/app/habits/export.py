"""Reading the tracker app's JSON export."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path


@dataclass(frozen=True)
class Habit:
    name: str
    created: date
    #: The days it was done, oldest first, each day once.
    done: list[date]


def load(path: Path) -> list[Habit]:
    """``{"habits": [{"name", "created", "checkins": ["YYYY-MM-DD", ...]}]}``; the app
    writes check-ins in the order they were ticked, which is not always date order."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        Habit(
            name=item["name"],
            created=date.fromisoformat(item["created"]),
            done=sorted({date.fromisoformat(day) for day in item.get("checkins", [])}),
        )
        for item in data["habits"]
    ]
