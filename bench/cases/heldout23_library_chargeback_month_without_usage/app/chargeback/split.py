"""Splitting an amount of cents between cost centres without losing or inventing a cent."""

from __future__ import annotations

from collections.abc import Mapping, Sequence


def split_evenly(total_cents: int, centres: Sequence[str]) -> dict[str, int]:
    """Equal shares of ``total_cents``; the cents left over go one each to the first centres."""
    base, extra = divmod(total_cents, len(centres))
    return {centre: base + (1 if i < extra else 0) for i, centre in enumerate(centres)}


def allocate(total_cents: int, weights: Mapping[str, int]) -> dict[str, int]:
    """Shares of ``total_cents`` in proportion to ``weights`` (largest-remainder method).

    Every centre gets the floor of its exact share; the cents still missing go one each
    to the largest remainders, ties to the earlier centre. Like ``split_evenly``, the
    shares always add up to ``total_cents`` exactly: finance books the centres' shares
    against the supplier's invoice and they must match it to the cent. A centre of
    weight zero gets nothing, unless no centre has any weight: the amount is still owed
    then, and nothing tells one centre from another.
    """
    total_weight = sum(weights.values())
    shares: dict[str, int] = {}
    remainders: list[tuple[int, int, str]] = []
    for position, (centre, weight) in enumerate(weights.items()):
        share, remainder = divmod(total_cents * weight, total_weight)
        shares[centre] = share
        remainders.append((-remainder, position, centre))
    missing = total_cents - sum(shares.values())
    for _, _, centre in sorted(remainders)[:missing]:
        shares[centre] += 1
    return shares
