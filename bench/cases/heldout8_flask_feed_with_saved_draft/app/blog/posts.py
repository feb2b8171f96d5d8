"""The blog's posts. ``published`` is None while a post is a draft (saved from the
editor since 3.2) and set when the author presses Publish."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime


@dataclass(frozen=True)
class Post:
    slug: str
    title: str
    published: datetime | None


def _day(month: int, day: int) -> datetime:
    return datetime(2026, month, day, 9, 0, tzinfo=UTC)


POSTS = [
    Post("hello-world", "Hello, world", _day(1, 5)),
    Post("sourdough-starter", "Keeping a sourdough starter alive", _day(2, 11)),
    Post("draft-pizza-oven", "Building a pizza oven (notes)", None),
    Post("rye-loaf", "A 100% rye loaf", _day(3, 2)),
    Post("bread-flour", "Which bread flour?", _day(2, 20)),
]


def published_posts() -> list[Post]:
    """Posts visitors may see: drafts are left out. Newest first."""
    visible = [p for p in POSTS if p.published is not None]
    return sorted(visible, key=lambda p: p.published or _day(1, 1), reverse=True)
