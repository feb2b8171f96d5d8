from datetime import datetime

import pytest

from roombook.calendar import RoomCalendar, RoomUnavailable

SINCE = datetime(2025, 3, 3, 8, 0)


def make_calendar() -> RoomCalendar:
    calendar = RoomCalendar(["Ada", "Babbage", "Curie"])
    calendar.book("Babbage", datetime(2025, 3, 5, 14, 0), datetime(2025, 3, 5, 15, 0), "sales")
    calendar.take_out_of_service("Ada", SINCE)
    return calendar


def test_room_out_of_service_cannot_be_booked_later() -> None:
    calendar = make_calendar()
    with pytest.raises(RoomUnavailable):
        calendar.book("Ada", datetime(2025, 3, 5, 14, 0), datetime(2025, 3, 5, 15, 0), "design review")
    with pytest.raises(RoomUnavailable):
        calendar.book("Ada", datetime(2031, 1, 1, 9, 0), datetime(2031, 1, 1, 10, 0), "far future")
    assert calendar.free_rooms(datetime(2025, 3, 5, 14, 0), datetime(2025, 3, 5, 15, 0)) == ["Curie"]
    assert not calendar.is_free("Ada", datetime(2025, 3, 3, 7, 0), datetime(2025, 3, 3, 9, 0))


def test_room_is_free_before_it_went_out_of_service() -> None:
    calendar = make_calendar()
    assert calendar.is_free("Ada", datetime(2025, 3, 3, 7, 0), SINCE)
    calendar.book("Ada", datetime(2025, 3, 3, 7, 0), SINCE, "early stand-up")
    calendar.back_in_service("Ada")
    calendar.book("Ada", datetime(2025, 3, 5, 14, 0), datetime(2025, 3, 5, 15, 0), "design review")
