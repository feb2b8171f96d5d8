"""Editions and readers' shelves (production reads them from Postgres; same shapes)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Edition:
    isbn: str
    title: str
    author: str
    #: Printed pages; 0 when the publisher's feed gave no length (most e-books and
    #: audiobooks arrive like that).
    page_count: int


@dataclass(frozen=True)
class Reading:
    isbn: str
    pages_read: int


EDITIONS: dict[str, Edition] = {
    e.isbn: e
    for e in (
        Edition("9780141439518", "Pride and Prejudice", "Jane Austen", 480),
        Edition("9780553418026", "The Martian", "Andy Weir", 384),
        Edition("9780008374150", "Klara and the Sun", "Kazuo Ishiguro", 320),
        Edition("9781473233362", "Piranesi (e-book)", "Susanna Clarke", 0),
    )
}

SHELVES: dict[str, list[Reading]] = {
    "ana": [Reading("9780141439518", 120), Reading("9780553418026", 384)],
    "sam": [
        Reading("9780008374150", 80),
        Reading("9781473233362", 57),
        Reading("9780141439518", 500),
    ],
}
