"""Elo arithmetic for the club ladder."""

from __future__ import annotations

#: How far a single game can move a rating.
K_FACTOR = 32

#: White's score for each result as it is written on the score sheet.
RESULTS = {"1-0": 1.0, "0-1": 0.0, "1/2-1/2": 0.5}


def expected_score(rating: int, opponent: int) -> float:
    """The score ``rating`` is expected to make against ``opponent`` (0 to 1)."""
    return 1 / (1 + 10 ** ((opponent - rating) / 400))


def updated(rating: int, opponent: int, score: float) -> int:
    """The new rating after scoring ``score`` (1, 0.5 or 0) against ``opponent``."""
    return round(rating + K_FACTOR * (score - expected_score(rating, opponent)))
