"""What to open this year."""

from __future__ import annotations

from collections.abc import Iterable

from cellarbook.bottles import Bottle, is_past_peak, is_ready


def drink_now(cellar: Iterable[Bottle], year: int) -> list[Bottle]:
    """Bottles to open in ``year``: ready and not yet past their peak, the ones whose
    window closes soonest first (an open-ended window goes last), then by vintage."""
    ready = [b for b in cellar if is_ready(b, year) and not is_past_peak(b, year)]
    return sorted(
        ready,
        key=lambda b: (b.drink_until is None, b.drink_until or 0, b.vintage),
    )


def keep(cellar: Iterable[Bottle], year: int) -> list[Bottle]:
    """Bottles to leave in the rack for now."""
    return [b for b in cellar if not is_ready(b, year)]
