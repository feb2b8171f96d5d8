"""Blog posts, in memory (production reads them from the CMS's export)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Post:
    id: int
    title: str
    #: A set, so a tag is never listed twice; the API always lists tags alphabetically.
    tags: set[str] = field(default_factory=set)


_POSTS: dict[int, Post] = {}


def reset() -> None:
    _POSTS.clear()
    _POSTS[1] = Post(1, "Sourdough for beginners", {"bread", "baking", "starter", "fermentation", "weekend", "flour", "hydration"})
    _POSTS[2] = Post(2, "A week of soups", {"soup", "winter", "batch-cooking", "vegetables", "stock", "freezer", "lentils"})
    _POSTS[3] = Post(3, "Rye and spelt", {"bread", "rye", "spelt", "baking", "wholegrain", "scandinavian", "starter"})


def get(post_id: int) -> Post | None:
    return _POSTS.get(post_id)


def everything() -> list[Post]:
    return [_POSTS[key] for key in sorted(_POSTS)]


reset()
