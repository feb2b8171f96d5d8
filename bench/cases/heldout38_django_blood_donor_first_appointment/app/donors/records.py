"""Donor records, as the blood service's record API returns them (a fixed set here)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Donor:
    id: str
    name: str
    blood_group: str
    #: The date of the donor's latest whole-blood donation; None for a newly registered
    #: donor who has not given yet.
    last_donation: date | None


_DONORS = {
    "D-1001": Donor("D-1001", "Priya Shah", "O-", date(2025, 1, 6)),
    "D-1002": Donor("D-1002", "Tom Barnes", "A+", date(2024, 6, 30)),
    "D-1003": Donor("D-1003", "Mia Kowalski", "B+", None),
}


def find(donor_id: str) -> Donor | None:
    return _DONORS.get(donor_id)
