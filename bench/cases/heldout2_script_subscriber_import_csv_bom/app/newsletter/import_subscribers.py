"""Adds the people in a sign-up sheet to the list.

``python -m newsletter.import_subscribers SHEET.csv LIST.json``

The sheet is what the events team exports from Excel as "CSV UTF-8", with the columns
email, first_name and consent ("yes" for people who ticked the box).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from newsletter import store


def read_sheet(path: Path) -> list[store.Subscriber]:
    """The people who consented, in sheet order."""
    with path.open(newline="", encoding="utf-8") as f:
        return [
            store.Subscriber(email=row["email"].strip().lower(), first_name=row["first_name"].strip())
            for row in csv.DictReader(f)
            if row["consent"].strip().lower() == "yes"
        ]


def main(argv: list[str]) -> int:
    sheet, list_file = Path(argv[0]), Path(argv[1])
    subscribers = store.load(list_file)
    added = 0
    for person in read_sheet(sheet):
        if person.email not in subscribers:
            subscribers[person.email] = person
            added += 1
    store.save(list_file, subscribers)
    print(f"{added} added, {len(subscribers)} on the list")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
