"""Invoice numbers.

German tax law (and our accountant) wants one gap-free sequence per calendar year:
numbering restarts every 1 January, so INV-2025-0001 follows INV-2024-0873.
"""

from __future__ import annotations

from collections.abc import Iterable

NUMBER_FORMAT = "INV-{year}-{seq:04d}"


def sequence_of(number: str) -> int:
    """``INV-2024-0873`` -> 873."""
    return int(number.rsplit("-", 1)[1])


def next_number(issued: Iterable[str], year: int) -> str:
    """The number of the next invoice issued in ``year``, given every number issued so far."""
    this_year = sorted(n for n in issued if n.startswith(f"INV-{year}-"))
    last = this_year[-1]
    return NUMBER_FORMAT.format(year=year, seq=sequence_of(last) + 1)
