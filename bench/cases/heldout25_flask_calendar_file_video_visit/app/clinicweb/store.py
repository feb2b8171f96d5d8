"""In-process booking data (production reads the same shapes from Postgres)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Room:
    name: str
    address: str


@dataclass
class Appointment:
    id: int
    patient: str
    practitioner: str
    start: datetime
    minutes: int
    booked_at: datetime
    #: Where the patient is seen; None for a video (telehealth) appointment.
    room: Room | None = None


MILL_LANE_2 = Room("Room 2", "Riverside Clinic, 14 Mill Lane, Leeds LS2 7QT")
MILL_LANE_5 = Room("Room 5", "Riverside Clinic, 14 Mill Lane, Leeds LS2 7QT")

_APPOINTMENTS: dict[int, Appointment] = {}


def reset() -> None:
    _APPOINTMENTS.clear()
    for appointment in (
        Appointment(3, "Noor Haddad", "Dr Amara Osei", datetime(2024, 5, 14, 9, 30), 30,
                    datetime(2024, 5, 2, 16, 4, 11), MILL_LANE_2),
        Appointment(5, "Ivo Brandt", "Dr Felix Lindqvist", datetime(2024, 5, 14, 11, 0), 45,
                    datetime(2024, 5, 3, 8, 50, 0), MILL_LANE_5),
        Appointment(7, "Lena Vogt", "Dr Amara Osei", datetime(2024, 5, 15, 8, 15), 20,
                    datetime(2024, 5, 6, 19, 22, 40), None),
    ):
        _APPOINTMENTS[appointment.id] = appointment


def get(appointment_id: int) -> Appointment | None:
    return _APPOINTMENTS.get(appointment_id)


reset()
