"""Summary figures for product reviews."""

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Review:
    author: str
    stars: int


def average_stars(reviews: Sequence[Review]) -> float | None:
    """Mean star rating rounded to one decimal, or None when there are no ratings yet."""
    total = sum(r.stars for r in reviews)
    return round(total / len(reviews), 1)


def summary(product: str, reviews: Sequence[Review]) -> str:
    average = average_stars(reviews)
    if average is None:
        return f"{product}: no ratings yet"
    return f"{product}: {average} stars from {len(reviews)} reviews"
