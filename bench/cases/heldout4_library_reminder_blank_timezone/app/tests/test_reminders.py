from datetime import datetime, timezone

from agenda.reminders import Attendee, board_notice, reminder_text

STARTS = datetime(2026, 3, 2, 13, 30, tzinfo=timezone.utc)


def test_reminder_in_the_attendee_zone() -> None:
    attendee = Attendee("ines@example.com", "Europe/Lisbon")
    assert reminder_text("Quarterly review", STARTS, attendee) == "Reminder: Quarterly review starts Mon 2 Mar, 13:30 WET"


def test_reminder_across_the_date_line() -> None:
    attendee = Attendee("kai@example.com", "Pacific/Auckland")
    assert reminder_text("Quarterly review", STARTS, attendee) == "Reminder: Quarterly review starts Tue 3 Mar, 02:30 NZDT"


def test_board_notice_in_company_time() -> None:
    assert board_notice("Quarterly review", STARTS) == "Quarterly review: Mon 2 Mar, 14:30 CET"
