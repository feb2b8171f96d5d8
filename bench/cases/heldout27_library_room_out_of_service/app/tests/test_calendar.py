from datetime import datetime

import pytest

from roombook.calendar import FACILITIES, RoomCalendar, RoomUnavailable

MON_9 = datetime(2025, 3, 3, 9, 0)
MON_10 = datetime(2025, 3, 3, 10, 0)
MON_11 = datetime(2025, 3, 3, 11, 0)


def test_booking_and_clash() -> None:
    calendar = RoomCalendar(["Ada", "Babbage"])
    calendar.book("Ada", MON_9, MON_11, "sales")
    with pytest.raises(RoomUnavailable):
        calendar.book("Ada", MON_10, MON_11, "support")
    assert calendar.free_rooms(MON_10, MON_11) == ["Babbage"]


def test_back_to_back_is_fine() -> None:
    calendar = RoomCalendar(["Ada"])
    calendar.book("Ada", MON_9, MON_10, "sales")
    calendar.book("Ada", MON_10, MON_11, "support")
    assert [b.holder for b in calendar.bookings("Ada")] == ["sales", "support"]


def test_end_before_start() -> None:
    with pytest.raises(ValueError):
        RoomCalendar(["Ada"]).book("Ada", MON_10, MON_9, "sales")


def test_out_of_service_is_listed_and_lifted() -> None:
    calendar = RoomCalendar(["Ada"])
    booking = calendar.take_out_of_service("Ada", MON_9)
    assert booking.end is None and booking.holder == FACILITIES
    assert calendar.bookings("Ada") == [booking]
    calendar.back_in_service("Ada")
    assert calendar.bookings("Ada") == []
    assert calendar.is_free("Ada", MON_9, MON_10)
