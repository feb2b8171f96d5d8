"""Yarn weights as knitting patterns print them, and as the shop's labels show them."""

from __future__ import annotations

import re

GRAMS_PER_OUNCE = 28.35

_GRAMS = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*g\s*$", re.IGNORECASE)


def parse_weight(text: str) -> float:
    """Grams of yarn a pattern asks for.

    European patterns print grams ("400g", "400 g"); the American ones the shop
    imports print ounces ("14 oz", "3.5oz"), converted at GRAMS_PER_OUNCE.
    """
    match = _GRAMS.match(text)
    return float(match.group(1))


def format_weight(grams: float, imperial: bool = False) -> str:
    """A label: "50 g", or "1.8 oz" on the US web shop."""
    if imperial:
        return f"{grams / GRAMS_PER_OUNCE:.1f} oz"
    return f"{grams:g} g"
