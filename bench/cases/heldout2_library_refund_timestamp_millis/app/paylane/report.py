"""Figures for the finance team's monthly close."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from paylane.events import Payment


def takings_between(payments: Iterable[Payment], start: datetime, end: datetime) -> int:
    """Cents taken in ``[start, end)``, by creation time."""
    return sum(p.amount_cents for p in payments if start <= p.created < end)


def refunds_between(payments: Iterable[Payment], start: datetime, end: datetime) -> list[Payment]:
    """Payments refunded in ``[start, end)``, oldest refund first."""
    refunded = [p for p in payments if p.refunded_at is not None and start <= p.refunded_at < end]
    return sorted(refunded, key=lambda p: p.refunded_at or start)
