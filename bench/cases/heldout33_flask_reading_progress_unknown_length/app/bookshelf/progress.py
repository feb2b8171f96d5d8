"""How far a reader is through a book, as the shelf page shows it."""

from __future__ import annotations


def percent_read(pages_read: int, page_count: int) -> float | None:
    """Share of the book read, 0 to 100, to one decimal place.

    None when the edition's length is unknown (``page_count`` 0): the shelf then shows
    the page number alone instead of a progress bar. Pages past the end (a reader who
    counted the index) count as 100.
    """
    return round(min(pages_read, page_count) / page_count * 100, 1)


def pages_left(pages_read: int, page_count: int) -> int | None:
    """Pages still to read; None when the edition's length is unknown."""
    if not page_count:
        return None
    return max(page_count - pages_read, 0)
