"""The café floor: which table a booking gets."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Table:
    name: str
    seats: int


#: The tables, as laid out on the floor plan. Staff can push 3 and 4 together for a big
#: group, but that is a phone booking, never an online one.
TABLES = (
    Table("1", 2),
    Table("2", 2),
    Table("3", 4),
    Table("4", 4),
    Table("Window", 6),
    Table("Long table", 8),
)


def allocate_table(party_size: int, taken: set[str]) -> Table | None:
    """The smallest free table that seats the whole party, so big tables stay free for
    big groups; None when no single free table seats it (fully booked, or a party too
    big for any table)."""
    free = (table for table in TABLES if table.name not in taken and table.seats >= party_size)
    return min(free, key=lambda table: table.seats)
