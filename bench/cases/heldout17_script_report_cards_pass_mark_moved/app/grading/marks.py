"""Turning raw exam scores into percentages and outcomes."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from grading.config import DISTINCTION_MARK


def percentage(score: int, out_of: int) -> int:
    """The score as a whole percentage, halves rounded up (the exam board's rule)."""
    exact = Decimal(score) * 100 / Decimal(out_of)
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def outcome(percent: int) -> str:
    """"distinction", "pass" or "fail", against the thresholds in grading.config."""
    if percent >= DISTINCTION_MARK:
        return "distinction"
    if percent >= PASS_MARK:
        return "pass"
    return "fail"
