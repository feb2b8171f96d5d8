"""When a donor may give blood again."""

from __future__ import annotations

from datetime import date, timedelta

from donors.records import Donor

#: The shortest gap the service allows between two whole-blood donations.
MIN_GAP = timedelta(weeks=12)


def next_eligible(donor: Donor, today: date) -> date:
    """The first day the donor can book a donation: twelve weeks after their last one,
    and never earlier than today. A donor who has never given can book straight away."""
    earliest = donor.last_donation + MIN_GAP
    return max(earliest, today)


def can_book(donor: Donor, today: date) -> bool:
    return next_eligible(donor, today) <= today
