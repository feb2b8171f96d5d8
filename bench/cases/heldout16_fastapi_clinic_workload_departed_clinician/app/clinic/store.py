"""In-process store of clinics, staff and bookings (production runs the same calls
against the practice-management database)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time


@dataclass(frozen=True)
class Clinician:
    id: int
    name: str
    clinic_id: str


@dataclass(frozen=True)
class Appointment:
    id: int
    clinic_id: str
    day: date
    start: time
    #: None for a walk-in slot nobody has been assigned to yet.
    clinician_id: int | None


_CLINICS: dict[str, str] = {}
_STAFF: dict[int, Clinician] = {}
_APPOINTMENTS: list[Appointment] = []


def reset() -> None:
    _CLINICS.clear()
    _CLINICS.update({"riverside": "Riverside Family Practice", "hillcrest": "Hillcrest Clinic"})
    _STAFF.clear()
    for clinician in (
        Clinician(1, "Dr Okafor", "riverside"),
        Clinician(2, "Dr Lindqvist", "riverside"),
        Clinician(3, "Nurse Patel", "riverside"),
        Clinician(4, "Dr Moreau", "hillcrest"),
    ):
        _STAFF[clinician.id] = clinician
    _APPOINTMENTS.clear()


def clinic_name(clinic_id: str) -> str | None:
    return _CLINICS.get(clinic_id)


def clinician(clinician_id: int) -> Clinician | None:
    """The clinician on staff with this id; None once they have left the practice
    (their future appointments stay booked until the front desk moves them)."""
    return _STAFF.get(clinician_id)


def staff(clinic_id: str) -> list[Clinician]:
    return [c for c in _STAFF.values() if c.clinic_id == clinic_id]


def leave(clinician_id: int) -> None:
    """HR offboarding: the clinician is removed from the staff list."""
    _STAFF.pop(clinician_id, None)


def book(appointment: Appointment) -> None:
    _APPOINTMENTS.append(appointment)


def appointments(clinic_id: str, day: date) -> list[Appointment]:
    return sorted(
        (a for a in _APPOINTMENTS if a.clinic_id == clinic_id and a.day == day),
        key=lambda a: a.start,
    )


reset()
