"""Classes and bookings. In-process here; production runs the same calls against Postgres,
and each function mirrors the query it stands for."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, time


@dataclass(frozen=True)
class GymClass:
    id: int
    name: str
    day: date
    starts: time
    instructor: str
    capacity: int


@dataclass(frozen=True)
class Booking:
    class_id: int
    member_id: str


_CLASSES: dict[int, GymClass] = {}
_BOOKINGS: list[Booking] = []


def reset() -> None:
    _CLASSES.clear()
    _BOOKINGS.clear()
    monday, tuesday = date(2024, 5, 6), date(2024, 5, 7)
    for gym_class in (
        GymClass(1, "Spin", monday, time(7, 0), "Priya", 3),
        GymClass(2, "Yoga", monday, time(18, 30), "Tom", 12),
        GymClass(3, "Kettlebells", tuesday, time(12, 15), "Priya", 8),
    ):
        _CLASSES[gym_class.id] = gym_class
    for class_id, member in ((1, "m-101"), (1, "m-102"), (1, "m-103"), (2, "m-101"), (3, "m-104")):
        _BOOKINGS.append(Booking(class_id, member))


def add_class(gym_class: GymClass) -> None:
    _CLASSES[gym_class.id] = gym_class


def get_class(class_id: int) -> GymClass | None:
    return _CLASSES.get(class_id)


def classes_on(day: date) -> list[GymClass]:
    """SELECT * FROM classes WHERE day = %s ORDER BY starts"""
    return sorted((c for c in _CLASSES.values() if c.day == day), key=lambda c: c.starts)


def booked_counts(class_ids: set[int]) -> dict[int, int]:
    """SELECT class_id, count(*) FROM bookings WHERE class_id = ANY(%s) GROUP BY class_id

    Like the query, it has no row for a class nobody has booked.
    """
    return dict(Counter(b.class_id for b in _BOOKINGS if b.class_id in class_ids))


def is_booked(class_id: int, member_id: str) -> bool:
    return Booking(class_id, member_id) in _BOOKINGS


def add_booking(class_id: int, member_id: str) -> None:
    _BOOKINGS.append(Booking(class_id, member_id))


reset()
