"""Club-night knockout draws: seeding, the first round, and the order of play."""

from __future__ import annotations

from datetime import datetime

from draws.bracket import Match, first_round
from draws.schedule import Slot, order_of_play
from draws.seeding import Entrant, seed

__all__ = ["Entrant", "Match", "Slot", "make_draw"]


def make_draw(entrants: list[Entrant], courts: int, start: datetime) -> list[Slot]:
    """The first round of tonight's draw, ready to pin on the notice board."""
    return order_of_play(first_round(seed(entrants)), courts, start)
