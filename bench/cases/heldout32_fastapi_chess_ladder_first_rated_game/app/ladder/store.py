"""Members, ratings and games of the club (Postgres in the real deployment)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

#: The rating every member plays on until their first rated game is recorded.
PROVISIONAL_RATING = 1200


@dataclass(frozen=True)
class Member:
    id: int
    name: str
    joined: date


_MEMBERS: dict[int, Member] = {}
#: Only members who have played at least one rated game have an entry here.
_RATINGS: dict[int, int] = {}
_GAMES: list[dict[str, object]] = []


def reset() -> None:
    _MEMBERS.clear()
    _RATINGS.clear()
    _GAMES.clear()
    for member in (
        Member(1, "Vera Menchik", date(2019, 9, 4)),
        Member(2, "Mikhail Tal", date(2020, 1, 15)),
        Member(3, "Judit Polgar", date(2021, 3, 2)),
        Member(4, "Bobby Fischer", date(2024, 10, 1)),
    ):
        _MEMBERS[member.id] = member
    _RATINGS.update({1: 1500, 2: 1640, 3: 1710})


def member(member_id: int) -> Member | None:
    return _MEMBERS.get(member_id)


def members() -> list[Member]:
    return list(_MEMBERS.values())


def ratings() -> dict[int, int]:
    """Ratings of the members who have played a rated game; everyone else is on
    PROVISIONAL_RATING."""
    return dict(_RATINGS)


def save_game(white: int, black: int, result: str, new_ratings: dict[int, int]) -> int:
    _GAMES.append({"white": white, "black": black, "result": result})
    _RATINGS.update(new_ratings)
    return len(_GAMES)


def games_played(member_id: int) -> int:
    return sum(1 for game in _GAMES if member_id in (game["white"], game["black"]))


reset()
