"""Spaced-repetition scheduling: when a card comes back after the learner reviews it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

Grade = Literal["again", "hard", "good", "easy"]

#: How much each passing grade stretches a card's interval.
EASE: dict[str, float] = {"hard": 1.2, "good": 2.5, "easy": 3.5}
#: A card passed for the first time comes back this many days later, whatever the grade.
FIRST_INTERVAL_DAYS = 1
#: A card the learner forgot ("again") comes back this many days later.
RELEARN_INTERVAL_DAYS = 1
#: No card waits longer than a year.
MAX_INTERVAL_DAYS = 365


@dataclass(frozen=True)
class Card:
    id: int
    deck: str
    front: str
    back: str
    #: Days between the last review and the next; None for a card never reviewed yet.
    interval_days: int | None = None
    #: The day the card is next shown; None for a new card (it is due straight away).
    due: date | None = None


def is_due(card: Card, on: date) -> bool:
    return card.due is None or card.due <= on


def next_interval(card: Card, grade: Grade) -> int:
    """Days until ``card`` comes back after a review graded ``grade``.

    "again" always sends the card back RELEARN_INTERVAL_DAYS. A card that was never
    reviewed and passes starts at FIRST_INTERVAL_DAYS, whatever the grade. Any other
    card's interval is multiplied by the grade's EASE (rounded to whole days) and
    capped at MAX_INTERVAL_DAYS.
    """
    if grade == "again":
        return RELEARN_INTERVAL_DAYS
    grown = round(card.interval_days * EASE[grade])
    return min(grown, MAX_INTERVAL_DAYS)


def review(card: Card, grade: Grade, on: date) -> Card:
    """The card after a review on ``on``: its new interval and due day."""
    days = next_interval(card, grade)
    return replace(card, interval_days=days, due=on + timedelta(days=days))
