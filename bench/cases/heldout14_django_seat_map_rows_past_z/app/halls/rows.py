"""Row letters, as printed on the tickets and on the backs of the seats."""

from __future__ import annotations


def row_index(label: str) -> int:
    """How far back a row is: 0 for the front row A, 25 for Z, 26 for AA, 27 for AB, ..."""
    return ord(label.upper()) - ord("A")


def row_label(index: int) -> str:
    """The letters of the row ``index`` rows back from the stage (the inverse of row_index)."""
    label = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        label = chr(ord("A") + rest) + label
    return label
