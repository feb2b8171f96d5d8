"""Best-available seating in a section: the box office's rules, in code.

A section is its free seats by row, rows listed front to back: {"A": [3, 4, 9], ...}.
"""

from __future__ import annotations

Section = dict[str, list[int]]


class SoldOut(Exception):
    """The section cannot seat the party the way that was asked."""


def adjacent_runs(numbers: list[int]) -> list[list[int]]:
    """Runs of consecutive seat numbers: [1, 2, 3, 7, 8] -> [[1, 2, 3], [7, 8]]."""
    runs: list[list[int]] = []
    for number in sorted(numbers):
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return runs


def best_available(section: Section, party: int) -> list[str]:
    """``party`` seats side by side in the frontmost row that has them, as labels ('C7').

    Raises SoldOut when no row has that many adjacent seats free; the checkout then
    offers the party split seating (see checkout.reserve).
    """
    blocks = [
        (row, run[:party])
        for row, free in section.items()
        for run in adjacent_runs(free)
        if len(run) >= party
    ]
    row, seats = blocks[0]
    return [f"{row}{number}" for number in seats]


def split_seating(section: Section, party: int) -> list[str]:
    """The frontmost ``party`` free seats, whatever rows they are in.

    Raises SoldOut when the whole section has fewer than ``party`` free seats.
    """
    labels = [f"{row}{number}" for row, free in section.items() for number in sorted(free)]
    if len(labels) < party:
        raise SoldOut(f"only {len(labels)} seats left")
    return labels[:party]
