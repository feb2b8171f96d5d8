"""Reading the water-test log the fish room keeps (a CSV exported from the shared sheet).

Columns: date, tank, ph, ammonia, nitrite, nitrate. A blank cell means the test was not
done that day. Older exports, from before the nitrite kit was bought, have no nitrite
column at all.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from pathlib import Path

#: Liquid test kits cannot read below their lightest colour card, and the log records
#: such a result as "<" and the card's value ("<0.25"). It counts as that value: the
#: true level is somewhere below it, and the weekly figures err on the safe side.
BELOW_RANGE = "<"


def parse_level(text: str | None) -> float | None:
    """A result in ppm (or pH units): "<0.25" counts as 0.25; blank or missing is None."""
    text = (text or "").strip()
    if not text:
        return None
    if text.startswith(BELOW_RANGE):
        return float(text[len(BELOW_RANGE) :])
    return float(text)


@dataclass(frozen=True)
class Reading:
    day: date
    tank: str
    ph: float | None
    ammonia: float | None
    nitrite: float | None
    nitrate: float | None


def load(path: Path) -> list[Reading]:
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    readings = []
    for row in rows:
        nitrite = row.get("nitrite")  # added with the nitrite kit in May 2024
        readings.append(
            Reading(
                day=date.fromisoformat(row["date"].strip()),
                tank=row["tank"].strip(),
                ph=parse_level(row["ph"]),
                ammonia=parse_level(row["ammonia"]),
                nitrite=float(nitrite) if nitrite and nitrite.strip() else None,
                nitrate=parse_level(row["nitrate"]),
            )
        )
    return readings
