"""Pagination of the back office's lists."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

DEFAULT_PER_PAGE = 20
MAX_PER_PAGE = 50
#: per_page=ALL puts every matching row on page 1: the "Show all" link under each list
#: uses it, so staff can select everything and print it.
ALL = 0


class PageOutOfRange(Exception):
    pass


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    page: int
    pages: int
    total: int


def paginate(rows: list[T], page: int, per_page: int) -> Page[T]:
    """Page ``page`` (1-based) of ``rows``, ``per_page`` rows to a page (ALL: every row on
    page 1). ``pages`` is at least 1, so an empty list still has a page 1 to show.
    PageOutOfRange for a page past the last."""
    total = len(rows)
    pages = max(1, math.ceil(total / per_page))
    if page > pages:
        raise PageOutOfRange(page)
    start = (page - 1) * per_page
    return Page(rows[start : start + per_page], page, pages, total)
