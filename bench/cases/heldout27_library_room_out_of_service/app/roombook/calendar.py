"""The office's room calendar."""

from __future__ import annotations

from datetime import datetime

from roombook.booking import Booking

FACILITIES = "facilities"


class RoomUnavailable(Exception):
    """The room is taken for some of the time asked for."""


class RoomCalendar:
    def __init__(self, rooms: list[str]) -> None:
        self.rooms = list(rooms)
        self._bookings: list[Booking] = []

    def bookings(self, room: str) -> list[Booking]:
        return sorted((b for b in self._bookings if b.room == room), key=lambda b: b.start)

    def is_free(self, room: str, start: datetime, end: datetime) -> bool:
        return not any(b.room == room and b.overlaps(start, end) for b in self._bookings)

    def free_rooms(self, start: datetime, end: datetime) -> list[str]:
        """The rooms nobody has booked for any part of [start, end), in the office's order."""
        return [room for room in self.rooms if self.is_free(room, start, end)]

    def book(self, room: str, start: datetime, end: datetime, holder: str) -> Booking:
        """Books the room, or raises RoomUnavailable if it is taken for any of that time."""
        if end <= start:
            raise ValueError("a booking ends after it starts")
        if room not in self.rooms:
            raise KeyError(room)
        if not self.is_free(room, start, end):
            raise RoomUnavailable(room)
        booking = Booking(room, start, end, holder)
        self._bookings.append(booking)
        return booking

    def take_out_of_service(self, room: str, since: datetime) -> Booking:
        """Blocks the room from ``since`` until further notice (a leak, new carpets)."""
        booking = Booking(room, since, None, FACILITIES)
        self._bookings.append(booking)
        return booking

    def back_in_service(self, room: str) -> None:
        self._bookings = [b for b in self._bookings if not (b.room == room and b.end is None)]
