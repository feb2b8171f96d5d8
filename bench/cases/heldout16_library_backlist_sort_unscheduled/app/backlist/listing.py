"""Ordering the backlist for the website's catalogue pages and the trade spreadsheet."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from backlist.catalogue import Title

SORT_KEYS = ("title", "author", "published")


def _key(by: str) -> Callable[[Title], object]:
    if by == "published":
        return lambda t: t.published
    # Title and author sort the way a reader expects: "de Beauvoir" next to "Dickens".
    return lambda t: getattr(t, by).casefold()


def sort_titles(titles: Iterable[Title], by: str = "title", descending: bool = False) -> list[Title]:
    """The titles ordered by ``by``, one of SORT_KEYS.

    Titles still in production have no publication date. Sorted by ``published`` they
    always come after every dated title, whichever the direction: "newest first" must
    open with the latest release, and "oldest first" with the oldest one, never with
    a book that is not out yet. Titles that tie (same author, same date, or both
    undated) keep the order they were given in.
    """
    if by not in SORT_KEYS:
        raise ValueError(f"cannot sort by {by!r}; choose one of {', '.join(SORT_KEYS)}")
    return sorted(titles, key=_key(by), reverse=descending)


def new_releases(titles: Iterable[Title], limit: int = 10) -> list[Title]:
    """The front page's "New releases" box: the ``limit`` most recently published titles."""
    return sort_titles(titles, by="published", descending=True)[:limit]


def isbn_column(titles: Iterable[Title]) -> list[str]:
    """The first column of the trade spreadsheet, in the order given."""
    return [t.isbn for t in titles]
