"""Seeding entrants by their ladder rating."""

from __future__ import annotations

from dataclasses import dataclass

#: Rating given to a player who has not played a ladder match yet.
UNRATED = 1000


@dataclass(frozen=True)
class Entrant:
    name: str
    club: str
    rating: int | None = None

    @property
    def effective_rating(self) -> int:
        return UNRATED if self.rating is None else self.rating


def seed(entrants: list[Entrant]) -> list[Entrant]:
    """Entrants best first: highest rating, then alphabetical by name on equal ratings.

    The same player entered twice (same name and club) is seeded once.
    """
    unique = list(dict.fromkeys(entrants))
    return sorted(unique, key=lambda e: (-e.effective_rating, e.name.casefold()))
