from datetime import date, datetime, timezone

from cabinsync.availability import blocked_nights
from cabinsync.ical import parse_events, unfold

FEED = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Booking site//EN\r
BEGIN:VEVENT\r
UID:res-1042@booking.example\r
DTSTART;VALUE=DATE:20240703\r
DTEND;VALUE=DATE:20240706\r
SUMMARY:Reserved - Okafor\r
  family\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:clean-77@booking.example\r
DTSTART:20240706T100000Z\r
DTEND:20240706T120000Z\r
SUMMARY:Cleaning\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_parse_events() -> None:
    stay, cleaning = parse_events(FEED)
    assert stay.uid == "res-1042@booking.example"
    assert stay.summary == "Reserved - Okafor family"
    assert (stay.start, stay.end, stay.all_day) == (date(2024, 7, 3), date(2024, 7, 6), True)
    assert cleaning.start == datetime(2024, 7, 6, 10, tzinfo=timezone.utc)
    assert cleaning.end == datetime(2024, 7, 6, 12, tzinfo=timezone.utc)
    assert not cleaning.all_day


def test_blocked_nights_end_is_exclusive() -> None:
    assert blocked_nights(FEED) == {date(2024, 7, 3), date(2024, 7, 4), date(2024, 7, 5)}


def test_unfold() -> None:
    assert unfold("A:b\r\n c\r\nD:e\r\n") == ["A:bc", "D:e"]
