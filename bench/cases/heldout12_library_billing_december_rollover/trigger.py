"""The renewal job computes the year's schedule for a subscription started in October."""

from datetime import date

from billing import billing_schedule

billing_schedule(date(2024, 10, 15), 12)
