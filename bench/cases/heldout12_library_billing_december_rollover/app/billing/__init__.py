"""Subscription billing periods."""

from billing.periods import billing_schedule, next_billing_date

__all__ = ["billing_schedule", "next_billing_date"]
