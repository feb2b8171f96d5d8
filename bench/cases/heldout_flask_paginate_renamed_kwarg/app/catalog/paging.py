from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

DEFAULT_PAGE_SIZE = 20


@dataclass(frozen=True)
class Page(Generic[T]):
    items: list[T]
    number: int
    pages: int

    def as_json(self) -> dict[str, object]:
        return {"items": self.items, "page": self.number, "pages": self.pages}


def paginate(items: Sequence[T], page: int = 1, *, page_size: int = DEFAULT_PAGE_SIZE) -> Page[T]:
    """The ``page``-th slice (from 1) of ``page_size`` items; an out-of-range page is empty."""
    pages = max(1, -(-len(items) // page_size))
    start = (page - 1) * page_size
    return Page(list(items[start:start + page_size]), page, pages)
