"""Removes the addresses listed in a CSV export (column ``email``) from the list."""

from __future__ import annotations

import csv
from pathlib import Path

from newsletter.store import Subscriber


def read_unsubscribes(path: Path) -> set[str]:
    # Excel's "CSV UTF-8" export starts with a byte-order mark, which plain "utf-8"
    # would leave glued to the first column's name.
    with path.open(newline="", encoding="utf-8-sig") as f:
        return {row["email"].strip().lower() for row in csv.DictReader(f) if row["email"].strip()}


def remove(subscribers: dict[str, Subscriber], emails: set[str]) -> int:
    gone = [email for email in emails if email in subscribers]
    for email in gone:
        del subscribers[email]
    return len(gone)
