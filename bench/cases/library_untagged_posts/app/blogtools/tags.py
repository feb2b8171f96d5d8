"""Tag helpers for posts stored as dicts loaded from front matter."""

from collections import Counter
from typing import Any


def tags_of(post: dict[str, Any]) -> list[str]:
    """The post's tags, lower-cased, in order."""
    raw = post.get("tags")
    if raw is None:
        return None
    return [t.strip().lower() for t in raw]


def tag_cloud(posts: list[dict[str, Any]]) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for post in posts:
        for tag in tags_of(post):
            counts[tag] += 1
    return dict(counts.most_common())
