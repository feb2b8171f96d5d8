"""Insurance policy numbers, as printed on the patient's insurance card.

A policy number is the insurer's scheme letter, eight digits and a check character,
e.g. ``K 1234 5678 2`` (the spaces on the card are only there for reading). The check
character is the weighted sum of the eight digits (weights 9, 8, ..., 2) modulo 11,
written as the digit itself for 0-9 and as ``X`` for 10, the same convention as the
ISBN-10.
"""

from __future__ import annotations

import re

POLICY_PATTERN = re.compile(r"[A-Z][0-9]{8}[0-9X]")
_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2)


def normalise(raw: str) -> str:
    """Upper-cased, without the spaces and dashes of the printed card."""
    return re.sub(r"[\s-]", "", raw).upper()


def check_value(digits: str) -> int:
    """The check value (0 to 10) of a policy number's eight digits."""
    return sum(int(d) * w for d, w in zip(digits, _WEIGHTS, strict=True)) % 11


def is_valid(raw: str) -> bool:
    """Whether ``raw`` is a well-formed policy number whose check character matches."""
    policy = normalise(raw)
    if not POLICY_PATTERN.fullmatch(policy):
        return False
    return check_value(policy[1:9]) == int(policy[9])
