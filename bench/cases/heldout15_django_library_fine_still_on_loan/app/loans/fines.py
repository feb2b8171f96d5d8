"""Overdue fines, as set by the library board (policy C-7)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.utils import timezone

from loans.models import Loan

FINE_PER_DAY = Decimal("0.25")
#: Days after the due date before fines start.
GRACE_DAYS = 3
#: A fine never exceeds the replacement-processing fee.
MAX_FINE = Decimal("10.00")


def days_overdue(loan: Loan, today: date | None = None) -> int:
    """Days past ``due_on``, in the branch's time zone, less the grace days; never negative.

    A book still on loan (``returned_at`` is None) keeps accruing: its days are counted
    up to ``today`` (the branch's date by default), so the desk can tell a member what
    they owe before the book comes back.
    """
    today = today or timezone.localdate()
    returned_on = loan.returned_at.astimezone(timezone.get_current_timezone()).date()
    return max((returned_on - loan.due_on).days - GRACE_DAYS, 0)


def fine(loan: Loan, today: date | None = None) -> Decimal:
    return min(FINE_PER_DAY * days_overdue(loan, today), MAX_FINE)
