from datetime import date, datetime, timezone

from cabinsync.availability import blocked_nights
from cabinsync.ical import parse_events

FEED = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
    "BEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20240703\r\nDTEND;VALUE=DATE:20240706\r\nSUMMARY:Reserved\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:b\r\nDTSTART;VALUE=DATE:20240712\r\nSUMMARY:Blocked - chimney sweep\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:c\r\nDTSTART:20240731\r\nSUMMARY:Owner stay\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:d\r\nDTSTART:20240714T150000Z\r\nSUMMARY:Viewing\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def test_event_without_dtend_follows_rfc5545() -> None:
    stay, sweep, owner, viewing = parse_events(FEED)
    assert (stay.start, stay.end) == (date(2024, 7, 3), date(2024, 7, 6))
    assert (sweep.start, sweep.end) == (date(2024, 7, 12), date(2024, 7, 13))
    assert (owner.start, owner.end) == (date(2024, 7, 31), date(2024, 8, 1))
    moment = datetime(2024, 7, 14, 15, tzinfo=timezone.utc)
    assert (viewing.start, viewing.end) == (moment, moment)
    assert [e.all_day for e in (stay, sweep, owner, viewing)] == [True, True, True, False]


def test_a_single_blocked_night_is_blocked() -> None:
    assert blocked_nights(FEED) == {
        date(2024, 7, 3),
        date(2024, 7, 4),
        date(2024, 7, 5),
        date(2024, 7, 12),
        date(2024, 7, 31),
    }
