"""Laying labels out on a printable sheet of fixed-size cells (A4, 2 across)."""

from __future__ import annotations

from collections.abc import Sequence

from labels.address import Address, label_lines

COLUMNS = 2
#: Characters per label line; longer lines are cut with an ellipsis.
CELL_WIDTH = 32
#: Lines per label; a label's lines are padded at the bottom to this height.
CELL_HEIGHT = 6
GUTTER = "    "


def _fit(line: str) -> str:
    if len(line) > CELL_WIDTH:
        line = line[: CELL_WIDTH - 1] + "…"
    return line.ljust(CELL_WIDTH)


def cell(address: Address) -> list[str]:
    lines = label_lines(address)[:CELL_HEIGHT]
    lines += [""] * (CELL_HEIGHT - len(lines))
    return [_fit(line) for line in lines]


def render_sheet(addresses: Sequence[Address]) -> str:
    """The sheet as text, rows of COLUMNS labels separated by a blank line."""
    rows: list[str] = []
    for start in range(0, len(addresses), COLUMNS):
        cells = [cell(a) for a in addresses[start : start + COLUMNS]]
        block = [GUTTER.join(parts).rstrip() for parts in zip(*cells)]
        rows.append("\n".join(block))
    return "\n\n".join(rows) + "\n"
