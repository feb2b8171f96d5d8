"""The publisher's backlist, as the rights database exports it every night."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from pathlib import Path


@dataclass(frozen=True)
class Title:
    isbn: str
    title: str
    author: str
    #: None while the book is still in production and has no publication date yet.
    published: date | None = None


def load(path: Path) -> list[Title]:
    """Titles in the order of the export (the rights database's own order)."""
    with path.open(newline="", encoding="utf-8") as handle:
        return [
            Title(
                isbn=row["isbn"],
                title=row["title"],
                author=row["author"],
                published=date.fromisoformat(row["published"]) if row["published"] else None,
            )
            for row in csv.DictReader(handle)
        ]
