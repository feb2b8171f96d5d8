"""Clinicians and their appointments (the deployment reads them from the scheduling
database; this module keeps the same calls over an in-process list)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class Appointment:
    id: int
    clinician_id: int
    patient: str
    starts_at: datetime
    minutes: int = 20


CLINICIANS: dict[int, str] = {1: "Dr. Amara Okafor", 2: "Dr. Nils Lindqvist"}

APPOINTMENTS: list[Appointment] = [
    Appointment(101, 1, "J. Moreau", datetime(2024, 5, 6, 9, 0)),
    Appointment(102, 1, "P. Szabo", datetime(2024, 5, 6, 9, 20), 40),
    Appointment(103, 2, "K. Adeyemi", datetime(2024, 5, 6, 10, 0)),
    Appointment(104, 1, "L. Nakamura", datetime(2024, 5, 7, 14, 30)),
    Appointment(105, 1, "R. Costa", datetime(2024, 5, 6, 8, 40)),
    Appointment(106, 1, "E. Walsh", datetime(2024, 5, 9, 11, 0), 60),
    Appointment(107, 2, "M. Haddad", datetime(2024, 5, 7, 9, 0)),
    Appointment(108, 1, "T. Berg", datetime(2024, 5, 13, 9, 0)),
]


def for_clinician(clinician_id: int, start: date, end: date) -> list[Appointment]:
    """A clinician's appointments from ``start`` to ``end``, both days included,
    earliest first."""
    return sorted(
        (
            a
            for a in APPOINTMENTS
            if a.clinician_id == clinician_id and start <= a.starts_at.date() <= end
        ),
        key=lambda a: a.starts_at,
    )
