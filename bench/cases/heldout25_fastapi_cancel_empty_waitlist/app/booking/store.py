"""In-process booking data (the deployment keeps the same records in Postgres)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

#: Every practitioner's bookable day: 30-minute slots from 09:00, the last at 11:30.
DAY_START = time(9, 0)
SLOTS_PER_DAY = 6
SLOT = timedelta(minutes=30)

#: Statuses that take a slot; "cancelled" frees it. "offered" holds it for 24 h for the
#: waiting-list patient it was offered to.
HOLDING = frozenset({"booked", "offered"})


@dataclass
class Appointment:
    id: int
    patient_id: int
    practitioner_id: int
    start: datetime
    status: str = "booked"


@dataclass(frozen=True)
class WaitlistEntry:
    patient_id: int
    practitioner_id: int
    day: date
    joined_at: datetime


_APPOINTMENTS: dict[int, Appointment] = {}
_WAITLIST: list[WaitlistEntry] = []


def reset() -> None:
    _APPOINTMENTS.clear()
    _WAITLIST.clear()
    for appointment in (
        Appointment(1, 1001, 10, datetime(2024, 5, 14, 9, 0)),
        Appointment(2, 1002, 10, datetime(2024, 5, 14, 9, 30)),
        Appointment(3, 1003, 11, datetime(2024, 5, 14, 9, 0)),
    ):
        _APPOINTMENTS[appointment.id] = appointment


def get_appointment(appointment_id: int) -> Appointment | None:
    return _APPOINTMENTS.get(appointment_id)


def join_waitlist(entry: WaitlistEntry) -> None:
    _WAITLIST.append(entry)


def waitlist(practitioner_id: int, day: date) -> list[WaitlistEntry]:
    """Who waits for a slot with the practitioner on that day, longest-waiting first."""
    waiting = [e for e in _WAITLIST if e.practitioner_id == practitioner_id and e.day == day]
    return sorted(waiting, key=lambda e: e.joined_at)


def offer(entry: WaitlistEntry, freed: Appointment) -> Appointment:
    """Hold the freed slot for the waiting patient, who leaves the waiting list."""
    _WAITLIST.remove(entry)
    held = Appointment(max(_APPOINTMENTS) + 1, entry.patient_id, freed.practitioner_id,
                       freed.start, "offered")
    _APPOINTMENTS[held.id] = held
    return held


def free_slots(practitioner_id: int, day: date) -> list[datetime]:
    taken = {
        a.start
        for a in _APPOINTMENTS.values()
        if a.practitioner_id == practitioner_id and a.status in HOLDING
    }
    first = datetime.combine(day, DAY_START)
    slots = [first + i * SLOT for i in range(SLOTS_PER_DAY)]
    return [s for s in slots if s not in taken]


reset()
