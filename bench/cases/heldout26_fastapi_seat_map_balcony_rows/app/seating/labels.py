"""Seat labels: the row's letters, then the seat number ('C14').

Rows are lettered from the stage back, A to Z and then, in the halls with a balcony, on
from AA, AB, AC ... the way spreadsheet columns are (the Grand's balcony starts at AA).
"""

from __future__ import annotations


def row_index(row: str) -> int:
    """The row's place from the stage: 'A' -> 1, 'Z' -> 26, 'AA' -> 27, 'AB' -> 28."""
    index = 0
    for letter in row.upper():
        index = index * 26 + ord(letter) - ord("A") + 1
    return index


def split_label(label: str) -> tuple[str, int]:
    """'C14' -> ('C', 14)."""
    return label[0], int(label[1:])
