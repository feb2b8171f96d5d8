"""Pattern kits: a pattern plus enough skeins of the chosen yarn to knit it."""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

from yarnkit.weights import format_weight, parse_weight


@dataclass(frozen=True)
class Yarn:
    name: str
    skein_grams: int
    skein_price: Decimal


@dataclass(frozen=True)
class Kit:
    pattern: str
    yarn: str
    skeins: int
    price: Decimal
    label: str


def skeins_needed(requirement: str, skein_grams: int) -> int:
    """Whole skeins covering the pattern's requirement (a part skein is a whole one)."""
    return math.ceil(parse_weight(requirement) / skein_grams)


def make_kit(pattern: str, requirement: str, yarn: Yarn, imperial: bool = False) -> Kit:
    skeins = skeins_needed(requirement, yarn.skein_grams)
    return Kit(
        pattern=pattern,
        yarn=yarn.name,
        skeins=skeins,
        price=yarn.skein_price * skeins,
        label=f"{skeins} x {format_weight(yarn.skein_grams, imperial)} {yarn.name}",
    )
