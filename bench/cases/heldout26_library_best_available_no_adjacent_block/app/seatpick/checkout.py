"""Choosing seats for a basket."""

from __future__ import annotations

from seatpick.picker import Section, SoldOut, best_available, split_seating


def reserve(section: Section, party: int, allow_split: bool = True) -> list[str]:
    """Seats for a party: side by side when some row has room for all of them, else,
    when the buyer ticked "we don't mind sitting apart", split over the rows.

    Raises SoldOut when neither is possible.
    """
    if party < 1:
        raise ValueError("a party is at least one person")
    try:
        return best_available(section, party)
    except SoldOut:
        if not allow_split:
            raise
        return split_seating(section, party)


def take(section: Section, labels: list[str]) -> None:
    """Remove reserved seats from the section's free seats."""
    for label in labels:
        row, number = label[0], int(label[1:])
        section[row].remove(number)
