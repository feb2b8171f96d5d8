"""Splitting an amount of money over invoice lines, in whole cents."""

from __future__ import annotations


def allocate(amount_cents: int, weights: list[int]) -> list[int]:
    """Split ``amount_cents`` over the lines in proportion to ``weights``.

    The parts always add up to ``amount_cents`` exactly: each line gets the floor of its
    share, and the cents left over go one each to the earliest lines. When every weight
    is zero (an order of free samples, say) there is nothing to be proportional to, and
    the amount is split evenly the same way.
    """
    if not weights:
        raise ValueError("nothing to allocate over")
    total = sum(weights)
    parts = [amount_cents * w // total for w in weights]
    leftover = amount_cents - sum(parts)
    for i in range(leftover):
        parts[i % len(parts)] += 1
    return parts
